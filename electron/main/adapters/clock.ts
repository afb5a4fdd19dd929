/** Wall-clock time and timers for core; core caps delays below the 2^31-1 ms timer limit. */
import type { Clock, TimerHandle } from '../../core/ports';

export function createSystemClock(): Clock {
  return {
    now: () => Date.now(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle: TimerHandle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}
