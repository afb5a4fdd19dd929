/**
 * The app in the harness's browser shell (built renderer in Chromium, real core, real HTTP) against a
 * fake Omi seeded with the given items, once every row of the checklist is in the page.
 */
import { rm } from 'node:fs/promises';
import { launchApp, type LaunchedApp } from '../../tests/harness';
import { READ_WRITE, startFakeOmi, type FakeOmi, type SeedItem } from '../../tests/fake-omi/server';
import { installProbes } from './page-probes-script';

const KEY = 'omi_dev_bench_key_0001';

export interface SeededApp {
  app: LaunchedApp;
  omi: FakeOmi;
  close(): Promise<void>;
}

/** `rows`: how many checklist rows the items make (completed items older than a week show none). */
export async function launchSeededApp(items: SeedItem[], rows: number): Promise<SeededApp> {
  const omi = await startFakeOmi({ keys: [{ key: KEY, scopes: READ_WRITE }], items });
  let app: LaunchedApp | null = null;
  try {
    app = await launchApp({ shell: 'browser', apiBaseUrl: omi.url, apiKey: KEY });
    await app.page.waitForFunction((count) => document.querySelectorAll('[data-item]').length >= count, rows, {
      timeout: 60_000,
    });
    await installProbes(app.page);
  } catch (error) {
    await app?.close();
    await omi.close();
    throw error;
  }
  const launched = app;
  return {
    app: launched,
    omi,
    async close() {
      try {
        await launched.close();
        // A request off the API's contract fails the bench that made it.
        omi.assertNoViolations();
      } finally {
        await omi.close();
        await rm(launched.dataDir, { recursive: true, force: true });
      }
    },
  };
}
