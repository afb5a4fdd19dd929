/**
 * Issue 17 (items 1, 11, 13): a refresh returns every item exactly once on Omi's server, which pages
 * a document-id prefix. Items deleted or ticked on the phone leave or move, new ones appear, an item
 * that changes while the list is read never takes another with it, one bucket's doubt keeps only
 * its own items, old items without a completed mark are listed, and an unreadable item is skipped
 * and said once.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionItemsApi } from '../../../../electron/core/api/action-items-api';
import { ItemStore } from '../../../../electron/core/items/item-store';
import { itemsFile } from '../../../../electron/core/items/items-file';
import { ItemSync } from '../../../../electron/core/items/item-sync';
import { ReadBudget } from '../../../../electron/core/items/read-budget';
import { recordingLogger } from '../../../doubles/recording-logger';
import type { ActionItem } from '../../../../electron/shared/action-item';
import { documentId } from '../../../fake-omi/server-paging';
import type { FakeClock } from '../support/fake-clock';
import { type FakeOmi, READ_SCOPES } from '../support/fake-omi-api';
import { serverFixture } from '../support/server-fixture';

const KEY = 'omi_dev_exactly_once_key_0001';
let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
let omi: FakeOmi;

beforeEach(async () => {
  ({ dir, clock, omi } = await serverFixture(KEY, READ_SCOPES));
});
afterEach(() => dir.remove());

/** Ids like Firestore's (their order is not the order of creation), created a minute apart, dates spread. */
function items(count: number, completed: boolean, prefix: string): Partial<ActionItem>[] {
  const start = Date.parse('2026-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${documentId(`${prefix}${index}`)}`,
    description: `${prefix} ${index}`,
    completed,
    createdAt: new Date(start + index * 60_000).toISOString(),
    dueAt:
      index % 3 === 0
        ? null
        : new Date(Date.parse('2026-04-01T00:00:00Z') + ((index * 7919) % 5000) * 60_000).toISOString(),
  }));
}

async function openSync() {
  const logger = recordingLogger().logger;
  const store = new ItemStore({ file: itemsFile(join(dir.path, 'items.json')), clock, logger });
  await store.load('https://api.omi.test');
  const api: ActionItemsApi = omi.client({
    baseUrl: 'https://api.omi.test',
    fetch: globalThis.fetch,
    getKey: () => Promise.resolve(KEY),
  });
  const sync = new ItemSync({
    clock,
    logger,
    store,
    budget: new ReadBudget(clock, { automaticPerHour: 1000, totalPerHour: 1000 }),
    api: () => api,
    onReachable: () => undefined,
    onStateChange: () => undefined,
  });
  return { sync, store };
}

const ids = (list: readonly Partial<ActionItem>[]) => list.map((item) => item.id as string).sort();
const isWindow = (query: { createdFrom?: string; createdTo?: string } | undefined) =>
  query?.createdFrom !== undefined || query?.createdTo !== undefined;

describe('a refresh under prefix paging', () => {
  for (const size of [1100, 1500, 1999]) {
    it(`returns each of ${size} completed items exactly once, with no note`, async () => {
      const seeded = items(size, true, 'done');
      omi.seed([...seeded, ...items(5, false, 'open')]);
      const { sync, store } = await openSync();
      expect((await sync.refresh('start')).ok).toBe(true);
      expect(ids(store.all().filter((item) => item.completed))).toEqual(ids(seeded));
      expect(sync.notes()).toEqual([]);
    });
  }

  it('drops items deleted on the phone, moves ticked ones and shows new ones in a list of 1,200 completed items', async () => {
    const done = items(1200, true, 'done');
    const open = items(300, false, 'open');
    omi.seed([...done, ...open]);
    const { sync, store } = await openSync();
    await sync.refresh('start');
    const deleted = [done[10]!.id!, done[700]!.id!, open[3]!.id!];
    for (const id of deleted) omi.items.delete(id);
    const ticked = open[5]!.id!;
    omi.items.set(ticked, {
      ...omi.items.get(ticked)!,
      completed: true,
      updatedAt: new Date(clock.now()).toISOString(),
    });
    omi.seed([{ id: 'zzz-new-on-phone', createdAt: new Date(clock.now()).toISOString() }]);
    await sync.refresh('manual');
    for (const id of deleted) expect(store.get(id), id).toBeUndefined();
    expect(store.get(ticked)?.completed).toBe(true);
    expect(store.get('zzz-new-on-phone')).toBeDefined();
    expect(store.size()).toBe(1200 + 300 - 3 + 1);
    expect(sync.notes()).toEqual([]);
  });

  it('never loses another item when one is deleted between the reads of one list (issue 17.13)', async () => {
    const open = items(1500, false, 'open');
    omi.seed(open);
    const { sync, store } = await openSync();
    await sync.refresh('start');
    let deletedOne: string | null = null;
    omi.beforePage = (query) => {
      if (deletedOne !== null || !isWindow(query)) return;
      deletedOne = open[0]!.id!;
      omi.items.delete(deletedOne);
    };
    await sync.refresh('manual');
    expect(ids(store.all())).toEqual(ids(open.filter((item) => item.id !== deletedOne)));
  });

  it('keeps an item unticked on the phone between the reads of the two lists (issue 17.13)', async () => {
    omi.seed([...items(3, false, 'open'), { id: 'was-done', completed: true }]);
    const { sync, store } = await openSync();
    await sync.refresh('start');
    // The open list is read first; the item is unticked just before the completed list is read.
    omi.beforePage = (query) => {
      if (query.completed !== true) return;
      omi.items.set('was-done', {
        ...omi.items.get('was-done')!,
        completed: false,
        completedAt: null,
        updatedAt: new Date(clock.now()).toISOString(),
      });
      omi.beforePage = null;
    };
    await sync.refresh('manual');
    expect(store.get('was-done')).toMatchObject({ completed: false });
  });

  it('keeps only its own items when one list cannot be read whole: a deleted open item still leaves', async () => {
    // More completed items created in one millisecond than a page holds: no window can split them.
    const sameInstant = items(1100, true, 'done').map((item) => ({ ...item, createdAt: '2026-02-01T00:00:00.000Z' }));
    omi.seed([...sameInstant, ...items(10, false, 'open')]);
    const { sync, store } = await openSync();
    await sync.refresh('start');
    const gone = [...omi.items.values()].find((item) => !item.completed)!.id;
    omi.items.delete(gone);
    await sync.refresh('manual');
    expect(store.get(gone)).toBeUndefined();
    expect(sync.notes()).toEqual([expect.stringMatching(/could not read all your completed items/)]);
  });

  it('lists an old item without a completed mark, which Omi lists only without a filter', async () => {
    omi.seed([...items(3, false, 'open'), { id: 'old-item', description: 'From long ago', legacy: true }]);
    const { sync, store } = await openSync();
    await sync.refresh('start');
    expect(store.get('old-item')).toMatchObject({ completed: false });
  });

  it('skips an item Omi sends that cannot be read, shows the rest and says so once (issue 17.11)', async () => {
    omi.seed(items(5, false, 'open'));
    const broken = [...omi.items.keys()][2]!;
    omi.unreadable.add(broken);
    const { sync, store } = await openSync();
    expect((await sync.refresh('start')).ok).toBe(true);
    expect(store.size()).toBe(4);
    expect(sync.notes()).toEqual(['1 item from Omi could not be read and is not shown.']);
  });
});
