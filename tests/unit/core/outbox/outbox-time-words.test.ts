/** When the outbox's line says a wait ends: the same day, tomorrow or a date, in calendar days of the user's zone. */
import { describe, expect, it } from 'vitest';
import { timeWords } from '../../../../electron/core/outbox/outbox-status';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

const BERLIN = 'Europe/Berlin';

describe('timeWords', () => {
  // Wednesday 2 December 2026, 23:30 in Berlin.
  const now = Date.parse('2026-12-02T22:30:00Z');

  it('says the time alone today, "tomorrow" for the next calendar day, the weekday within the week, then the date', () => {
    expect(timeWords(Date.parse('2026-12-02T22:50:00Z'), now, BERLIN, DAY_FIRST_24_HOUR)).toBe('at 23:50');
    expect(timeWords(Date.parse('2026-12-02T23:10:00Z'), now, BERLIN, DAY_FIRST_24_HOUR)).toBe('tomorrow at 00:10');
    expect(timeWords(Date.parse('2026-12-04T08:00:00Z'), now, BERLIN, DAY_FIRST_24_HOUR)).toBe('Fri at 09:00');
    expect(timeWords(Date.parse('2026-12-14T08:00:00Z'), now, BERLIN, DAY_FIRST_24_HOUR)).toBe('Mon 14 Dec at 09:00');
    expect(timeWords(Date.parse('2026-12-14T08:00:00Z'), now, BERLIN, { hour12: true, monthFirst: true })).toBe(
      'Mon, Dec 14 at 9:00 AM',
    );
  });

  it('counts calendar days in the zone, not 24-hour spans, on the 25-hour day summer time ends', () => {
    // Sunday 25 October 2026, 00:30 summer time; the next morning is tomorrow, though more than 24 hours away.
    const autumn = Date.parse('2026-10-24T22:30:00Z');
    expect(timeWords(Date.parse('2026-10-25T22:30:00Z'), autumn, BERLIN, DAY_FIRST_24_HOUR)).toBe('at 23:30');
    expect(timeWords(Date.parse('2026-10-26T08:00:00Z'), autumn, BERLIN, DAY_FIRST_24_HOUR)).toBe('tomorrow at 09:00');
  });
});
