import { describe, expect, it } from 'vitest';
import { clockStyleFor, DAY_FIRST_24_HOUR, type ClockChoice } from '../../../../electron/shared/due-date/clock-style';
import { whenAt } from '../../../../electron/shared/due-date/when-words';

describe('clockStyleFor', () => {
  const cases: [string, ClockChoice, boolean, boolean][] = [
    // locale, Settings choice, 12-hour?, month first?
    ['en-US', 'system', true, true],
    ['en-GB', 'system', false, false],
    ['de-DE', 'system', false, false],
    ['en-AU', 'system', true, false],
    ['ja-JP', 'system', false, true],
    ['en-US', '24-hour', false, true],
    ['en-GB', '12-hour', true, false],
  ];
  it.each(cases)('%s with the clock set to %s: 12-hour %s, month first %s', (locale, choice, hour12, monthFirst) => {
    expect(clockStyleFor(locale, choice)).toEqual({ hour12, monthFirst });
  });

  it('falls back to the 24-hour clock, day before month, for a locale it cannot read', () => {
    expect(clockStyleFor('', 'system')).toEqual(DAY_FIRST_24_HOUR);
    expect(clockStyleFor('not a locale!', 'system')).toEqual(DAY_FIRST_24_HOUR);
  });
});

describe('whenAt', () => {
  // Wednesday 2 December 2026, 10:00 in UTC.
  const now = Date.parse('2026-12-02T10:00:00Z');
  const us = clockStyleFor('en-US', 'system');
  const gb = clockStyleFor('en-GB', 'system');
  const cases: [string, string, string][] = [
    ['2026-12-02T17:00:00Z', 'Today 17:00', 'Today 5:00 PM'],
    ['2026-12-02T00:30:00Z', 'Today 00:30', 'Today 12:30 AM'],
    ['2026-12-03T12:00:00Z', 'Tomorrow 12:00', 'Tomorrow 12:00 PM'],
    ['2026-12-01T23:59:00Z', 'Yesterday 23:59', 'Yesterday 11:59 PM'],
    ['2026-12-04T09:05:00Z', 'Fri 09:05', 'Fri 9:05 AM'],
    ['2026-12-08T09:05:00Z', 'Tue 09:05', 'Tue 9:05 AM'],
    ['2026-12-09T09:05:00Z', 'Wed 9 Dec 09:05', 'Wed, Dec 9 9:05 AM'],
    ['2026-11-27T09:05:00Z', 'Fri 27 Nov 09:05', 'Fri, Nov 27 9:05 AM'],
    ['2027-01-04T09:05:00Z', 'Mon 4 Jan 2027 09:05', 'Mon, Jan 4, 2027 9:05 AM'],
  ];
  it.each(cases)('writes %s as "%s" or "%s"', (iso, inGb, inUs) => {
    const words = (style: typeof us) => {
      const when = whenAt(Date.parse(iso), now, 'UTC', style);
      return `${when.day} ${when.time}`;
    };
    expect(words(gb)).toBe(inGb);
    expect(words(us)).toBe(inUs);
  });

  it('counts days in the zone it is given', () => {
    // 23:30 UTC on 2 December is already 3 December in Tokyo.
    expect(whenAt(Date.parse('2026-12-02T23:30:00Z'), now, 'Asia/Tokyo', gb)).toMatchObject({
      days: 1,
      day: 'Tomorrow',
      time: '08:30',
    });
  });
});
