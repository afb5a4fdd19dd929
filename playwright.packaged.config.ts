import { defineConfig } from '@playwright/test';

/**
 * The packaged-app smoke test (tests/packaged): runs against dist/'s unpacked app after
 * `npm run package`, in the hosted workflow on each OS. Kept apart from the e2e suite, which runs
 * the built app in three shells.
 */
export default defineConfig({
  testDir: 'tests/packaged',
  fullyParallel: false,
  // A test.only left in a spec fails the run in CI instead of quietly running alone.
  forbidOnly: !!process.env.CI,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
});
