import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../../../electron/core/due-date/parse-due-date';
import type { ParsedDue, ParseFailure } from '../../../../electron/shared/due-date/parsed-due';

const at = (nowIso: string, timeZone: string) => ({ now: new Date(nowIso), timeZone });

/** Thursday 3 December 2026, 14:00 in Berlin (winter, +01:00). */
const BERLIN_THU = at('2026-12-03T14:00:00+01:00', 'Europe/Berlin');

function parsed(input: string, context = BERLIN_THU): ParsedDue {
  const result = parseDueDate(input, context);
  if (!result.ok) throw new Error(`expected "${input}" to parse, got: ${result.message}`);
  return result;
}

function refused(input: string, context = BERLIN_THU): ParseFailure {
  const result = parseDueDate(input, context);
  if (result.ok) throw new Error(`expected "${input}" to be refused, got ${result.dueAt}`);
  return result;
}

describe('parseDueDate: the phrases people type', () => {
  it.each([
    ['tomorrow 5pm', '2026-12-04T17:00:00+01:00', 'Fri 4 Dec, 17:00 (Europe/Berlin)'],
    ['fri 9:30', '2026-12-04T09:30:00+01:00', 'Fri 4 Dec, 09:30 (Europe/Berlin)'],
    ['in 2 hours', '2026-12-03T16:00:00+01:00', 'Thu 3 Dec, 16:00 (Europe/Berlin)'],
    ['dec 5 9:30', '2026-12-05T09:30:00+01:00', 'Sat 5 Dec, 09:30 (Europe/Berlin)'],
    ['2026-12-03 17:00', '2026-12-03T17:00:00+01:00', 'Thu 3 Dec, 17:00 (Europe/Berlin)'],
    ['17:00', '2026-12-03T17:00:00+01:00', 'Thu 3 Dec, 17:00 (Europe/Berlin)'],
    ['5pm tomorrow', '2026-12-04T17:00:00+01:00', 'Fri 4 Dec, 17:00 (Europe/Berlin)'],
    ['due by fri 5pm', '2026-12-04T17:00:00+01:00', 'Fri 4 Dec, 17:00 (Europe/Berlin)'],
    ['3 December 2026 17:00', '2026-12-03T17:00:00+01:00', 'Thu 3 Dec, 17:00 (Europe/Berlin)'],
  ])('reads "%s" as %s', (input, dueAt, summary) => {
    const due = parsed(input);
    expect(due.dueAt).toBe(dueAt);
    expect(due.summary).toBe(summary);
    expect(due.timeDefaulted).toBe(false);
    expect(due.timeZone).toBe('Europe/Berlin');
  });

  it('gives a date without a time 09:00 and says the time was defaulted', () => {
    for (const [input, dueAt] of [
      ['friday', '2026-12-04T09:00:00+01:00'],
      ['dec 5', '2026-12-05T09:00:00+01:00'],
      ['2026-12-10', '2026-12-10T09:00:00+01:00'],
      ['in 2 days', '2026-12-05T09:00:00+01:00'],
      ['next fri', '2026-12-11T09:00:00+01:00'],
    ] as const) {
      const due = parsed(input);
      expect({ input, dueAt: due.dueAt, defaulted: due.timeDefaulted }).toEqual({ input, dueAt, defaulted: true });
    }
  });

  it('gives parts of the day fixed times, not the default', () => {
    const cases = [
      ['tomorrow morning', '2026-12-04T09:00:00+01:00'],
      ['tomorrow afternoon', '2026-12-04T15:00:00+01:00'],
      ['this evening', '2026-12-03T18:00:00+01:00'],
      ['tonight', '2026-12-03T20:00:00+01:00'],
      ['noon tomorrow', '2026-12-04T12:00:00+01:00'],
      ['midnight', '2026-12-04T00:00:00+01:00'],
    ] as const;
    for (const [input, dueAt] of cases) {
      const due = parsed(input);
      expect({ input, dueAt: due.dueAt, defaulted: due.timeDefaulted }).toEqual({ input, dueAt, defaulted: false });
    }
  });

  it('keeps a time already passed today as today and flags it as in the past', () => {
    const nineAm = parsed('9am');
    expect(nineAm.dueAt).toBe('2026-12-03T09:00:00+01:00');
    expect(nineAm.inPast).toBe(true);
    expect(parsed('noon').dueAt).toBe('2026-12-03T12:00:00+01:00');
    expect(parsed('today').inPast).toBe(true);
    expect(parsed('today').timeDefaulted).toBe(true);
    expect(parsed('17:00').inPast).toBe(false);
  });

  it('reads "now" as this minute, not in the past', () => {
    const due = parsed('now', at('2026-12-03T14:00:42+01:00', 'Europe/Berlin'));
    expect(due.dueAt).toBe('2026-12-03T14:00:00+01:00');
    expect(due.inPast).toBe(false);
  });

  it('drops the seconds of "in 2 hours"', () => {
    expect(parsed('in 2 hours', at('2026-12-03T14:03:27+01:00', 'Europe/Berlin')).dueAt).toBe(
      '2026-12-03T16:03:00+01:00',
    );
  });

  it('reads hours without am/pm on the 24-hour clock', () => {
    expect(parsed('fri at 5').dueAt).toBe('2026-12-04T05:00:00+01:00');
  });

  it('moves a month and day already passed this year into next year, and says the year', () => {
    const due = parsed('jan 5');
    expect(due.dueAt).toBe('2027-01-05T09:00:00+01:00');
    expect(due.summary).toBe('Tue 5 Jan 2027, 09:00 (Europe/Berlin)');
    expect(parsed('nov 30 10:00').dueAt).toBe('2027-11-30T10:00:00+01:00');
  });

  it("keeps today's month and day in this year", () => {
    expect(parsed('dec 3 9:30').dueAt).toBe('2026-12-03T09:30:00+01:00');
    expect(parsed('dec 3 9:30').inPast).toBe(true);
  });

  it('keeps an explicit year, even a past one (flagged)', () => {
    const due = parsed('dec 3 2025 17:00');
    expect(due.dueAt).toBe('2025-12-03T17:00:00+01:00');
    expect(due.inPast).toBe(true);
  });

  it('reads "next week" as Monday of next week, like the preset', () => {
    expect(parsed('next week').dueAt).toBe('2026-12-07T09:00:00+01:00');
  });

  it('takes an offset written in the input as exact and shows it in the chosen zone', () => {
    expect(parsed('2026-12-03T17:00:00+05:30').dueAt).toBe('2026-12-03T12:30:00+01:00');
    expect(parsed('2026-12-03T17:00Z').dueAt).toBe('2026-12-03T18:00:00+01:00');
  });
});

