/**
 * Puts a shifted clock (./shifted-clock.ts) behind the process's own `Date` and
 * `setTimeout`/`clearTimeout`, before the app's main script loads: the app's system clock reads
 * them when called, so the built app runs unchanged and its reminders, undo windows and late-save
 * limits fall due when a test advances time. Loaded only by the electron-double child and the
 * Electron shell's observer, and only when the harness asks for a controlled clock.
 */
import { promisify } from 'node:util';
import { shiftedClock, type ShiftedClock } from './shifted-clock';

type TimerId = ReturnType<typeof setTimeout>;

export function shiftProcessTime(): ShiftedClock {
  const RealDate = Date;
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  const clock = shiftedClock({
    now: () => RealDate.now(),
    setTimeout: (callback, ms) => realSetTimeout(callback, ms),
    clearTimeout: (handle) => realClearTimeout(handle as TimerId),
  });
  // clearTimeout also takes a timer's number (Number(timeout)), as Node allows.
  const byNumber = new Map<number, TimerId>();

  class ShiftedDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return clock.now();
    }
  }

  function shiftedSetTimeout(callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): TimerId {
    const handle = clock.setTimeout(
      () => {
        byNumber.delete(Number(handle));
        callback(...args);
      },
      Number(ms) || 0,
    ) as TimerId;
    byNumber.set(Number(handle), handle);
    return handle;
  }
  (shiftedSetTimeout as unknown as Record<symbol, unknown>)[promisify.custom] = (
    realSetTimeout as unknown as Record<symbol, unknown>
  )[promisify.custom];

  function shiftedClearTimeout(handle?: TimerId | number | string): void {
    if (handle === undefined || handle === null) return;
    const timer = typeof handle === 'object' ? handle : byNumber.get(Number(handle));
    if (timer === undefined) return realClearTimeout(handle as TimerId);
    byNumber.delete(Number(timer));
    clock.clearTimeout(timer);
  }

  Object.assign(globalThis, { Date: ShiftedDate, setTimeout: shiftedSetTimeout, clearTimeout: shiftedClearTimeout });
  return clock;
}
