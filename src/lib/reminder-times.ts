/**
 * The popover's snooze and pause choices. Both only move this computer's reminders; neither ever
 * touches an item's due date (that is Reschedule). Worked out in the page's local time, which is
 * the machine's, as the core's are.
 */
export const MORNING_HOUR = 9;
const TEN_MINUTES_MS = 10 * 60_000;
const ONE_HOUR_MS = 60 * 60_000;

export interface TimeChoice {
  /** The button's accessible name. */
  label: string;
  untilMs: number;
}

/** 09:00 on the next local calendar day (also in the small hours: "tomorrow" is what the label says). */
export function tomorrowMorning(nowMs: number): number {
  const now = new Date(nowMs);
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, MORNING_HOUR).getTime();
}

export function snoozeChoices(nowMs: number): TimeChoice[] {
  return [
    { label: 'Snooze 10 minutes', untilMs: nowMs + TEN_MINUTES_MS },
    { label: 'Snooze 1 hour', untilMs: nowMs + ONE_HOUR_MS },
    { label: 'Snooze until tomorrow morning', untilMs: tomorrowMorning(nowMs) },
  ];
}

export function pauseChoices(nowMs: number): TimeChoice[] {
  return [
    { label: 'Pause reminders for 1 hour', untilMs: nowMs + ONE_HOUR_MS },
    { label: 'Pause reminders until tomorrow morning', untilMs: tomorrowMorning(nowMs) },
  ];
}

/** The ISO form the IPC contract takes. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
