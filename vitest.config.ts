import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

/**
 * Component tests (under tests/unit/src, named after their component: ItemRow.test.ts for
 * src/checklist/ItemRow.svelte) render Svelte's browser build into jsdom; every other test runs in Node.
 */
const COMPONENTS = ['tests/unit/src/**/[A-Z]*.test.ts'];

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
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          exclude: ['tests/integration/keychain/**', ...COMPONENTS],
          environment: 'node',
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'components',
          include: COMPONENTS,
          environment: 'jsdom',
          setupFiles: ['tests/unit/src/support/jsdom-setup.ts'],
        },
      },
    ],
  },
});
