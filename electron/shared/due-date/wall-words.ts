/**
 * A wall time in the app's words: the 24-hour clock and short English day names ("17:00",
 * "Mon 2 Dec"), as the due-date editor writes them. Hand-written rather than with date-fns' format(),
 * which reads the process's zone and would bring its locale into the popover bundle.
 */
import { weekdayOf, type WallTime } from './zoned-time';

export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const LONG_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const pad = (value: number): string => String(value).padStart(2, '0');

/** "17:00". */
export function clockWords(wall: WallTime): string {
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** "Mon": the short weekday. */
export function weekdayWords(wall: WallTime): string {
  return WEEKDAYS[weekdayOf(wall)] ?? '';
}

/** "Mon 2 Dec". */
export function dayWords(wall: WallTime): string {
  return `${weekdayWords(wall)} ${wall.day} ${MONTHS[wall.month - 1] ?? ''}`;
}

/** "Tuesday 2 December 2025, 17:00". */
export function fullWords(wall: WallTime): string {
  return `${LONG_WEEKDAYS[weekdayOf(wall)] ?? ''} ${wall.day} ${LONG_MONTHS[wall.month - 1] ?? ''} ${wall.year}, ${clockWords(wall)}`;
}

/** A date written without a time is stored as 00:00. */
export function isMidnight(wall: WallTime): boolean {
  return wall.hour === 0 && wall.minute === 0;
}
