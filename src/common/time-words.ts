/**
 * Moments in the popover's lines ("updated 14:02", "paused until tomorrow 09:00"), written in the
 * snapshot's zone and clock style by the one formatter (electron/shared/due-date/when-words).
 */
import type { ClockStyle } from '../../electron/shared/due-date/clock-style';
import { DEFAULT_DUE_HOUR } from '../../electron/shared/due-date/parsed-due';
import { clockWords } from '../../electron/shared/due-date/wall-words';
import { whenAt, whenInSentence } from '../../electron/shared/due-date/when-words';

/** "14:02" (or "2:02 PM") for an ISO time in the zone; nothing for a time that cannot be read. */
export function clockTime(iso: string, timeZone: string, style: ClockStyle): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : whenAt(ms, ms, timeZone, style).time;
}

/** "15:00" on the same day as `nowMs` in the zone, "tomorrow 09:00", "Fri 09:00", "Mon 14 Dec 09:00". */
export function dayAndTime(iso: string, nowMs: number, timeZone: string, style: ClockStyle): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : whenInSentence(whenAt(ms, nowMs, timeZone, style));
}

/**
 * A due date being chosen, as a row would write it: "Tomorrow 17:00", "Fri 9:30 AM",
 * "Mon 14 Dec 09:00". The zone is the computer's (the snapshot's), so it is not named.
 */
export function dueChoice(iso: string, nowMs: number, timeZone: string, style: ClockStyle): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const when = whenAt(ms, nowMs, timeZone, style);
  return `${when.day} ${when.time}`;
}

/** The time a date said without one is due at: "09:00" or "9:00 AM". */
export function defaultDueTime(style: ClockStyle): string {
  return clockWords({ year: 2000, month: 1, day: 1, hour: DEFAULT_DUE_HOUR, minute: 0, second: 0 }, style);
}
