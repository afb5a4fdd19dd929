// The book's pause, seen from outside: what the popover is told, what reminders.json keeps, and in
// which words reminders held back by it arrive.
import { describe, expect, it } from 'vitest';
import { ReminderBook } from '../../../../electron/core/reminders/reminder-book';
import { HOUR, MINUTE } from '../support/reminder-fixture';

const T0 = Date.parse('2026-12-01T10:00:00Z');

describe('ReminderBook pause', () => {
  it('is off at first: late reminders were missed while away', () => {
    const book = new ReminderBook();
    expect(book.state(T0).pausedUntil).toBeNull();
    expect(book.lateReason()).toBe('away');
  });

  it('holds reminders back until its end, then says they fell due while paused, once', () => {
    const book = new ReminderBook();
    book.pauseUntil(T0 + HOUR, T0, null);
    expect(book.isPaused(T0 + 30 * MINUTE)).toBe(true);
    expect(book.state(T0).pausedUntil).toBe('2026-12-01T11:00:00.000Z');
    expect(book.toStored().pausedUntil).toBe('2026-12-01T11:00:00.000Z');
    expect(book.plan(T0 + 30 * MINUTE, 0)).toEqual({ due: [], nextAt: T0 + HOUR });
    expect(book.endPauseIfOver(T0 + 30 * MINUTE)).toBe(false);
    expect(book.endPauseIfOver(T0 + HOUR)).toBe(true);
    expect(book.lateReason()).toBe('paused');
    expect(book.toStored().pausedUntil).toBeNull();
    book.passDone(T0 + HOUR, null);
    expect(book.lateReason()).toBe('away');
  });

  it('ends when resumed, and a resume without a pause changes nothing', () => {
    const book = new ReminderBook();
    book.pauseUntil(null, T0, null);
    expect(book.lateReason()).toBe('away');
    book.pauseUntil(T0 + HOUR, T0, null);
    book.pauseUntil(null, T0 + MINUTE, null);
    expect(book.state(T0 + MINUTE).pausedUntil).toBeNull();
    expect(book.lateReason()).toBe('paused');
  });

  it('keeps a pause asked for before the stored one was loaded', () => {
    const book = new ReminderBook();
    book.pauseUntil(T0 + HOUR, T0, null);
    book.load({
      version: 1,
      watchedUntil: new Date(T0).toISOString(),
      pausedUntil: '2026-12-02T10:00:00.000Z',
      snoozed: {},
      delivered: {},
    });
    expect(book.state(T0).pausedUntil).toBe('2026-12-01T11:00:00.000Z');
  });
});
