/**
 * Coalesces a burst of changes into one call on the next turn of the clock: a refresh that changes
 * 500 items, or an edit that touches the outbox and the store, pushes one snapshot, not many.
 */
import type { Clock, TimerHandle } from '../ports';

export class OncePerTick {
  private timer: TimerHandle | null = null;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly run: () => void,
  ) {}

  request(): void {
    if (this.timer !== null || this.stopped) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.run();
    }, 0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
