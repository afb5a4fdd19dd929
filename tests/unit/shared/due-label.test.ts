import { describe, expect, it } from 'vitest';
import { dueLabeler } from '../../../electron/shared/due-label';

/** One label through dueLabeler, the app's way to label due dates; "" when it cannot be read. */
function dueLabel(dueAt: string, now: Date, timeZone: string): string {
  return dueLabeler(now, timeZone)(dueAt)?.label ?? '';
}

/** The zone the local dates below are written in: the process's own. */
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Tuesday 2 December 2025, 14:30 local time. */
const NOW = new Date(2025, 11, 2, 14, 30);
const local = (month: number, day: number, hour = 0, minute = 0, year = 2025) => new Date(year, month - 1, day, hour, minute).toISOString();

describe('dueLabel', () => {
  it('says "Today" with the time for later today', () => {
    expect(dueLabel(local(12, 2, 17, 0), NOW, ZONE)).toBe('Today 17:00');
    expect(dueLabel(local(12, 2, 23, 59), NOW, ZONE)).toBe('Today 23:59');
  });

  it('says since when an item due earlier today is overdue', () => {
    expect(dueLabel(local(12, 2, 14, 0), NOW, ZONE)).toBe('Overdue since 14:00');
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

  it('names weekday, day and month after tomorrow, the time when there is one', () => {
    expect(dueLabel(local(12, 8, 0, 0), NOW, ZONE)).toBe('Mon 8 Dec');
    expect(dueLabel(local(12, 4, 17, 45), NOW, ZONE)).toBe('Thu 4 Dec 17:45');
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
    const label = dueLabeler(NOW, ZONE);
    expect(label(local(12, 2, 14, 0))).toEqual({ label: 'Overdue since 14:00', overdue: true, full: 'Tuesday 2 December 2025, 14:00' });
    expect(label(local(12, 2, 15, 0))?.overdue).toBe(false);
    expect(label(local(11, 30, 9, 5))).toMatchObject({ overdue: true, full: 'Sunday 30 November 2025, 09:05' });
    expect(label('garbage')).toBeNull();
  });
});
