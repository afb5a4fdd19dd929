/**
 * Whether the popover says anything about edits on their way to Omi. A healthy save takes well under
 * a second and deserves no words (a "waiting" line after every tick reads as a failure); a line
 * appears only once a change has waited long enough to matter, or the core knows why it waits
 * (offline, rate-limited, refused…). Retry only where the core says retrying can help. The count and
 * the reason are two sentences, so they are two lines: each stays short with a far date in it.
 */
import type { OutboxStatus } from '../../electron/shared/app-state';

/** How long a change may wait before the popover says so. */
export const SLOW_SAVE_MS = 3_000;

export interface SaveLine {
  /** What waits: "3 changes waiting to sync." */
  words: string;
  /** Why, in the core's one sentence, shown on a line of its own; absent when the core knows no reason. */
  why?: string;
  canRetry: boolean;
  /** Changes made before a key change (or for another server) wait for the person: Send (when it can help) and Discard. */
  stranded?: { canSend: boolean };
}

export interface SaveFacts {
  outbox: OutboxStatus;
  /** Deletes still inside their Undo window: waiting on purpose, not slow. */
  undoableDeletes: number;
  /** When this page first saw changes waiting (used when the core gives no `oldestSince`). */
  firstSeenWaiting: number | null;
  now: number;
}

/** How many changes wait that are not deletes the user can still take back. */
export function changesWaiting(facts: Pick<SaveFacts, 'outbox' | 'undoableDeletes'>): number {
  return Math.max(0, facts.outbox.waiting - facts.undoableDeletes);
}

/** When the waiting started, epoch ms, or null when nothing waits. */
export function waitingSince(facts: SaveFacts): number | null {
  if (changesWaiting(facts) === 0) return null;
  const oldest = facts.outbox.oldestSince === null ? Number.NaN : Date.parse(facts.outbox.oldestSince);
  return Number.isNaN(oldest) ? facts.firstSeenWaiting : oldest;
}

const changes = (count: number): string => (count === 1 ? '1 change' : `${count} changes`);

export function saveLine(facts: SaveFacts): SaveLine | null {
  // The question about an earlier key's changes comes first: one click answers it.
  const stranded = facts.outbox.stranded;
  if (stranded) return { words: stranded.words, canRetry: false, stranded: { canSend: stranded.canSend } };
  const count = changesWaiting(facts);
  if (count === 0) return null;
  const reason = facts.outbox.reason;
  if (reason !== null)
    return { words: `${changes(count)} waiting to sync.`, why: reason.words, canRetry: facts.outbox.canRetry };
  const since = waitingSince(facts);
  if (since === null || facts.now - since < SLOW_SAVE_MS) return null;
  return {
    words: `${changes(count)} waiting to sync, kept safe here; sent as soon as Omi answers.`,
    canRetry: facts.outbox.canRetry,
  };
}
