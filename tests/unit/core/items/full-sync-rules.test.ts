/**
 * Full refreshes against the real server's paging rules: locked items dropped after paging, pages
 * cut from a prefix of the list, lists longer than 2,000, items that change while the list is read,
 * GETs counted against the read budget, 429s without Retry-After (defects 3, 4, 12 and 13, issue 17).
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
import { FakeClock } from '../support/fake-clock';
import { FakeOmi, READ_SCOPES } from '../support/fake-omi-api';
import { serverFixture } from '../support/server-fixture';

const KEY = 'omi_dev_sync_rules_key_0001';
let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
let omi: FakeOmi;

beforeEach(async () => {
  ({ dir, clock, omi } = await serverFixture(KEY, READ_SCOPES));
});
afterEach(() => dir.remove());

function items(count: number, completed: boolean, prefix: string): Partial<ActionItem>[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    description: `${prefix} ${index}`,
    completed,
    dueAt: new Date(Date.parse('2026-04-01T00:00:00Z') + index * 60_000).toISOString(),
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
  const budget = new ReadBudget(clock);
  const sync = new ItemSync({
    clock,
    logger,
    store,
    budget,
    api: () => api,
    onReachable: () => undefined,
    onStateChange: () => undefined,
  });
  return { sync, store, budget };
}

const tooMany = () => omi.requests.filter((request) => request.method === 'list' && request.arrived !== true).length;

describe('full refreshes under the real paging rules', () => {
  it('shows every open item when a locked one makes the first page short (defect 3)', async () => {
    omi.seed(items(1500, false, 'open').map((item) => (item.id === 'open-10' ? { ...item, locked: true } : item)));
    const { sync, store } = await openSync();
    expect((await sync.refresh('start')).ok).toBe(true);
    expect(store.size()).toBe(1499);
    expect(store.get('open-1499')).toBeDefined();
  });

  it('shows every open item of a list longer than 2,000, with no note (issue 17.1, was defect 12)', async () => {
    omi.seed(items(2300, false, 'open'));
    const { sync, store } = await openSync();
    await sync.refresh('start');
    expect(store.size()).toBe(2300);
    expect(sync.notes()).toEqual([]);
  });

  it('keeps an item whose due date changed between the reads, and shows the list without a note (defect 12)', async () => {
    omi.seed(items(1500, false, 'open'));
    const { sync, store } = await openSync();
    await sync.refresh('start');
    // While the next refresh reads its windows, an item becomes the most urgent.
    omi.beforePage = (query) => {
      if (query.createdFrom === undefined && query.createdTo === undefined) return;
      const moving = omi.items.get('open-1400');
      if (moving) omi.items.set('open-1400', { ...moving, dueAt: '2026-03-20T00:00:00.000Z' });
      omi.beforePage = null;
    };
    await sync.refresh('manual');
    expect(store.get('open-1400')?.dueAt).toBe('2026-03-20T00:00:00.000Z');
    expect(store.size()).toBe(1500);
    expect(sync.notes()).toEqual([]);
  });

  it('counts GETs, not refreshes: 1,200 completed items, popover every 30 s and Refresh every minute stay under 100 reads an hour with no 429 (defect 4)', async () => {
    omi.seed([...items(300, false, 'open'), ...items(1200, true, 'done')]);
    const { sync } = await openSync();
    for (let second = 0; second < 3600; second += 30) {
      await sync.refreshIfOlderThan(30_000, 'popover');
      if (second % 60 === 0) await sync.refresh('manual');
      clock.advance(30_000);
    }
    expect(omi.count('list')).toBeLessThanOrEqual(100);
    expect(tooMany()).toBe(0);
  });

  it('pauses reads after a 429 that names no Retry-After (defect 13)', async () => {
    omi.seed(items(3, false, 'open'));
    const { sync } = await openSync();
    omi.mode = 'rate_limited';
    omi.retryAfterSeconds = null;
    await sync.refresh('manual');
    const asked = omi.count('list');
    omi.mode = 'up';
    const again = await sync.refresh('manual');
    expect(again.ok).toBe(false);
    expect(!again.ok && again.error.message).toMatch(/Omi asked Omi Tray to slow down/);
    expect(omi.count('list')).toBe(asked);
    clock.advance(60_000);
    expect((await sync.refresh('manual')).ok).toBe(true);
  });
});
