/**
 * Simulated time that moves only when the soak moves it: timers fire in order as time is advanced,
 * and after each one the soak waits until the app's requests and file writes have settled. Hours pass
 * in seconds, and a request never "times out" because the machine was busy.
 */
import type { Clock, TimerHandle } from '../../electron/core/ports';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

export class DrivenClock implements Clock {
  private current: number;
  private timers: Timer[] = [];
  private nextId = 1;
  private inFlight = 0;

  constructor(startMs: number) {
    this.current = startMs;
  }

  now = (): number => this.current;

  setTimeout = (callback: () => void, ms: number): TimerHandle => {
    const timer = { id: this.nextId++, at: this.current + Math.max(0, ms), callback };
    this.timers.push(timer);
    return { id: timer.id };
  };

  clearTimeout = (handle: TimerHandle): void => {
    const id = (handle as { id?: number } | null)?.id;
    this.timers = this.timers.filter((timer) => timer.id !== id);
  };

  /** A fetch that counts its requests in flight, so settling waits for their answers. */
  countingFetch(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
    return async (input, init) => {
      this.inFlight += 1;
      try {
        return await fetch(input, init);
      } finally {
        this.inFlight -= 1;
      }
    };
  }

  /** Moves time forward by `ms`, firing every timer due on the way and settling after each. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    await this.settle();
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.current = Math.max(this.current, due.at);
      due.callback();
      await this.settle();
    }
    this.current = target;
    await this.settle();
  }

  /** Until no request is in flight and a few turns of the event loop and the disk passed quietly. */
  async settle(): Promise<void> {
    for (let quiet = 0; quiet < 3;) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      await new Promise((resolve) => setImmediate(resolve));
      quiet = this.inFlight === 0 ? quiet + 1 : 0;
    }
  }
}
