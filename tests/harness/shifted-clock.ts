/**
 * Time a test moves on: real time plus every `advance` so far. Timers run on real time as usual;
 * `advance(ms)` puts the clock ms later at once and fires, oldest first, every timer that falls due
 * by then, each once: as if the machine had stayed awake for that time in a blink. The app's
 * Clock port in the browser shell, and the globals of the app's process in the other shells
 * (./shifted-globals.ts), so the built app runs unchanged.
 */
import type { Clock, TimerHandle } from '../../electron/core/ports';

export interface ShiftedClock extends Clock {
  /** Moves time on by `ms` and fires the timers due by then. */
  advance(ms: number): void;
}

/** The real time and timers a shifted clock runs on (the process's own, taken before any patching). */
export interface RealTime {
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export function shiftedClock(real: RealTime): ShiftedClock {
  let offset = 0;
  const pending = new Map<TimerHandle, { due: number; callback: () => void }>();
  const now = () => real.now() + offset;
  return {
    now,
    setTimeout(callback, ms) {
      const handle = real.setTimeout(() => {
        pending.delete(handle);
        callback();
      }, ms);
      pending.set(handle, { due: now() + Math.max(0, ms), callback });
      return handle;
    },
    clearTimeout(handle) {
      pending.delete(handle);
      real.clearTimeout(handle);
    },
    advance(ms) {
      if (!(ms >= 0)) throw new Error(`Time only moves on: advance(${ms})`);
      offset += ms;
      const due = [...pending].filter(([, timer]) => timer.due <= now()).sort(([, a], [, b]) => a.due - b.due);
      for (const [handle, timer] of due) {
        if (!pending.delete(handle)) continue; // cleared by a timer fired before it
        real.clearTimeout(handle);
        timer.callback();
      }
    },
  };
}
