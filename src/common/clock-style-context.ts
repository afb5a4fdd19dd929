/**
 * How the person's computer writes times (the snapshot's `clock`), handed down through Svelte
 * context so views deep in the page write "5:00 PM" or "17:00" without passing it along.
 */
import { DAY_FIRST_24_HOUR, type ClockStyle } from '../../electron/shared/due-date/clock-style';
import { defineContext } from './context';

const styleContext = defineContext<() => ClockStyle>('clock style');

/** The context a view rendered on its own needs to write in a given style (e.g. `render(DueEditor, { context })`). */
export function clockStyleContext(style: ClockStyle): Map<symbol, () => ClockStyle> {
  return styleContext.with(() => style);
}

/** `current` is read at each use, so a changed setting shows at the next render. */
export function provideClockStyle(current: () => ClockStyle): void {
  styleContext.set(current);
}

/** The style given to the app; the 24-hour clock, day before month, for a view rendered on its own. */
export function useClockStyle(): () => ClockStyle {
  return styleContext.get() ?? (() => DAY_FIRST_24_HOUR);
}
