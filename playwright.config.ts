import { cpus } from 'node:os';
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import { ELECTRON_MISSING, electronBinaryCandidate, electronBinaryPath } from './tests/harness/electron-binary';
import { electronProjectDecision, requiresElectron } from './tests/e2e/electron-project';

/**
 * One e2e suite, three shells: "electron-double" runs the built app under a typed Electron double
 * (tests/electron-double) everywhere and runs every spec; "browser" runs only the specs tagged
 * `@browser` (what the renderer and core show with no Electron main side at all: see "Which test for
 * what" in docs/architecture.md); "electron" runs every spec against the real app (but the four that
 * test what only the double can do, which skip there: see the README) and exists only
 * where the Electron binary is installed (elsewhere it is left out with a banner; with
 * REQUIRE_ELECTRON=1 a missing binary, or a run where no electron test passed, fails: see
 * tests/e2e/electron-project.ts).
 *
 * Every test launches its own app on its own data folder, fake Omi server and keychain service name,
 * so tests run in parallel, one worker per core (E2E_WORKERS overrides it).
 */
const required = requiresElectron(process.env);
const electron = electronProjectDecision({
  binary: electronBinaryPath(),
  lookedAt: electronBinaryCandidate().lookedAt,
  required,
  missing: ELECTRON_MISSING,
});
if (electron.kind === 'fail') throw new Error(electron.reason);
if (electron.kind === 'leave-out') process.stderr.write(electron.banner);

const reporter: PlaywrightTestConfig['reporter'] = required
  ? [['list'], ['./tests/e2e/electron-required-reporter.ts']]
  : [['list']];

/** A test opts into the browser shell with this tag: `test('…', { tag: '@browser' }, …)`. */
const BROWSER_TAG = /@browser/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // A test.only left in a spec fails the run in CI instead of quietly running alone.
  forbidOnly: !!process.env.CI,
  workers: Number(process.env.E2E_WORKERS) || Math.max(1, cpus().length),
  retries: 0,
  // Give-up limits, not measures: with a worker per core each test gets a share of a busy machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter,
  // Every temp folder of the run (apps' data folders, browser profiles) under one folder, removed
  // when the run ends.
  globalSetup: './tests/run-temp-folder.ts',
  projects: [
    { name: 'browser', metadata: { shell: 'browser' }, grep: BROWSER_TAG },
    // A Node process and a page per app run, and a restart is a real quit and start.
    { name: 'electron-double', metadata: { shell: 'electron-double' }, timeout: 90_000 },
    ...(electron.kind === 'run' ? [{ name: 'electron', metadata: { shell: 'electron' } }] : []),
  ],
});
