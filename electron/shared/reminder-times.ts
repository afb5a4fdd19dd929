/**
 * The times the Snooze and Pause choices lead to, for the tray, the notifications and the popover
 * alike. They only move this computer's reminders, never an item's due date (that is Change due date).
 * "Tomorrow morning" is a wall time in the zone passed in, made an instant by the one zone module's
 * daylight-saving rule.
 */
import { addDaysToWall, instantOfWall, wallTimeAt } from './due-date/zoned-time';

export const MORNING_HOUR = 9;
export const TEN_MINUTES_MS = 10 * 60_000;
export const ONE_HOUR_MS = 60 * 60_000;

/** 09:00 on the next calendar day in `timeZone` (also when asked in the small hours: "tomorrow" is what the label says). */
export function tomorrowMorning(nowMs: number, timeZone: string): number {
  const today = wallTimeAt(nowMs, timeZone);
  const morning = addDaysToWall(
    { year: today.year, month: today.month, day: today.day, hour: MORNING_HOUR, minute: 0, second: 0 },
    1,
  );
  return instantOfWall(morning, timeZone).ms;
}
