/**
 * The fake Omi server a soak runs against: the real rules, one write key that may read
 * conversations, seeded items the intended state knows, and conversations with to-dos Omi heard
 * (suggestions the person may add: the intended state learns them only once an Add was accepted).
 */
import {
  CONVERSATIONS_READ_SCOPE,
  READ_WRITE,
  startFakeOmi,
  type FakeOmi,
  type SeedConversation,
} from '../../tests/fake-omi/server';
import type { IntendedState } from './intended-state';

export const SOAK_KEY = 'omi_dev_soak_key_7d3e91';

/** `heard`: conversations of the last two days, each with TO_DOS_HEARD to-dos (and a key that may read them). */
export async function soakServer(
  now: () => number,
  intended: IntendedState,
  seeded: number,
  heard = 0,
): Promise<FakeOmi> {
  const items = Array.from({ length: seeded }, (_, index) => ({
    id: `soak-seed-${index + 1}`,
    description: `Soak seeded item ${index + 1}`,
    completed: index % 3 === 2,
    due_at: index % 2 === 0 ? new Date(now() + (index + 1) * 3_600_000).toISOString() : null,
  }));
  for (const item of items) intended.add(item.description, { completed: item.completed, dueAt: item.due_at });
  // With no conversations (the file-fault soak), the key is the plain write key it always was.
  const scopes = heard > 0 ? [...READ_WRITE, CONVERSATIONS_READ_SCOPE] : READ_WRITE;
  return startFakeOmi({
    now,
    keys: [{ key: SOAK_KEY, scopes }],
    items,
    conversations: heardConversations(now(), heard),
  });
}

const TO_DOS_HEARD = 4;

function heardConversations(now: number, count: number): SeedConversation[] {
  return Array.from({ length: count }, (_, index) => {
    const at = new Date(now - (index + 1) * 5 * 3_600_000).toISOString();
    return {
      id: `soak-conv-${index + 1}`,
      title: `Soak conversation ${index + 1}`,
      overview: `What was agreed in soak conversation ${index + 1}.`,
      created_at: at,
      started_at: at,
      action_items: Array.from({ length: TO_DOS_HEARD }, (_, toDo) => ({
        description: `Soak heard to-do ${index + 1}.${toDo + 1}`,
        due_at:
          toDo % 2 === 0
            ? new Date(now + (index + toDo + 2) * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
            : null,
      })),
    };
  });
}

/** Waits (polling the app) until nothing waits to be sent, or `simulatedMs` passed; true when drained. */
export async function drained(
  view: () => Promise<{ outboxSize: number; pendingDeletes: unknown[] }>,
  sleep: (ms: number) => Promise<void>,
  simulatedMs: number,
  now: () => number,
): Promise<boolean> {
  const until = now() + simulatedMs;
  while (now() < until) {
    const state = await view();
    if (state.outboxSize === 0 && state.pendingDeletes.length === 0) return true;
    await sleep(5_000);
  }
  return false;
}
