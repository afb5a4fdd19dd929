/**
 * Run by ./core-heap in `node --expose-gc`: the heap the core adds when it holds 10,000 items that
 * came the way real ones do (API JSON text, parsed, checked with the client's schema, mapped to
 * ActionItems, saved to items.json): the ItemStore, plus the checklist views the core keeps for its
 * last snapshot (built from the store on every change). Prints `{"bytes": N, ...}`: heapUsed after
 * full collections, minus the same process before the items (modules loaded, an empty store).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readItemPage } from '../../electron/core/api/item-page';
import { buildItemViews } from '../../electron/core/items/item-view';
import { ItemStore } from '../../electron/core/items/item-store';
import { itemsFile } from '../../electron/core/items/items-file';
import { createLogger } from '../../electron/core/logging/logger';
import { systemClock } from '../../electron/core/system-clock';
import { generateItems } from '../../tests/fake-omi/sample-items';

const ITEMS = 10_000;
const ORIGIN = 'https://api.omi.me';

const clock = systemClock;

function heapAfterGc(): number {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with node --expose-gc');
  for (let pass = 0; pass < 4; pass++) gc();
  return process.memoryUsage().heapUsed;
}

/** The server's answer as text: nothing of it is shared with the generator's objects. */
function answerText(): string {
  return JSON.stringify(generateItems(ITEMS, { now: new Date() }));
}

/** The items of one answer, read as the app reads a page. */
function itemsOf(answer: unknown) {
  const page = readItemPage(answer);
  if (!page.ok || page.value.unreadable > 0) throw new Error('the generated answer did not read as a page of items');
  return page.value.items;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'omi-tray-heap-'));
  try {
    const store = new ItemStore({ file: itemsFile(join(dir, 'items.json')), clock, logger: createLogger({ sink: () => undefined }) });
    await store.load(ORIGIN);
    // Warm the code paths once with a few items, so compiled code and caches are in the baseline.
    store.replaceAll(itemsOf(JSON.parse(JSON.stringify(generateItems(10)))), clock.now());
    await store.save();
    buildItemViews(store.all(), []);
    await store.clear(ORIGIN);
    const baseline = heapAfterGc();

    store.replaceAll(itemsOf(JSON.parse(answerText())), clock.now());
    await store.save();
    if (store.size() !== ITEMS) throw new Error(`the store holds ${store.size()} items, not ${ITEMS}`);
    const storeOnly = heapAfterGc() - baseline;
    const views = buildItemViews(store.all(), []);
    const holding = heapAfterGc();
    console.log(JSON.stringify({ bytes: holding - baseline, storeOnlyBytes: storeOnly, items: store.size(), views: views.length }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
