/**
 * PATCHes that got no answer and may still be saved late, kept per item after the item's entry
 * left the outbox (a later PATCH of it was answered): an answer to a later request says nothing
 * about when the earlier one lands. Until `LATE_SAVE_MS` after it left, a new edit of the item
 * starts with this guard, so it waits rather than be undone by the late save.
 */
import type { UnsureWrite } from './outbox-entry';

/**
 * How long after a write whose answer was lost the app waits before trusting a list to show its
 * outcome: the server may save it later than it answers (or fails to answer).
 */
export const LATE_SAVE_MS = 2 * 60_000;

export class LateSaves {
  private readonly guards = new Map<string, UnsureWrite>();

  /** The unanswered PATCH of `key` that may still land at `now`; undefined when none can. */
  live(key: string, now: number): UnsureWrite | undefined {
    const guard = this.guards.get(key);
    if (guard === undefined) return undefined;
    if (!mayStillLand(guard, now)) {
      this.guards.delete(key);
      return undefined;
    }
    return guard;
  }

  /** Keeps `unsure` for `key` while it may still land (a later one of the same item lies over it). */
  keep(key: string, unsure: UnsureWrite, now: number): void {
    if (!mayStillLand(unsure, now)) return;
    const earlier = this.guards.get(key);
    this.guards.set(key, earlier === undefined ? unsure : laterOf(earlier, unsure));
  }

  /** The guard of `key` now lives on its entry again. */
  taken(key: string): void {
    this.guards.delete(key);
  }

  /** What outbox.json keeps: the guards that may still land. */
  stored(now: number): Record<string, UnsureWrite> {
    return Object.fromEntries([...this.guards].filter(([, guard]) => mayStillLand(guard, now)));
  }

  load(stored: Record<string, UnsureWrite> | undefined): void {
    this.guards.clear();
    for (const [key, guard] of Object.entries(stored ?? {})) this.guards.set(key, guard);
  }

  clear(): void {
    this.guards.clear();
  }
}

/** A PATCH that left at `leftAt` can land until LATE_SAVE_MS later. */
export function mayStillLand(unsure: UnsureWrite, now: number): boolean {
  return now < unsure.leftAt + LATE_SAVE_MS;
}

/** Two unanswered PATCHes of one item: every field either carried, the later value over the earlier, waited out from the later. */
export function laterOf(a: UnsureWrite, b: UnsureWrite): UnsureWrite {
  const [earlier, later] = a.leftAt <= b.leftAt ? [a, b] : [b, a];
  return { leftAt: later.leftAt, changes: { ...earlier.changes, ...later.changes } };
}
