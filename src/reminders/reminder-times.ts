/**
 * The popover's snooze and pause choices. Both only move this computer's reminders; neither ever
 * touches an item's due date (that is Change due date). Worked out in the snapshot's zone, as the core's are
 * (electron/shared/reminder-times).
 */
import type { ClockStyle } from '../../electron/shared/due-date/clock-style';
import { clockWords } from '../../electron/shared/due-date/wall-words';
import { MORNING_HOUR, ONE_HOUR_MS, TEN_MINUTES_MS, tomorrowMorning } from '../../electron/shared/reminder-times';

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

/** Settings' verbs, under its Reminders heading: "Pause for 1 hour", "Pause until tomorrow 09:00" (or "9:00 AM"). */
export function pauseChoices(nowMs: number, timeZone: string, style: ClockStyle): TimeChoice[] {
  const morning = clockWords({ year: 2000, month: 1, day: 1, hour: MORNING_HOUR, minute: 0, second: 0 }, style);
  return [
    { label: 'Pause for 1 hour', untilMs: nowMs + ONE_HOUR_MS },
    { label: `Pause until tomorrow ${morning}`, untilMs: tomorrowMorning(nowMs, timeZone) },
  ];
}

/** The ISO form the IPC contract takes. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
