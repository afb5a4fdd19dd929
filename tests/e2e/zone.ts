/**
 * Specs that work with days and times run in an IANA zone of their choosing, whatever the machine's:
 * the app's core reads the test process's zone and Chromium inherits TZ when it starts, so both
 * agree. By default that is the zone where it is now about midday (`middayZone`), so "today" and
 * "tomorrow" never turn over under a spec. Expected words and `due_at` values are worked out here
 * with date-fns in the zone in force.
 */
import { addDays, differenceInCalendarDays, format, setHours, setMinutes, startOfDay } from 'date-fns';
import { test } from './fixtures';
import { middayZone } from './midday-zone';

/**
 * Sets TZ for the specs of the calling file and puts the old value back afterwards: `zone` when the
 * spec needs a named one, else the zone where it is about midday when the file starts.
 */
export function runInZone(zone?: string): void {
  let before: string | undefined;
  test.beforeAll(() => {
    before = process.env.TZ;
    process.env.TZ = zone ?? middayZone();
  });
  test.afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}

/** The local wall time `days` from today at hour:minute, in the zone now in force. */
export function localAt(days: number, hour: number, minute = 0): Date {
  return setMinutes(setHours(addDays(startOfDay(new Date()), days), hour), minute);
}

/**
 * A due date being chosen, as the editor and the new-item offer write it on the 24-hour clock, day
 * before month: "Today 17:00", "Tomorrow 17:00", "Fri 17:00" within the week, "Sat 12 Dec 09:00"
 * after (with the year when it is not this year).
 */
export function dueWords(date: Date): string {
  const days = differenceInCalendarDays(date, Date.now());
  const year = date.getFullYear() === new Date().getFullYear() ? '' : ` ${date.getFullYear()}`;
  const named = days === 0 ? 'Today' : days === 1 ? 'Tomorrow' : days === -1 ? 'Yesterday' : null;
  const day = named ?? (days > 1 && days < 7 ? format(date, 'EEE') : `${format(date, 'EEE d MMM')}${year}`);
  return `${day} ${format(date, 'HH:mm')}`;
}

/**
 * How the popover writes a moment in its lines ("paused until …") on the 24-hour clock: "17:00"
 * today, "tomorrow 00:15", "Fri 09:00" within the week, "Sat 12 Dec 00:15" after.
 */
export function popoverTime(ms: number): string {
  const days = differenceInCalendarDays(ms, Date.now());
  if (days === 0) return format(ms, 'HH:mm');
  if (days === 1) return `tomorrow ${format(ms, 'HH:mm')}`;
  return days > 1 && days < 7 ? format(ms, 'EEE HH:mm') : format(ms, 'EEE d MMM HH:mm');
}

/** "2026-12-05T17:00:00+01:00": what the app sends as `due_at`. */
export function dueAtSent(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm:ssxxx");
}
