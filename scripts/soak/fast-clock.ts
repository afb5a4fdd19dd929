/**
 * A clock that runs `speed` times faster than the wall clock, from a fixed start. Both the fake
 * server and the core (in this process or in a child) compute the same time from the same
 * {startMs, realStartMs, speed}, so hours of retries and backoffs pass in seconds and both sides agree
 * on what time it is.
 */
import type { Clock, TimerHandle } from '../../electron/core/ports';

export interface FastClockSpec {
  /** The simulated time at realStartMs. */
  startMs: number;
  /** Wall-clock time the simulation started. */
  realStartMs: number;
  speed: number;
}

export function fastClock(spec: FastClockSpec): Clock {
  return {
    now: () => spec.startMs + (Date.now() - spec.realStartMs) * spec.speed,
    setTimeout: (callback, ms) => setTimeout(callback, Math.max(0, ms) / spec.speed),
    clearTimeout: (handle: TimerHandle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

/** Waits this many simulated milliseconds. */
export function sleep(spec: FastClockSpec, simulatedMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, simulatedMs / spec.speed));
}
