/**
 * How the person's computer writes times (the snapshot's `clock`), handed down through Svelte
 * context so views deep in the page write "5:00 PM" or "17:00" without passing it along.
 */
import { getContext, setContext } from 'svelte';
import { DAY_FIRST_24_HOUR, type ClockStyle } from '../../electron/shared/due-date/clock-style';

const KEY = Symbol('clock-style');

/** `current` is read at each use, so a changed setting shows at the next render. */
export function provideClockStyle(current: () => ClockStyle): void {
  setContext(KEY, current);
}

/** The style given to the app; the 24-hour clock, day before month, for a view rendered on its own. */
export function useClockStyle(): () => ClockStyle {
  return getContext<(() => ClockStyle) | undefined>(KEY) ?? (() => DAY_FIRST_24_HOUR);
}
