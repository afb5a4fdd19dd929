/**
 * Moments in the popover's lines ("updated 14:02", "paused until Wed 3 Dec 09:00"), written in the
 * snapshot's zone with the same words as due dates, so every time in the popover is in one zone.
 */
import { clockWords, dayWords } from '../../electron/shared/due-date/wall-words';
import { calendarDaysBetween, wallTimeAt } from '../../electron/shared/due-date/zoned-time';

/** "14:02" for an ISO time in the zone; nothing for a time that cannot be read. */
export function clockTime(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : clockWords(wallTimeAt(ms, timeZone));
}

/** "15:00" on the same day as `nowMs` in the zone, "Wed 3 Dec 09:00" on another day. */
export function dayAndTime(iso: string, nowMs: number, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const wall = wallTimeAt(ms, timeZone);
  return calendarDaysBetween(nowMs, ms, timeZone) === 0 ? clockWords(wall) : `${dayWords(wall)} ${clockWords(wall)}`;
}
