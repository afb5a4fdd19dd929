import { describe, expect, it } from 'vitest';
import {
  asOfWords,
  dueInWords,
  groupedReminder,
  singleReminder,
} from '../../../../electron/core/reminders/reminder-words';
import type { DueReminder } from '../../../../electron/core/reminders/reminder-plan';
import { openItem } from '../support/reminder-fixture';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

const now = Date.parse('2026-11-30T12:00:00Z');
const words = (iso: string): string => dueInWords(Date.parse(iso), now, 'UTC', DAY_FIRST_24_HOUR);

describe('reminder words', () => {
  it.each([
    ['2026-11-30T12:00:00Z', 'Due at 12:00'],
    ['2026-11-30T12:01:00Z', 'Due in 1 minute at 12:01'],
    ['2026-11-30T12:15:00Z', 'Due in 15 minutes at 12:15'],
    ['2026-11-30T13:00:00Z', 'Due in 1 hour at 13:00'],
    ['2026-11-30T17:00:00Z', 'Due at 17:00'],
    ['2026-12-01T09:00:00Z', 'Due tomorrow at 09:00'],
    ['2026-12-07T09:00:00Z', 'Due Mon 7 Dec at 09:00'],
    ['2026-11-30T11:50:00Z', 'Was due 10 minutes ago'],
    ['2026-11-30T11:59:00Z', 'Was due 1 minute ago'],
    ['2026-11-30T09:00:00Z', 'Was due at 09:00'],
    ['2026-11-29T17:00:00Z', 'Was due yesterday at 17:00'],
    ['2026-11-27T17:00:00Z', 'Was due Fri 27 Nov at 17:00'],
  ])('says when %s is due: "%s"', (due, expected) => {
    expect(words(due)).toBe(expected);
  });

  it('says how old an unchecked list is: a time today, yesterday, or a day before', () => {
    const now = Date.parse('2026-03-04T10:00:00Z');
    const end = '; Omi Tray could not check it with Omi just now.';
    expect(asOfWords(Date.parse('2026-03-04T08:05:00Z'), now, 'Europe/Berlin', DAY_FIRST_24_HOUR)).toBe(
      `Your list is as of 09:05${end}`,
    );
    expect(asOfWords(Date.parse('2026-03-03T21:30:00Z'), now, 'Europe/Berlin', DAY_FIRST_24_HOUR)).toBe(
      `Your list is as of yesterday at 22:30${end}`,
    );
    expect(asOfWords(Date.parse('2026-03-01T12:00:00Z'), now, 'Europe/Berlin', DAY_FIRST_24_HOUR)).toBe(
      `Your list is as of Sun 1 Mar at 13:00${end}`,
    );
  });

  it('titles a reminder with the description on one line, cut when long', () => {
    const reminder: DueReminder = {
      item: openItem(`Prepare\nthe ${'very '.repeat(40)}long report`, '2026-11-30T12:00:00Z'),
      remindAt: now,
      dueMs: now,
      late: false,
    };
    const request = singleReminder(reminder, now, 'UTC', DAY_FIRST_24_HOUR);
    expect(request.title).not.toContain('\n');
    expect(request.title.length).toBeLessThanOrEqual(80);
    expect(request.title.endsWith('…')).toBe(true);
  });

  it('names at most three items in a grouped catch-up', () => {
    const late = ['a', 'b', 'c', 'd', 'e'].map<DueReminder>((name) => ({
      item: openItem(name, '2026-11-30T09:00:00Z'),
      remindAt: now,
      dueMs: now,
      late: true,
    }));
    expect(groupedReminder(late, 'away')).toEqual({
      title: '5 items fell due while you were away',
      body: 'a\nb\nc\nand 2 more',
      itemId: null,
      actions: false,
    });
  });
});
