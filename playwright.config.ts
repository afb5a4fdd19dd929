import { defineConfig } from '@playwright/test';

/**
 * One e2e suite, three shells: "browser" runs everywhere (CI included); "electron-double" runs the
 * built app under a typed Electron double (tests/electron-double) everywhere; "electron" runs the same specs
 * against the real app where the Electron binary is installed and is skipped loudly elsewhere
 * (see tests/e2e/fixtures.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  projects: [
    { name: 'browser', metadata: { shell: 'browser' } },
    { name: 'electron-double', metadata: { shell: 'electron-double' } },
    { name: 'electron', metadata: { shell: 'electron' } },
  ],
});
