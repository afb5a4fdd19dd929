/**
 * The one fake clock of the unit and integration tests: time moves only when the test says so, and
 * timers fire in order as it moves. Two ways to move it:
 * - `advance(ms)` fires what falls due at once, synchronously (core tests settle between steps themselves);
 * - `await run(ms)` lets the test's `settle` hook finish the async work each timer started before the
 *   next one fires (the reminder tests hook in the service's whenIdle).
 * `sleep` behaves like a suspended machine: wall time jumps, armed timers are pushed back by the
 * same amount (they count running time), so they fire late, as they do on a real laptop. A delay past
 * what a real setTimeout can hold throws, since a real one would fire at once.
 * It is the popover's clock too: `afterNextPaint` waits for `paint()`, the browser drawing a frame.
 */
import type { Clock, TimerHandle } from '../../../../electron/core/ports';
import type { RendererClock } from '../../../../src/common/renderer-clock';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

export const TIMER_LIMIT_MS = 2 ** 31 - 1;

export class FakeClock implements Clock, RendererClock {
  private nowMs: number;
  private timers: Timer[] = [];
  private nextId = 1;
  private paints: (() => void)[] = [];
  /** Every delay ever asked for, to check the 2^31-1 ms limit. */
  readonly delays: number[] = [];
  /** Called between timers by run() and runTo(). */
  settle: () => Promise<void> = async () => undefined;

  constructor(start: number | Date = Date.parse('2026-03-02T09:00:00Z')) {
    this.nowMs = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.nowMs;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    this.delays.push(ms);
    if (ms > TIMER_LIMIT_MS) throw new Error(`setTimeout(${ms}) exceeds the 2^31-1 ms limit`);
    const timer: Timer = { id: this.nextId++, at: this.nowMs + Math.max(0, ms), callback };
    this.timers.push(timer);
    return { id: timer.id };
  }

  /** Like the real one, clearing nothing (null, undefined, a timer long gone) does nothing. */
  clearTimeout(handle: TimerHandle): void {
    const id = (handle as { id: number } | null | undefined)?.id;
    this.timers = this.timers.filter((timer) => timer.id !== id);
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  /** Delays of the timers now armed, soonest first. */
  pendingDelays(): number[] {
    return this.timers.map((timer) => timer.at - this.nowMs).sort((a, b) => a - b);
  }

  afterNextPaint(callback: () => void): void {
    this.paints.push(callback);
  }

  /** The browser draws a frame: what waited for it runs. */
  paint(): void {
    for (const callback of this.paints.splice(0)) callback();
  }

  /** Moves time forward by `ms`, firing every timer that falls due, in order, without waiting in between. */
  advance(ms: number): void {
    const target = this.nowMs + ms;
    for (let next = this.dueBy(target); next; next = this.dueBy(target)) this.fire(next);
    this.nowMs = target;
  }

  /** Lets time run for `ms`, firing every timer that falls due, in order, settling after each. */
  async run(ms: number): Promise<void> {
    const target = this.nowMs + ms;
    await this.settle();
    for (let next = this.dueBy(target); next; next = this.dueBy(target)) {
      this.fire(next);
      await this.settle();
    }
    this.nowMs = target;
    await this.settle();
  }

  /** Runs time until the wall clock shows `when`. */
  async runTo(when: number | Date): Promise<void> {
    const at = typeof when === 'number' ? when : when.getTime();
    await this.run(at - this.nowMs);
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

  /** The earliest timer due by `target`, if any (the first armed wins a tie). */
  private dueBy(target: number): Timer | undefined {
    let best: Timer | undefined;
    for (const timer of this.timers) if (!best || timer.at < best.at) best = timer;
    return best && best.at <= target ? best : undefined;
  }

  private fire(timer: Timer): void {
    this.timers = this.timers.filter((armed) => armed !== timer);
    this.nowMs = Math.max(this.nowMs, timer.at);
    timer.callback();
  }
}
