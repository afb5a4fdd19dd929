import { describe, expect, it } from 'vitest';
import { clockTime, dayAndTime } from '../../../../src/lib/time-words';

// Friday 4 December 2026, 23:30 UTC: already Saturday in Berlin and in Tokyo, still Friday in New York.
const NOW = Date.parse('2026-12-04T23:30:00Z');

describe('clockTime', () => {
  it('writes the time in the zone it is given, not the machine\'s', () => {
    expect(clockTime('2026-12-04T13:05:00Z', 'Europe/Berlin')).toBe('14:05');
    expect(clockTime('2026-12-04T13:05:00Z', 'Asia/Tokyo')).toBe('22:05');
    expect(clockTime('2026-12-04T13:05:00Z', 'America/New_York')).toBe('08:05');
  });

  it('follows summer time', () => {
    expect(clockTime('2026-07-01T13:05:00Z', 'Europe/Berlin')).toBe('15:05');
  });

  it('writes nothing for a time that cannot be read', () => {
    expect(clockTime('not a time', 'Europe/Berlin')).toBe('');
  });
});

describe('dayAndTime', () => {
  it('writes the time alone when it falls on the same day as now in the zone', () => {
    expect(dayAndTime('2026-12-05T08:00:00Z', NOW, 'Europe/Berlin')).toBe('09:00');
  });

  it('names the day when it falls on another day in the zone', () => {
    expect(dayAndTime('2026-12-05T08:00:00Z', NOW, 'America/New_York')).toBe('Sat 5 Dec 03:00');
    expect(dayAndTime('2026-12-04T22:00:00Z', NOW, 'Europe/Berlin')).toBe('Fri 4 Dec 23:00');
  });

  it('writes nothing for a time that cannot be read', () => {
    expect(dayAndTime('', NOW, 'Europe/Berlin')).toBe('');
  });
});
