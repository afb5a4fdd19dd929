/**
 * One wake-up of the outbox sender at a set moment: after a failure's backoff, when an undo window
 * closes, when a lost write's outcome can be checked. Asking again for the moment already armed
 * keeps the timer, asking for another moves it, and once stopped nothing is armed any more.
 */
import type { Clock, TimerHandle } from '../ports';

export class WakeTimer {
  private armed: { handle: TimerHandle; at: number } | null = null;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly wake: () => void,
  ) {}

  /** When it fires (epoch ms); null when nothing is armed. */
  at(): number | null {
    return this.armed?.at ?? null;
  }

  /** Wakes at `at` (epoch ms) instead of whenever it was armed for; null: not at all. */
  wakeAt(at: number | null): void {
    if (this.armed !== null && this.armed.at === at) return;
    this.clear();
    if (at === null || this.stopped) return;
    const handle = this.clock.setTimeout(() => {
      this.armed = null;
      this.wake();
    }, at - this.clock.now());
    this.armed = { handle, at };
  }

  clear(): void {
    if (this.armed !== null) this.clock.clearTimeout(this.armed.handle);
    this.armed = null;
  }

  /** For good: clears the timer, and later asks arm nothing. */
  stop(): void {
    this.stopped = true;
    this.clear();
  }
}
