/**
 * A clock for tests: time moves only when the test says so. Timers fire in order as time advances,
 * and after each one the test's `settle` hook lets the async work it started finish.
 * `sleep` behaves like a suspended machine: wall time jumps, armed timers are pushed back by the
 * same amount (they count running time), so they fire late, as they do on a real laptop.
 */
import type { Clock, TimerHandle } from '../../../electron/core/ports';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

export const TIMER_LIMIT_MS = 2 ** 31 - 1;

export class FakeClock implements Clock {
  private nowMs: number;
  private timers: Timer[] = [];
  private nextId = 1;
  /** Every delay ever asked for, to check the 2^31-1 ms limit. */
  readonly delays: number[] = [];
  settle: () => Promise<void> = async () => undefined;

  constructor(start: number | Date) {
    this.nowMs = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.nowMs;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    this.delays.push(ms);
    // Past the limit a real setTimeout fires at once; make that loud instead.
    if (ms > TIMER_LIMIT_MS) throw new Error(`setTimeout(${ms}) exceeds the 2^31-1 ms limit`);
    const timer: Timer = { id: this.nextId++, at: this.nowMs + Math.max(0, ms), callback };
    this.timers.push(timer);
    return { id: timer.id };
  }

  clearTimeout(handle: TimerHandle): void {
    const id = (handle as { id: number }).id;
    this.timers = this.timers.filter((timer) => timer.id !== id);
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  /** Lets time run for `ms`, firing every timer that falls due, in order. */
  async advance(ms: number): Promise<void> {
    const target = this.nowMs + ms;
    await this.settle();
    for (;;) {
      const next = this.earliest();
      if (!next || next.at > target) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.nowMs = Math.max(this.nowMs, next.at);
      next.callback();
      await this.settle();
    }
    this.nowMs = target;
    await this.settle();
  }

  /** Runs time until the wall clock shows `when`. */
  async advanceTo(when: number | Date): Promise<void> {
    const at = typeof when === 'number' ? when : when.getTime();
    await this.advance(at - this.nowMs);
  }

  /** The machine is suspended for `ms`: no timer fires, and each fires that much later afterwards. */
  sleep(ms: number): void {
    this.nowMs += ms;
    for (const timer of this.timers) timer.at += ms;
  }

  /** The wall clock is set forward or back (by the user or NTP); timers keep their running time. */
  setWallClock(when: number): void {
    const shift = when - this.nowMs;
    this.nowMs = when;
    for (const timer of this.timers) timer.at += shift;
  }

  private earliest(): Timer | undefined {
    let best: Timer | undefined;
    for (const timer of this.timers) if (!best || timer.at < best.at) best = timer;
    return best;
  }
}
