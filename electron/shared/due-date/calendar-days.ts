/**
 * Which calendar day a weekday name means. Weeks start on Monday.
 * - "fri", "on fri": the next Friday after today (on a Friday that is a week later; "today" says today).
 * - "this fri": this week's Friday, today included; once it has passed, the coming one.
 * - "next fri": the Friday of next week (on a Thursday that is 8 days away, not tomorrow).
 * - "last fri": the most recent Friday before today (a past date, flagged as such).
 */
import { addDaysToWall, weekdayOf, type WallTime } from './zoned-time';

export type WeekdayModifier = 'none' | 'this' | 'next' | 'last';

type WallDate = Pick<WallTime, 'year' | 'month' | 'day'>;

const toDate = (wall: WallTime): WallDate => ({ year: wall.year, month: wall.month, day: wall.day });

function shiftDate(date: WallDate, days: number): WallDate {
  return toDate(addDaysToWall({ ...date, hour: 0, minute: 0, second: 0 }, days));
}

/** Monday = 1 … Sunday = 7. */
function isoWeekday(date: WallDate): number {
  return weekdayOf(date) || 7;
}

export function mondayOfNextWeek(today: WallDate): WallDate {
  return shiftDate(today, 8 - isoWeekday(today));
}

/** `weekday`: 0 = Sunday … 6 = Saturday, as chrono gives it. */
export function dateOfWeekday(today: WallDate, weekday: number, modifier: WeekdayModifier): WallDate {
  const target = weekday || 7;
  const current = isoWeekday(today);
  switch (modifier) {
    case 'none':
      return shiftDate(today, ((target - current + 6) % 7) + 1);
    case 'this':
      return shiftDate(today, (target - current + 7) % 7);
    case 'next':
      return shiftDate(mondayOfNextWeek(today), target - 1);
    case 'last':
      return shiftDate(today, -(((current - target + 6) % 7) + 1));
  }
}

export function weekdayModifierIn(phrase: string): WeekdayModifier {
  const lower = phrase.toLowerCase();
  if (/\b(?:last|past|previous)\b/.test(lower)) return 'last';
  if (/\bnext\b/.test(lower)) return 'next';
  if (/\bthis\b/.test(lower)) return 'this';
  return 'none';
}
