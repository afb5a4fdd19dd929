import { describe, expect, it } from 'vitest';
import { DAY_FIRST_24_HOUR, type ClockStyle } from '../../../../electron/shared/due-date/clock-style';
import { clockTime, dayAndTime, defaultDueTime, dueChoice } from '../../../../src/common/time-words';

// Friday 4 December 2026, 23:30 UTC: already Saturday in Berlin and in Tokyo, still Friday in New York.
const NOW = Date.parse('2026-12-04T23:30:00Z');
const GB = DAY_FIRST_24_HOUR;
const US: ClockStyle = { hour12: true, monthFirst: true };

describe('clockTime', () => {
  it("writes the time in the zone it is given, not the machine's", () => {
    expect(clockTime('2026-12-04T13:05:00Z', 'Europe/Berlin', GB)).toBe('14:05');
    expect(clockTime('2026-12-04T13:05:00Z', 'Asia/Tokyo', GB)).toBe('22:05');
    expect(clockTime('2026-12-04T13:05:00Z', 'America/New_York', GB)).toBe('08:05');
  });

  it('writes the 12-hour clock where the person uses it', () => {
    expect(clockTime('2026-12-04T13:05:00Z', 'Europe/Berlin', US)).toBe('2:05 PM');
  });

  it('follows summer time', () => {
    expect(clockTime('2026-07-01T13:05:00Z', 'Europe/Berlin', GB)).toBe('15:05');
  });

  it('writes nothing for a time that cannot be read', () => {
    expect(clockTime('not a time', 'Europe/Berlin', GB)).toBe('');
  });
});

describe('dayAndTime', () => {
  it('writes the time alone when it falls on the same day as now in the zone', () => {
    expect(dayAndTime('2026-12-05T08:00:00Z', NOW, 'Europe/Berlin', GB)).toBe('09:00');
  });

  it('says tomorrow or yesterday in words, a weekday within the week, then day and month', () => {
    expect(dayAndTime('2026-12-05T08:00:00Z', NOW, 'America/New_York', GB)).toBe('tomorrow 03:00');
    expect(dayAndTime('2026-12-04T22:00:00Z', NOW, 'Europe/Berlin', GB)).toBe('yesterday 23:00');
    expect(dayAndTime('2026-12-08T08:00:00Z', NOW, 'Europe/Berlin', GB)).toBe('Tue 09:00');
    expect(dayAndTime('2026-12-14T08:00:00Z', NOW, 'Europe/Berlin', GB)).toBe('Mon 14 Dec 09:00');
    expect(dayAndTime('2026-12-14T08:00:00Z', NOW, 'Europe/Berlin', US)).toBe('Mon, Dec 14 9:00 AM');
  });

  it('writes nothing for a time that cannot be read', () => {
    expect(dayAndTime('', NOW, 'Europe/Berlin', GB)).toBe('');
  });
});

describe('dueChoice', () => {
  it("writes a chosen due date as a row does, in the person's clock, without naming the zone", () => {
    expect(dueChoice('2026-12-05T16:00:00Z', NOW, 'Europe/Berlin', GB)).toBe('Today 17:00');
    expect(dueChoice('2026-12-06T16:00:00Z', NOW, 'Europe/Berlin', US)).toBe('Tomorrow 5:00 PM');
    expect(dueChoice('2026-12-14T08:00:00Z', NOW, 'Europe/Berlin', US)).toBe('Mon, Dec 14 9:00 AM');
    expect(dueChoice('2027-01-04T08:00:00Z', NOW, 'Europe/Berlin', GB)).toBe('Mon 4 Jan 2027 09:00');
  });

  it('writes the time a date said without one gets', () => {
    expect(defaultDueTime(GB)).toBe('09:00');
    expect(defaultDueTime(US)).toBe('9:00 AM');
  });
});
