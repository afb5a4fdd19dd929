/**
 * Knip (`npm run test:knip`, part of `npm test`): no unused file, export, dependency or dev
 * dependency, in two runs. The first follows every entry (app, scripts, tests, configs) and names
 * every export nobody imports, also one its own file uses; the second, `--production`
 * (./knip.production.ts), follows only the app's own (`!`), so code, exports and dependencies that
 * only tests reach are named too.
 *
 * What follows is only what a tool loads by name (a path in a string, a config file a tool looks
 * for), which knip cannot follow, each with its reason. Dead code is deleted, not listed here.
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // Imported by electron.vite.config.ts for the dev server (`npm start -- --dev`); `--production`
    // does not follow build configs.
    'electron/main/security/vite-dev-csp.ts!',
    // Read by name by vite-plugin-svelte and svelte-check.
    'svelte.config.mjs',
    // Run by hand: `npx tsx scripts/make-icons.ts` (its header).
    'scripts/make-icons.ts',
    // Run by path by scripts/bench/in-keyring.sh (`npm run bench`), inside a D-Bus session.
    'scripts/bench/index.ts',
    // Forked by path with `node --expose-gc` (scripts/bench/core-heap.ts).
    'scripts/bench/core-heap-child.ts',
    // Bundled by path into the popover page (scripts/bench/page-probes-script.ts).
    'scripts/bench/page-probes.ts',
    // Forked by path (scripts/soak/child-core.ts).
    'scripts/soak/core-child.ts',
    // Bundled by path for `node --require` (tests/electron-double/bundle-child.ts).
    'tests/electron-double/child.ts',
    // Bundled by path into each double window (tests/harness/electron-double-shell.ts).
    'tests/electron-double/renderer/preload-host.ts',
    // Bundled by path into each double window's main world (tests/harness/electron-double-shell.ts).
    'tests/electron-double/renderer/main-world-agent.ts',
    // Run by path as its own process, so a kill reaches the harness (tests/e2e/orphan-process.spec.ts).
    'tests/harness/launch-and-wait.ts',
    // Bundled by path as an init script (tests/harness/page-bridge-script.ts).
    'tests/harness/page-bridge.ts',
    // Run by hand: `npx tsx tests/fake-omi/serve.ts` (its header).
    'tests/fake-omi/serve.ts',
    // A reporter playwright.config.ts names by path (on with REQUIRE_ELECTRON=1).
    'tests/e2e/electron-required-reporter.ts',
    // Read by scripts/test-keychain.sh through `vitest --config`.
    'vitest.keychain.config.ts',
    // Read by the second run, `knip --production --config knip.production.ts` (npm run test:knip).
    'knip.production.ts',
  ],
  project: ['electron/**/*.ts!', 'src/**/*.{ts,svelte}!', 'scripts/**/*.{ts,mjs,cjs}', 'tests/**/*.ts', '*.{ts,mjs}'],
  ignoreDependencies: [
    // scripts/electronegativity.cjs loads the tool by its folder, node_modules/@doyensec/electronegativity.
    '@doyensec/electronegativity',
    // tests/e2e/accessibility.spec.ts resolves axe-core/axe.min.js by name and puts it into the page.
    'axe-core',
    // The tool's own dependency, which scripts/electronegativity.cjs resolves from the tool's folder.
    'i18n',
  ],
};

export default config;
