/**
 * Requests for a full sync of 1,500 open and 1,000 completed items: the real Omi client against the
 * real fake server over HTTP, counting what reached the server. A short page is no proof of the end
 * (Omi drops locked items after paging), so each list ends with an empty page or the 2,000 reach:
 * open takes pages at 0 and 1,000 (then the reach ends), completed a full page and an empty one.
 */
import { OmiClient } from '../../electron/core/api/omi-client';
import { READ_WRITE, startFakeOmi } from '../../tests/fake-omi/server';
import { generateItems } from '../../tests/fake-omi/sample-items';
import type { Figure } from './figure';

const KEY = 'omi_dev_bench_key_0002';

export async function fullSyncRequests(): Promise<Figure> {
  const items = [
    ...generateItems(1_500, { completed: false, idPrefix: 'open' }),
    ...generateItems(1_000, { completed: true, idPrefix: 'done', seed: 2 }),
  ];
  const omi = await startFakeOmi({ keys: [{ key: KEY, scopes: READ_WRITE }], items });
  try {
    const client = new OmiClient({ baseUrl: omi.url, fetch: globalThis.fetch.bind(globalThis), getKey: async () => KEY });
    const listed = await client.listAll();
    if (!listed.ok) throw new Error(`the full sync failed: ${listed.error.message}`);
    if (listed.value.length !== items.length) throw new Error(`the full sync got ${listed.value.length} of ${items.length} items`);
    omi.assertNoViolations();
    return { name: 'full-sync-requests-1500-open-1000-done', value: omi.requests().length, unit: 'requests', budget: 4 };
  } finally {
    await omi.close();
  }
}
