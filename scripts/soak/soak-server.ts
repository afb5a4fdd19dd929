/** The fake Omi server a soak runs against: the real rules, one write key, seeded items the intended state knows. */
import { READ_WRITE, startFakeOmi, type FakeOmi } from '../../tests/fake-omi/server';
import type { IntendedState } from './intended-state';

export const SOAK_KEY = 'omi_dev_soak_key_7d3e91';

export async function soakServer(now: () => number, intended: IntendedState, seeded: number): Promise<FakeOmi> {
  const items = Array.from({ length: seeded }, (_, index) => ({
    id: `soak-seed-${index + 1}`,
    description: `Soak seeded item ${index + 1}`,
    completed: index % 3 === 2,
    due_at: index % 2 === 0 ? new Date(now() + (index + 1) * 3_600_000).toISOString() : null,
  }));
  for (const item of items) intended.add(item.description, { completed: item.completed, dueAt: item.due_at });
  return startFakeOmi({ now, keys: [{ key: SOAK_KEY, scopes: READ_WRITE }], items });
}

/** Waits (polling the app) until nothing waits to be sent, or `simulatedMs` passed; true when drained. */
export async function drained(view: () => Promise<{ outboxSize: number; pendingDeletes: unknown[] }>, sleep: (ms: number) => Promise<void>, simulatedMs: number, now: () => number): Promise<boolean> {
  const until = now() + simulatedMs;
  while (now() < until) {
    const state = await view();
    if (state.outboxSize === 0 && state.pendingDeletes.length === 0) return true;
    await sleep(5_000);
  }
  return false;
}