describe('parseDueDate: weekday names', () => {
  const FRIDAY = at('2026-12-04T10:00:00+01:00', 'Europe/Berlin');
  const MONDAY = at('2026-11-30T10:00:00+01:00', 'Europe/Berlin');
  const SUNDAY = at('2026-12-06T10:00:00+01:00', 'Europe/Berlin');
  const day = (input: string, context: ReturnType<typeof at>) => parsed(input, context).dueAt.slice(0, 10);

  it('reads a bare weekday as the next such day after today', () => {
    expect(day('fri', BERLIN_THU)).toBe('2026-12-04');
    expect(day('fri', FRIDAY)).toBe('2026-12-11');
    expect(day('fri', MONDAY)).toBe('2026-12-04');
    expect(day('thursday', BERLIN_THU)).toBe('2026-12-10');
    expect(day('monday', SUNDAY)).toBe('2026-12-07');
  });

  it('reads "this fri" as this week\'s, today included', () => {
    expect(day('this fri', FRIDAY)).toBe('2026-12-04');
    expect(day('this fri', MONDAY)).toBe('2026-12-04');
  });

  it('reads "next fri" as the Friday of next week (weeks start on Monday)', () => {
    expect(day('next fri', BERLIN_THU)).toBe('2026-12-11');
    expect(day('next fri', MONDAY)).toBe('2026-12-11');
    expect(day('next fri', SUNDAY)).toBe('2026-12-11');
    expect(day('next monday', SUNDAY)).toBe('2026-12-07');
  });

  it('reads "last fri" as a past date and flags it', () => {
    const due = parsed('last fri', FRIDAY);
    expect(due.dueAt.slice(0, 10)).toBe('2026-11-27');
    expect(due.inPast).toBe(true);
  });
});

describe('parseDueDate: numeric dates', () => {
  it.each(['3/12', '12/3/2026', '3.12.', '3.12.2026', '3-12'])(
    'refuses "%s", where day and month could be swapped, and says both readings',
    (input) => {
      const failure = refused(input);
      expect(failure.reason).toBe('ambiguous_numeric_date');
      expect(failure.message).toMatch(/could be \d+ \w{3} or \d+ \w{3}/);
    },
  );

  it('says both readings of "3/12" in words', () => {
    expect(refused('3/12').message).toBe(
      '“3/12” could be 3 Dec or 12 Mar. Write the month as a word, like “3 Dec”, or the date as year-month-day, like 2026-12-03.',
    );
  });

  it('accepts numeric dates that can only be read one way', () => {
    expect(parsed('13/12').dueAt).toBe('2026-12-13T09:00:00+01:00');
    expect(parsed('12/13').dueAt).toBe('2026-12-13T09:00:00+01:00');
    expect(parsed('2026/12/10').dueAt).toBe('2026-12-10T09:00:00+01:00');
  });
});

describe('parseDueDate: what it refuses, in words, without guessing', () => {
  it.each(['asdf', 'the 45th', 'feb 30', '2026-02-30', '25:00', 'soonish'])('refuses "%s"', (input) => {
    const failure = refused(input);
    expect(failure.reason).toBe('not_understood');
    expect(failure.message).toContain(`“${input}”`);
  });

  it('refuses a date with words it could not read instead of ignoring them', () => {
    const failure = refused('tomorrow asdf');
    expect(failure.reason).toBe('extra_text');
    expect(failure.message).toContain('“asdf”');
    expect(refused('tomorrow 25:00').reason).toBe('extra_text');
    expect(refused('mon 9').reason).toBe('extra_text');
  });

  it('refuses two dates and a range', () => {
    expect(refused('tomorrow and fri').reason).toBe('several_dates');
    expect(refused('fri to mon').reason).toBe('range');
  });

  it('refuses empty input with a hint', () => {
    expect(refused('   ')).toEqual({
      ok: false,
      reason: 'empty',
      message: 'Type a due date, like “tomorrow 5pm” or “fri 9:30”.',
    });
  });

  it('refuses a time zone the computer does not know', () => {
    const failure = refused('tomorrow', at('2026-12-03T14:00:00Z', 'Mars/Olympus_Mons'));
    expect(failure.reason).toBe('unknown_time_zone');
    expect(failure.message).toContain('Mars/Olympus_Mons');
  });
});
