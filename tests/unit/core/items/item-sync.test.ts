import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionItemsApi } from '../../../../electron/core/api/action-items-api';
import { ItemStore } from '../../../../electron/core/items/item-store';
import { itemsFile } from '../../../../electron/core/items/items-file';
import { BACKGROUND_EVERY_MS, ItemSync } from '../../../../electron/core/items/item-sync';
import { ReadBudget } from '../../../../electron/core/items/read-budget';
import { recordingLogger } from '../../../doubles/recording-logger';
import { FakeClock } from '../support/fake-clock';
import { FakeOmi, WRITE_SCOPES } from '../support/fake-omi-api';
import { serverFixture } from '../support/server-fixture';
import { until } from '../support/until';

const KEY = 'omi_dev_sync_key_0001';
let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
let omi: FakeOmi;

beforeEach(async () => {
  ({ dir, clock, omi } = await serverFixture(KEY, WRITE_SCOPES, [{ id: 'a1' }]));
});
afterEach(() => dir.remove());

async function openSync() {
  const store = new ItemStore({
    file: itemsFile(join(dir.path, 'items.json')),
    clock,
    logger: recordingLogger().logger,
  });
  await store.load('https://api.omi.test');
  const api: ActionItemsApi = omi.client({
    baseUrl: 'https://api.omi.test',
    fetch: globalThis.fetch,
    getKey: () => Promise.resolve(KEY),
  });
  let reachable = 0;
  const sync = new ItemSync({
    clock,
    logger: recordingLogger().logger,
    store,
    budget: new ReadBudget(clock),
    api: () => api,
    onReachable: () => {
      reachable += 1;
    },
    onStateChange: () => undefined,
  });
  return { sync, store, reachable: () => reachable };
}

/** Full refreshes the fake saw: each starts with the first page of open items (read without a filter). */
const refreshes = () =>
  omi.requests.filter((r) => r.method === 'list' && r.query?.offset === 0 && r.query.completed === null).length;

describe('refreshing the list', () => {
  it('replaces the store, records when, and says the network is reachable', async () => {
    const { sync, store, reachable } = await openSync();
    expect(sync.state()).toEqual({ status: 'never' });
    expect((await sync.refresh('start')).ok).toBe(true);
    expect(store.all().map((item) => item.id)).toEqual(['a1']);
    expect(sync.state()).toEqual({ status: 'ok', at: new Date(clock.now()).toISOString() });
    expect(reachable()).toBe(1);
  });

  it('shares one request between refreshes asked for at the same time', async () => {
    const { sync } = await openSync();
    omi.hold();
    const first = sync.refresh('manual');
    const second = sync.refresh('popover');
    await until(() => omi.heldCount() === 2);
    omi.release();
    await Promise.all([first, second]);
    expect(refreshes()).toBe(1);
  });

  it('skips the popover refresh when the list is younger than half a minute', async () => {
    const { sync } = await openSync();
    await sync.refresh('start');
    clock.advance(29_000);
    await sync.refreshIfOlderThan(30_000, 'popover');
    expect(refreshes()).toBe(1);
    clock.advance(2_000);
    await sync.refreshIfOlderThan(30_000, 'popover');
    expect(refreshes()).toBe(2);
  });

  it('refreshes in the background every ten minutes', async () => {
    const { sync } = await openSync();
    sync.startBackground();
    clock.advance(BACKGROUND_EVERY_MS);
    await until(() => refreshes() === 1);
    await sync.whenIdle();
    clock.advance(BACKGROUND_EVERY_MS);
    await until(() => refreshes() === 2);
    sync.stop();
  });

  it('stays well inside the hourly read limit however often the popover opens', async () => {
    const { sync } = await openSync();
    for (let minute = 0; minute < 60; minute += 1) {
      await sync.refreshIfOlderThan(30_000, 'popover');
      clock.advance(60_000 - 1);
    }
    // Every GET counts (three per refresh here); what the app starts by itself stays under 60 an hour.
    expect(omi.count('list')).toBeLessThanOrEqual(60);
  });

  it('tells the user in words when a manual refresh must wait for the budget', async () => {
    const { sync } = await openSync();
    omi.mode = 'rate_limited';
    omi.retryAfterSeconds = 600;
    const limited = await sync.refresh('manual');
    expect(!limited.ok && limited.error.kind).toBe('rate_limited');
    omi.mode = 'up';
    const waiting = await sync.refresh('manual');
    expect(!waiting.ok && waiting.error.message).toMatch(/try again in 10 minutes/);
    expect(refreshes()).toBe(1);
  });

  it('keeps the failure as the sync state', async () => {
    const { sync } = await openSync();
    omi.mode = 'offline';
    await sync.refresh('manual');
    expect(sync.state()).toMatchObject({ status: 'error', error: { kind: 'offline' } });
  });
});
