/**
 * How the person's computer writes times (the snapshot's `clock`), handed down through Svelte
 * context so views deep in the page write "5:00 PM" or "17:00" without passing it along.
 */
import { DAY_FIRST_24_HOUR, type ClockStyle } from '../../electron/shared/due-date/clock-style';
import { defineContext } from './context';

/** The clock style handed down to the views; a view rendered on its own gets `clockStyleContext.with(() => style)`. */
export const clockStyleContext = defineContext<() => ClockStyle>('clock style');

/** `current` is read at each use, so a changed setting shows at the next render. */
export function provideClockStyle(current: () => ClockStyle): void {
  clockStyleContext.set(current);
}

/** The style given to the app; the 24-hour clock, day before month, for a view rendered on its own. */
export function useClockStyle(): () => ClockStyle {
  return clockStyleContext.get() ?? (() => DAY_FIRST_24_HOUR);
}
