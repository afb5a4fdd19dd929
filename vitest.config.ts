import { globSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

/**
 * Component tests (under tests/unit/src, named after their component: ItemRow.test.ts for
 * src/checklist/ItemRow.svelte) render Svelte's browser build into jsdom; every other test runs in Node.
 */
const COMPONENTS = ['tests/unit/src/**/[A-Z]*.test.ts'];
const NODE_TESTS = ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'];
const NOT_NODE = ['tests/integration/keychain/**', ...COMPONENTS];

/**
 * Test files share one module registry per worker (isolate: false): importing the core and Svelte once
 * per worker instead of once per file cuts the suite's CPU time by more than half. A file that replaces
 * a module (`vi.mock`, e.g. `electron` for the main process's adapters) needs a registry of its own, so
 * those files, found by reading them, run isolated in a project of their own.
 */
const REPLACES_A_MODULE = /\bvi\.(mock|doMock)\(/;
const replacingAModule = (include: string[], exclude: string[] = []) =>
  globSync(include, { exclude }).filter((file) => REPLACES_A_MODULE.test(readFileSync(file, 'utf8')));
const isolatedNodeTests = replacingAModule(NODE_TESTS, NOT_NODE);
const isolatedComponentTests = replacingAModule(COMPONENTS);

export default defineConfig({
  plugins: [svelte()],
  test: {
    restoreMocks: true,
    // A test.only left behind fails the run in CI instead of quietly running alone.
    allowOnly: !process.env.CI,
    // One worker per core (Vitest's own default leaves one core idle): every test file has its own
    // temp folders and fakes, so files run side by side.
    maxWorkers: Math.max(1, availableParallelism()),
    // Give-up limits for shared, busy machines; no test measures time.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Every temp folder of the run under one folder, removed when the run ends.
    globalSetup: ['tests/run-temp-folder.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: NODE_TESTS,
          exclude: [...NOT_NODE, ...isolatedNodeTests],
          environment: 'node',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'node, isolated',
          include: isolatedNodeTests,
          environment: 'node',
        },
      },
      ...[false, true].map((isolated) => ({
        extends: true as const,
        plugins: [svelteTesting()],
        test: {
          name: isolated ? 'components, isolated' : 'components',
          include: isolated ? isolatedComponentTests : COMPONENTS,
          exclude: isolated ? [] : isolatedComponentTests,
          environment: 'jsdom',
          setupFiles: ['tests/unit/src/support/jsdom-setup.ts'],
          isolate: isolated,
        },
      })),
    ],
  },
});
