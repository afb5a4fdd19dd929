/** A clock that moves only when the test says so; timers fire in order as it advances. */
import type { Clock, TimerHandle } from '../../../../electron/core/ports';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

export class FakeClock implements Clock {
  private nowMs: number;
  private timers: Timer[] = [];
  private nextId = 1;

  constructor(start = Date.parse('2026-03-02T09:00:00Z')) {
    this.nowMs = start;
  }

  now(): number {
    return this.nowMs;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const timer = { id: this.nextId++, at: this.nowMs + Math.max(0, ms), callback };
    this.timers.push(timer);
    return { id: timer.id };
  }

  clearTimeout(handle: TimerHandle): void {
    const id = (handle as { id: number }).id;
    this.timers = this.timers.filter((timer) => timer.id !== id);
  }

  /** Delays of the timers now armed, soonest first. */
  pendingDelays(): number[] {
    return this.timers.map((timer) => timer.at - this.nowMs).sort((a, b) => a - b);
  }

  /** Moves time forward by `ms`, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const target = this.nowMs + ms;
    for (;;) {
      const next = this.timers.reduce<Timer | undefined>((best, timer) => (!best || timer.at < best.at ? timer : best), undefined);
      if (!next || next.at > target) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.nowMs = Math.max(this.nowMs, next.at);
      next.callback();
    }
    this.nowMs = target;
  }
}
