/**
 * A due date in words, in local time, short enough for a row of the popover:
 * - overdue by days: "1 day overdue", "3 days overdue" (calendar days, not 24-hour spans);
 * - in the first hour after the due time: "Due 12:06"; later that day: "Overdue since 12:06";
 * - later today: "Today 17:00";
 * - tomorrow: "Tomorrow 09:00", or "Tomorrow" for a date without a time (stored as 00:00);
 * - within a week: "Fri 17:00"; after that "Mon 2 Dec 17:00", "Mon 2 Dec" at 00:00, with the year
 *   when it is not this one.
 * Days and times come from the one formatter (./due-date/when-words), in the zone and clock style passed in.
 */
import type { ClockStyle } from './due-date/clock-style';
import { wallTimeAt } from './due-date/zoned-time';
import { fullWords } from './due-date/wall-words';
import { whenOfWall, type When } from './due-date/when-words';
import { dueDay, instantOf, localDays } from './grouping';

/** How long after its due time an item reads "Due 12:06" before "Overdue since 12:06". */
export const DUE_GRACE_MS = 60 * 60_000;

export interface DueWords {
  /** The row's label: "Today 17:00", "3 days overdue". */
  label: string;
  /** Past due: shown in red. */
  overdue: boolean;
  /** The whole date and time, for a tooltip: "Tuesday 2 December 2025, 17:00". */
  full: string;
}

/** Labels many due dates against one `now`: the day boundaries are worked out once. */
export function dueLabeler(now: Date, timeZone: string, style: ClockStyle): (dueAt: string) => DueWords | null {
  const days = localDays(now, timeZone);
  const nowWall = wallTimeAt(days.now, timeZone);
  return (dueAt) => {
    const ms = instantOf(dueAt);
    if (Number.isNaN(ms)) return null;
    // Read once in the zone: the one costly step for each of 2,000 items.
    const wall = wallTimeAt(ms, timeZone);
    const when = whenOfWall(wall, nowWall, style);
    const full = fullWords(wall, style);
    switch (dueDay(ms, days)) {
      case 'Overdue':
        return { label: `${-when.days} ${when.days === -1 ? 'day' : 'days'} overdue`, overdue: true, full };
      case 'Today':
        return ms < days.now
          ? { label: sinceLabel(ms, days.now, when), overdue: true, full }
          : { label: `Today ${when.time}`, overdue: false, full };
      case 'Tomorrow':
      case 'Later':
        return { label: when.midnight ? when.day : `${when.day} ${when.time}`, overdue: false, full };
    }
  };
}

/** "Due 12:06" in the first hour after the due time, "Overdue since 12:06" after it. */
function sinceLabel(ms: number, nowMs: number, when: When): string {
  return nowMs - ms < DUE_GRACE_MS ? `Due ${when.time}` : `Overdue since ${when.time}`;
}
