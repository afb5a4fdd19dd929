/**
 * `test` for every e2e spec: gives an `omiTray` launcher bound to the project's shell and closes
 * every app it launched. The `electron` project exists only where the binary does (playwright.config.ts),
 * so nothing here skips.
 */
import { test as base, expect } from '@playwright/test';
import { launchApp, type LaunchedApp, type LaunchOptions, type Shell } from '../harness';
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
