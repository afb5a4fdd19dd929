/** Wall-clock time and Node's timers: the Clock port as the app runs it (core caps delays below 2^31-1 ms). */
import type { Clock, TimerHandle } from './ports';

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle: TimerHandle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
