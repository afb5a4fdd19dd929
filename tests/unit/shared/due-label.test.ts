import { describe, expect, it } from 'vitest';
import { dueLabeler } from '../../../electron/shared/due-label';
import { DAY_FIRST_24_HOUR } from '../../../electron/shared/due-date/clock-style';

/** One label through dueLabeler, the app's way to label due dates; "" when it cannot be read. */
function dueLabel(dueAt: string, now: Date, timeZone: string): string {
  return dueLabeler(now, timeZone, DAY_FIRST_24_HOUR)(dueAt)?.label ?? '';
}

/** The zone the local dates below are written in: the process's own. */
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Tuesday 2 December 2025, 14:30 local time. */
const NOW = new Date(2025, 11, 2, 14, 30);
const local = (month: number, day: number, hour = 0, minute = 0, year = 2025) =>
  new Date(year, month - 1, day, hour, minute).toISOString();

describe('dueLabel', () => {
  it('says "Today" with the time for later today', () => {
    expect(dueLabel(local(12, 2, 17, 0), NOW, ZONE)).toBe('Today 17:00');
    expect(dueLabel(local(12, 2, 23, 59), NOW, ZONE)).toBe('Today 23:59');
  });

  it('says "Due" in the first hour after the due time, then since when it is overdue', () => {
    expect(dueLabel(local(12, 2, 14, 0), NOW, ZONE)).toBe('Due 14:00');
    expect(dueLabel(local(12, 2, 13, 31), NOW, ZONE)).toBe('Due 13:31');
    expect(dueLabel(local(12, 2, 13, 30), NOW, ZONE)).toBe('Overdue since 13:30');
    expect(dueLabel(local(12, 2, 0, 0), NOW, ZONE)).toBe('Overdue since 00:00');
  });

  it('counts overdue days in calendar days', () => {
    expect(dueLabel(local(12, 1, 23, 59), NOW, ZONE)).toBe('1 day overdue');
    expect(dueLabel(local(11, 29, 12, 0), NOW, ZONE)).toBe('3 days overdue');
    expect(dueLabel(local(11, 29, 18, 0), NOW, ZONE)).toBe('3 days overdue');
  });

  it('says "Tomorrow" with the time, or alone for a date without a time', () => {
    expect(dueLabel(local(12, 3, 9, 0), NOW, ZONE)).toBe('Tomorrow 09:00');
    expect(dueLabel(local(12, 3, 0, 0), NOW, ZONE)).toBe('Tomorrow');
  });

  it('names the weekday up to a week ahead, then weekday, day and month, the time when there is one', () => {
    expect(dueLabel(local(12, 4, 17, 45), NOW, ZONE)).toBe('Thu 17:45');
    expect(dueLabel(local(12, 8, 0, 0), NOW, ZONE)).toBe('Mon');
    expect(dueLabel(local(12, 9, 0, 0), NOW, ZONE)).toBe('Tue 9 Dec');
    expect(dueLabel(local(12, 11, 17, 45), NOW, ZONE)).toBe('Thu 11 Dec 17:45');
  });

  it('adds the year when it is not this one', () => {
    expect(dueLabel(local(1, 5, 0, 0, 2026), NOW, ZONE)).toBe('Mon 5 Jan 2026');
  });

  it('reads UTC times from the API in local time', () => {
    const due = new Date(2025, 11, 2, 17, 0);
    expect(dueLabel(due.toISOString(), NOW, ZONE)).toBe('Today 17:00');
  });

  it('gives nothing for a value that is not a date', () => {
    expect(dueLabel('soon', NOW, ZONE)).toBe('');
  });
});

describe('dueLabeler', () => {
  it('marks only past due dates as overdue and spells out the whole date', () => {
    const label = dueLabeler(NOW, ZONE, DAY_FIRST_24_HOUR);
    expect(label(local(12, 2, 13, 0))).toEqual({
      label: 'Overdue since 13:00',
      overdue: true,
      full: 'Tuesday 2 December 2025, 13:00',
    });
    expect(label(local(12, 2, 14, 0))).toEqual({
      label: 'Due 14:00',
      overdue: true,
      full: 'Tuesday 2 December 2025, 14:00',
    });
    expect(label(local(12, 2, 15, 0))?.overdue).toBe(false);
    expect(label(local(11, 30, 9, 5))).toMatchObject({ overdue: true, full: 'Sunday 30 November 2025, 09:05' });
    expect(label('garbage')).toBeNull();
  });
});

describe("the person's clock", () => {
  const US = { hour12: true, monthFirst: true };
  const cases: [string, string, string, string][] = [
    // due (local), 24-hour day first, 12-hour month first, what it is
    [local(12, 2, 17, 0), 'Today 17:00', 'Today 5:00 PM', 'later today'],
    [local(12, 2, 14, 6), 'Due 14:06', 'Due 2:06 PM', 'in the first hour after'],
    [local(12, 2, 9, 15), 'Overdue since 09:15', 'Overdue since 9:15 AM', 'more than an hour after'],
    [local(12, 3, 0, 5), 'Tomorrow 00:05', 'Tomorrow 12:05 AM', 'just after midnight'],
    [local(12, 3, 12, 0), 'Tomorrow 12:00', 'Tomorrow 12:00 PM', 'noon'],
    [local(12, 5, 9, 30), 'Fri 09:30', 'Fri 9:30 AM', 'within the week'],
    [local(12, 12, 18, 0), 'Fri 12 Dec 18:00', 'Fri, Dec 12 6:00 PM', 'beyond the week'],
    [local(12, 12, 0, 0), 'Fri 12 Dec', 'Fri, Dec 12', 'a date without a time'],
    [local(1, 5, 0, 0, 2026), 'Mon 5 Jan 2026', 'Mon, Jan 5, 2026', 'next year'],
  ];
  it.each(cases)('writes %s as %s or %s (%s)', (dueAt, gb, us) => {
    expect(dueLabeler(NOW, ZONE, DAY_FIRST_24_HOUR)(dueAt)?.label).toBe(gb);
    expect(dueLabeler(NOW, ZONE, US)(dueAt)?.label).toBe(us);
  });

  it('spells out the whole date in the same order', () => {
    expect(dueLabeler(NOW, ZONE, US)(local(12, 2, 17, 0))?.full).toBe('Tuesday, December 2, 2025, 5:00 PM');
  });
});
