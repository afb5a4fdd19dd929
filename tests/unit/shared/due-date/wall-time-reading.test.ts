// The wall clock is read from the formatter's text for speed; it must say exactly what the
// formatter's parts say, in zones east and west, across DST changes and far from today.
import { describe, expect, it } from 'vitest';
import { wallTimeAt } from '../../../../electron/shared/due-date/zoned-time';

function byParts(ms: number, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(ms);
  const wanted = ['year', 'month', 'day', 'hour', 'minute', 'second'];
  return Object.fromEntries(
    parts.filter((part) => wanted.includes(part.type)).map((part) => [part.type, Number(part.value)]),
  );
}

describe('wallTimeAt', () => {
  it('agrees with the formatter’s parts every 37 minutes through a year with DST changes', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC']) {
      for (
        let ms = Date.parse('2026-01-01T00:00:00Z');
        ms < Date.parse('2027-01-01T00:00:00Z');
        ms += 37 * 60_000 * 11
      ) {
        expect(wallTimeAt(ms, zone)).toEqual(byParts(ms, zone));
      }
    }
  });

  it('reads years of any length, also before year 1 as the formatter’s parts do', () => {
    expect(wallTimeAt(Date.parse('0050-06-01T12:00:00Z'), 'UTC')).toEqual({
      year: 50,
      month: 6,
      day: 1,
      hour: 12,
      minute: 0,
      second: 0,
    });
    expect(wallTimeAt(Date.UTC(20000, 0, 2, 3, 4, 5), 'UTC')).toEqual({
      year: 20000,
      month: 1,
      day: 2,
      hour: 3,
      minute: 4,
      second: 5,
    });
    const beforeYearOne = Date.UTC(-10, 4, 6, 7, 8, 9);
    expect(wallTimeAt(beforeYearOne, 'UTC')).toEqual(byParts(beforeYearOne, 'UTC'));
  });
});
