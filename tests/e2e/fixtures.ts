/**
 * `test` for every e2e spec: gives an `omiTray` launcher bound to the project's shell, closes
 * every app it launched and removes their data folders from the temp folder. The `electron` project
 * exists only where the binary does (playwright.config.ts), so nothing here skips.
 *
 * The app runs of one worker open their pages in one Chromium, launched on first use and closed
 * with the worker: each run still has its own pages (each in a context of its own), data folder,
 * fake Omi server and keychain service name, so no test sees another's state.
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { test as base, expect, type Browser } from '@playwright/test';
import { launchApp, type LaunchedApp, type LaunchOptions, type Shell } from '../harness';
import { launchChromium } from '../harness/chromium';
import { startFakeOmi, type FakeOmi } from '../fake-omi/server';
import { tempFolderHolding } from './temp-folder';

interface Fixtures {
  launch: (options?: LaunchOptions) => Promise<LaunchedApp>;
  omi: FakeOmi;
}

interface WorkerFixtures {
  /** The worker's Chromium for the browser and electron-double shells; none for the real Electron. */
  workerChromium: () => Promise<Browser | null>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  workerChromium: [
    async ({}, use, workerInfo) => {
      const shell = workerInfo.project.metadata.shell as Shell;
      const launched: { browser?: Promise<Browser> } = {};
      await use(async () => (shell === 'electron' ? null : (launched.browser ??= launchChromium(shell))));
      if (launched.browser) await (await launched.browser).close();
    },
    { scope: 'worker' },
  ],
  omi: async ({}, use) => {
    const server = await startFakeOmi();
    await use(server);
    server.assertNoViolations();
    await server.close();
  },
  launch: async ({ workerChromium }, use, testInfo) => {
    const shell = testInfo.project.metadata.shell as Shell;
    const launched: LaunchedApp[] = [];
    await use(async (options = {}) => {
      const browser = await workerChromium();
      const app = await launchApp({ shell, ...(browser ? { browser } : {}), ...options });
      launched.push(app);
      return app;
    });
    for (const app of launched) await app.close();
    // Then their data folders: a run of the suite leaves none behind in the temp folder.
    for (const folder of new Set(launched.map((app) => tempFolderHolding(app.dataDir, tmpdir())))) {
      if (folder === null) continue;
      await rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }).catch((error: unknown) => {
        console.warn(`The test's data folder ${folder} could not be removed: ${String(error)}`);
      });
    }
  },
});

export { expect };
