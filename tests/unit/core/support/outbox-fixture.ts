/** An outbox, its sender and the item store on real files in `dir`, talking to a FakeOmi. */
import { join } from 'node:path';
import { fullSync } from '../../../../electron/core/api/full-sync';
import { ItemStore } from '../../../../electron/core/items/item-store';
import { ReadBudget } from '../../../../electron/core/items/read-budget';
import { itemsFile } from '../../../../electron/core/items/items-file';
import { createLogger } from '../../../../electron/core/logging/logger';
import type { Edit } from '../../../../electron/core/outbox/merge-edit';
import { Outbox } from '../../../../electron/core/outbox/outbox';
import { outboxFile } from '../../../../electron/core/outbox/outbox-file';
import { OutboxSender } from '../../../../electron/core/outbox/outbox-sender';
import type { Refusal } from '../../../../electron/core/outbox/refusal';
import type { FakeClock } from './fake-clock';
import type { FakeOmi } from './fake-omi-api';
import { settle } from './until';

export const ORIGIN = 'https://api.omi.test';
export const KEY = 'omi_dev_unit_test_key_0001';
/** The two items most outbox tests start from. */
export const TWO_ITEMS = [
  { id: 'a1', description: 'Renew the insurance' },
  { id: 'a2', description: 'Call Ana' },
];

export async function openOutbox(
  dir: string,
  omi: FakeOmi,
  clock: FakeClock,
  options: { owner?: () => string | null; reads?: ReadBudget } = {},
) {
  const logs: string[] = [];
  const warnings: string[] = [];
  const logger = createLogger({ sink: (line) => logs.push(line), level: 'debug', now: () => clock.now() });
  const onCorrupt = (message: string) => warnings.push(message);
  const store = new ItemStore({ file: itemsFile(join(dir, 'items.json'), { onCorrupt }), clock, logger });
  await store.load(ORIGIN);
  const outbox = new Outbox({
    file: outboxFile(join(dir, 'outbox.json'), { onCorrupt }),
    clock,
    serverItem: (id) => store.get(id),
    ...(options.owner ? { owner: options.owner } : {}),
  });
  await outbox.load();
  const api = omi.client({ baseUrl: ORIGIN, fetch: globalThis.fetch, getKey: () => Promise.resolve(KEY) });
  const refusals: Refusal[] = [];
  const told: string[] = [];
  const reads = options.reads ?? new ReadBudget(clock);
  let connected = true;
  const sender = new OutboxSender({
    outbox,
    clock,
    logger,
    reads,
    api: () => (connected ? api : null),
    ...(options.owner ? { owner: options.owner } : {}),
    server: {
      upsert: (item) => store.upsert(item),
      remove: (id) => store.remove(id),
      listed: (items, startedAt) => store.replaceAll(items, startedAt),
      get: (id) => store.get(id),
      all: () => store.all(),
      lastListStartedAt: () => store.lastListStartedAt(),
    },
    refused: (refusal) => refusals.push(refusal),
    told: (words) => told.push(words),
  });
  return {
    store,
    outbox,
    sender,
    refusals,
    told,
    reads,
    logs,
    warnings,
    api,
    disconnect: () => {
      connected = false;
    },
    /** Queues an edit the way the editor does and waits until the sender has done what it can. */
    async edit(id: string, edit: Edit) {
      const result = await outbox.apply(id, edit, ORIGIN);
      if (!result.ok) throw new Error(result.error.message);
      await sender.flush();
    },
    /** Queues an edit and lets the sender go, without waiting for it (the server may be slow). */
    async queue(id: string, edit: Edit) {
      const result = await outbox.apply(id, edit, ORIGIN);
      if (!result.ok) throw new Error(result.error.message);
      sender.flush().catch(() => undefined);
    },
    /** Fetches the list as a refresh would. */
    async refresh() {
      const startedAt = clock.now();
      const listed = await fullSync(api, { known: store.all() });
      if (listed.ok) store.replaceAll(listed.value.items, startedAt);
      return listed;
    },
  };
}

/**
 * Moves the fake clock on and lets the sender finish what that woke: twice, because a send that
 * ends can arm the next timer (a retry, a lost-write check) at the same instant.
 */
export async function passTime(
  clock: FakeClock,
  box: { sender: { whenIdle(): Promise<void> } },
  ms: number,
): Promise<void> {
  clock.advance(ms);
  await settle();
  await box.sender.whenIdle();
  await settle();
  await box.sender.whenIdle();
}
