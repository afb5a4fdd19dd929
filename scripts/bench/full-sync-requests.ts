/**
 * Requests for a full sync of 1,500 open and 1,000 completed items: the real Omi client against the
 * real fake server over HTTP (which pages a document-id prefix as Omi's code does), counting what
 * reached the server. Budget 6, from the server's rules (docs/omi-server-rules.md): each list's plain
 * first page comes back full (Omi streamed only a prefix of 1,032 documents, so it proves nothing),
 * and the list is read again in two windows of created_at holding about 730 and 500 items, each short
 * of a page and so complete: 1 + 2 per list.
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
    const client = new OmiClient({
      baseUrl: omi.url,
      fetch: globalThis.fetch.bind(globalThis),
      getKey: async () => KEY,
    });
    const listed = await client.listAll();
    if (!listed.ok) throw new Error(`the full sync failed: ${listed.error.message}`);
    if (new Set(listed.value.map((item) => item.id)).size !== items.length)
      throw new Error(`the full sync got ${listed.value.length} of ${items.length} items`);
    omi.assertNoViolations();
    return {
      name: 'full-sync-requests-1500-open-1000-done',
      value: omi.requests().length,
      unit: 'requests',
      budget: 6,
    };
  } finally {
    await omi.close();
  }
}
