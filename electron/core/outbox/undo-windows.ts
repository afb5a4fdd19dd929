/**
 * A delete waits out its undo window before it is sent. This wakes the outbox sender when the
 * earliest window still open closes; a delete undone meanwhile is simply no longer in the outbox.
 */
import type { Clock } from '../ports';
import type { OutboxEntry } from './outbox-entry';
import { WakeTimer } from './wake-timer';

/** The entry may leave now as far as undo goes: it is no delete, or its window has closed. */
export function pastUndoWindow(entry: OutboxEntry, now: number): boolean {
  return !entry.delete || entry.delete.notBefore <= now;
}

export class UndoWindows {
  private readonly timer: WakeTimer;

  constructor(
    private readonly clock: Clock,
    send: () => void,
  ) {
    this.timer = new WakeTimer(clock, send);
  }

  /** Arms the wake-up for the earliest undo window among `entries` that is still open. */
  wakeWhenFirstCloses(entries: readonly OutboxEntry[]): void {
    const now = this.clock.now();
    let earliest: number | null = null;
    for (const entry of entries) {
      if (entry.delete && entry.delete.notBefore > now)
        earliest = Math.min(earliest ?? entry.delete.notBefore, entry.delete.notBefore);
    }
    this.timer.wakeAt(earliest);
  }

  clear(): void {
    this.timer.clear();
  }

  stop(): void {
    this.timer.stop();
  }
}
