/**
 * The choices offered for Snooze (delay the local reminder) and for Pause reminders. Both only move
 * local reminder times; neither ever touches an item's due_at. "Tomorrow morning" is a wall time in
 * the zone passed in, turned into an instant by the one zone module's DST rule.
 */
import { addDaysToWall, instantOfWall, wallTimeAt } from '../../shared/due-date/zoned-time';

export const MORNING_HOUR = 9;
export const TEN_MINUTES_MS = 10 * 60_000;
export const ONE_HOUR_MS = 60 * 60_000;

export type SnoozePresetId = 'ten_minutes' | 'one_hour' | 'tomorrow_morning';

export interface SnoozePreset {
  id: SnoozePresetId;
  label: string;
  untilMs: number;
}

/** 09:00 on the next local calendar day (also when asked in the small hours: "tomorrow" is what the label says). */
export function tomorrowMorning(nowMs: number, timeZone: string): number {
  const today = wallTimeAt(nowMs, timeZone);
  const morning = addDaysToWall({ year: today.year, month: today.month, day: today.day, hour: MORNING_HOUR, minute: 0, second: 0 }, 1);
  return instantOfWall(morning, timeZone).ms;
}

export function snoozePresets(nowMs: number, timeZone: string): SnoozePreset[] {
  return [
    { id: 'ten_minutes', label: '10 minutes', untilMs: nowMs + TEN_MINUTES_MS },
    { id: 'one_hour', label: '1 hour', untilMs: nowMs + ONE_HOUR_MS },
    { id: 'tomorrow_morning', label: 'Tomorrow morning', untilMs: tomorrowMorning(nowMs, timeZone) },
  ];
}
