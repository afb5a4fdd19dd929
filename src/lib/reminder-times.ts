/**
 * The popover's snooze and pause choices. Both only move this computer's reminders; neither ever
 * touches an item's due date (that is Reschedule). Worked out in the snapshot's zone, as the core's are
 * (electron/shared/reminder-times).
 */
import { ONE_HOUR_MS, TEN_MINUTES_MS, tomorrowMorning } from '../../electron/shared/reminder-times';

export interface TimeChoice {
  /** The button's accessible name. */
  label: string;
  untilMs: number;
}

export function snoozeChoices(nowMs: number, timeZone: string): TimeChoice[] {
  return [
    { label: 'Snooze 10 minutes', untilMs: nowMs + TEN_MINUTES_MS },
    { label: 'Snooze 1 hour', untilMs: nowMs + ONE_HOUR_MS },
    { label: 'Snooze until tomorrow morning', untilMs: tomorrowMorning(nowMs, timeZone) },
  ];
}

export function pauseChoices(nowMs: number, timeZone: string): TimeChoice[] {
  return [
    { label: 'Pause reminders for 1 hour', untilMs: nowMs + ONE_HOUR_MS },
    { label: 'Pause reminders until tomorrow morning', untilMs: tomorrowMorning(nowMs, timeZone) },
  ];
}

/** The ISO form the IPC contract takes. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
