/**
 * A due date in words, in local time, short enough for a row of the popover:
 * - overdue by days: "1 day overdue", "3 days overdue" (calendar days, not 24-hour spans);
 * - earlier today: "Overdue since 14:00";
 * - later today: "Today 17:00";
 * - tomorrow: "Tomorrow 09:00", or "Tomorrow" for a date without a time (stored as 00:00);
 * - after that: "Mon 2 Dec 17:00", "Mon 2 Dec" at 00:00, with the year when it is not this one.
 * English words and the 24-hour clock, as the due-date editor writes them, in the zone passed in
 * (the snapshot's); days and times come from the one zone module (./due-date/zoned-time).
 */
import { dayWords, fullWords, clockWords, isMidnight } from './due-date/wall-words';
import { dateKey, wallTimeAt, type WallTime } from './due-date/zoned-time';
import { dueDay, instantOf, localDays, type LocalDays } from './grouping';

export interface DueWords {
  /** The row's label: "Today 17:00", "3 days overdue". */
  label: string;
  /** Past due: shown in red. */
  overdue: boolean;
  /** The whole date and time, for a tooltip: "Tuesday 2 December 2025, 17:00". */
  full: string;
}

/** Labels many due dates against one `now`: the day boundaries are worked out once. */
export function dueLabeler(now: Date, timeZone: string): (dueAt: string) => DueWords | null {
  const days = localDays(now, timeZone);
  const today = wallTimeAt(days.now, timeZone);
  return (dueAt) => {
    const ms = instantOf(dueAt);
    return Number.isNaN(ms) ? null : describe(ms, wallTimeAt(ms, timeZone), days, today);
  };
}

function describe(ms: number, due: WallTime, days: LocalDays, today: WallTime): DueWords {
  const full = fullWords(due);
  switch (dueDay(ms, days)) {
    case 'Overdue': {
      const count = Math.round((dateKey(today) - dateKey(due)) / 86_400_000);
      return { label: `${count} ${count === 1 ? 'day' : 'days'} overdue`, overdue: true, full };
    }
    case 'Today':
      return ms < days.now
        ? { label: `Overdue since ${clockWords(due)}`, overdue: true, full }
        : { label: `Today ${clockWords(due)}`, overdue: false, full };
    case 'Tomorrow':
      return { label: isMidnight(due) ? 'Tomorrow' : `Tomorrow ${clockWords(due)}`, overdue: false, full };
    case 'Later': {
      const date = `${dayWords(due)}${due.year === today.year ? '' : ` ${due.year}`}`;
      return { label: isMidnight(due) ? date : `${date} ${clockWords(due)}`, overdue: false, full };
    }
  }
}
