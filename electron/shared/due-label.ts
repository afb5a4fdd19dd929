/**
 * A due date in words, in local time, short enough for a row of the popover:
 * - overdue by days: "1 day overdue", "3 days overdue" (calendar days, not 24-hour spans);
 * - earlier today: "Overdue since 14:00";
 * - later today: "Today 17:00";
 * - tomorrow: "Tomorrow 09:00", or "Tomorrow" for a date without a time (stored as 00:00);
 * - after that: "Mon 2 Dec 17:00", "Mon 2 Dec" at 00:00, with the year when it is not this one.
 * English words and the 24-hour clock, as the due-date editor writes them. Hand-formatted rather
 * than with date-fns' format(), which would bring its whole locale into the popover bundle.
 */
import { differenceInCalendarDays } from 'date-fns';
import { dueDay, instantOf, localDays, type LocalDays } from './grouping';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (value: number): string => String(value).padStart(2, '0');
const clock = (date: Date): string => `${pad(date.getHours())}:${pad(date.getMinutes())}`;
const isMidnight = (date: Date): boolean => date.getHours() === 0 && date.getMinutes() === 0;

export interface DueWords {
  /** The row's label: "Today 17:00", "3 days overdue". */
  label: string;
  /** Past due: shown in red. */
  overdue: boolean;
  /** The whole date and time, for a tooltip: "Tuesday 2 December 2025, 17:00". */
  full: string;
}

/** Labels many due dates against one `now`: the day boundaries are worked out once. */
export function dueLabeler(now: Date): (dueAt: string) => DueWords | null {
  const days = localDays(now);
  const thisYear = now.getFullYear();
  return (dueAt) => {
    const ms = instantOf(dueAt);
    return Number.isNaN(ms) ? null : describe(new Date(ms), days, now, thisYear);
  };
}

function describe(due: Date, days: LocalDays, now: Date, thisYear: number): DueWords {
  const ms = due.getTime();
  const full = `${LONG_WEEKDAYS[due.getDay()]} ${due.getDate()} ${LONG_MONTHS[due.getMonth()]} ${due.getFullYear()}, ${clock(due)}`;
  switch (dueDay(ms, days)) {
    case 'Overdue': {
      const count = differenceInCalendarDays(now, due);
      return { label: `${count} ${count === 1 ? 'day' : 'days'} overdue`, overdue: true, full };
    }
    case 'Today':
      return ms < days.now
        ? { label: `Overdue since ${clock(due)}`, overdue: true, full }
        : { label: `Today ${clock(due)}`, overdue: false, full };
    case 'Tomorrow':
      return { label: isMidnight(due) ? 'Tomorrow' : `Tomorrow ${clock(due)}`, overdue: false, full };
    case 'Later': {
      const year = due.getFullYear() === thisYear ? '' : ` ${due.getFullYear()}`;
      const date = `${WEEKDAYS[due.getDay()]} ${due.getDate()} ${MONTHS[due.getMonth()]}${year}`;
      return { label: isMidnight(due) ? date : `${date} ${clock(due)}`, overdue: false, full };
    }
  }
}

/** The label for one due date (an ISO time); "" when it cannot be read. */
export function dueLabel(dueAt: string, now: Date): string {
  return dueLabeler(now)(dueAt)?.label ?? '';
}
