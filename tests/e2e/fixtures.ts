/**
 * `test` for every e2e spec: gives an `omiTray` launcher bound to the project's shell and closes
 * every app it launched. In the electron project without the binary, each test is skipped with the
 * reason (the reporter lists them as skipped; global-setup prints a banner).
 */
import { test as base, expect } from '@playwright/test';
import { ELECTRON_MISSING, electronBinaryPath, launchApp, type LaunchedApp, type LaunchOptions, type Shell } from '../harness';
import { startFakeOmi, type FakeOmi } from '../fake-omi/server';

interface Fixtures {
  launch: (options?: LaunchOptions) => Promise<LaunchedApp>;
  omi: FakeOmi;
}

export const test = base.extend<Fixtures>({
  omi: async ({}, use) => {
    const server = await startFakeOmi();
    await use(server);
    server.assertNoViolations();
    await server.close();
  },
  launch: async ({}, use, testInfo) => {
    const shell = testInfo.project.metadata.shell as Shell;
    if (shell === 'electron' && !electronBinaryPath()) testInfo.skip(true, ELECTRON_MISSING);
    const launched: LaunchedApp[] = [];
    await use(async (options = {}) => {
      const app = await launchApp({ shell, ...options });
      launched.push(app);
      return app;
    });
    for (const app of launched) await app.close();
  },
});

export { expect };
