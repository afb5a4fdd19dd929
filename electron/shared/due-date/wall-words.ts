/**
 * A wall time in the app's words, in the person's clock style (./clock-style): "17:00" or "5:00 PM",
 * "Mon 2 Dec" or "Mon, Dec 2". Hand-written rather than with date-fns' format() or Intl's month
 * names, which would read the process's zone or mix the system's language into the app's English.
 */
import type { ClockStyle } from './clock-style';
import { weekdayOf, type WallTime } from './zoned-time';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const LONG_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const pad = (value: number): string => String(value).padStart(2, '0');

/** "17:00", or "5:00 PM" on the 12-hour clock. */
export function clockWords(wall: WallTime, style: ClockStyle): string {
  if (!style.hour12) return `${pad(wall.hour)}:${pad(wall.minute)}`;
  const hour = wall.hour % 12 === 0 ? 12 : wall.hour % 12;
  return `${hour}:${pad(wall.minute)} ${wall.hour < 12 ? 'AM' : 'PM'}`;
}

/** "Mon": the short weekday. */
export function weekdayWords(wall: WallTime): string {
  return WEEKDAYS[weekdayOf(wall)] ?? '';
}

/** "Mon 2 Dec" or "Mon, Dec 2"; with `year`, "Mon 2 Dec 2027" or "Mon, Dec 2, 2027". */
export function dayWords(wall: WallTime, style: ClockStyle, year = false): string {
  const month = MONTHS[wall.month - 1] ?? '';
  if (style.monthFirst) return `${weekdayWords(wall)}, ${month} ${wall.day}${year ? `, ${wall.year}` : ''}`;
  return `${weekdayWords(wall)} ${wall.day} ${month}${year ? ` ${wall.year}` : ''}`;
}

/** "Tuesday 2 December 2025, 17:00" or "Tuesday, December 2, 2025, 5:00 PM". */
export function fullWords(wall: WallTime, style: ClockStyle): string {
  const weekday = LONG_WEEKDAYS[weekdayOf(wall)] ?? '';
  const month = LONG_MONTHS[wall.month - 1] ?? '';
  const date = style.monthFirst
    ? `${weekday}, ${month} ${wall.day}, ${wall.year}`
    : `${weekday} ${wall.day} ${month} ${wall.year}`;
  return `${date}, ${clockWords(wall, style)}`;
}

/** A date written without a time is stored as 00:00. */
export function isMidnight(wall: WallTime): boolean {
  return wall.hour === 0 && wall.minute === 0;
}
