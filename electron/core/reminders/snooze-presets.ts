/**
 * The choices offered for Snooze (delay the local reminder) and for Pause reminders. Both only move
 * local reminder times; neither ever touches an item's due_at. The times come from shared/reminder-times,
 * which the popover's choices use too.
 */
import { ONE_HOUR_MS, TEN_MINUTES_MS, tomorrowMorning } from '../../shared/reminder-times';

export type SnoozePresetId = 'ten_minutes' | 'one_hour' | 'tomorrow_morning';

export interface SnoozePreset {
  id: SnoozePresetId;
  label: string;
  untilMs: number;
}

export function snoozePresets(nowMs: number, timeZone: string): SnoozePreset[] {
  return [
    { id: 'ten_minutes', label: '10 minutes', untilMs: nowMs + TEN_MINUTES_MS },
    { id: 'one_hour', label: '1 hour', untilMs: nowMs + ONE_HOUR_MS },
    { id: 'tomorrow_morning', label: 'Tomorrow morning', untilMs: tomorrowMorning(nowMs, timeZone) },
  ];
}
