import { describe, expect, it } from 'vitest';
import { pushDueByDays } from '../../../../electron/shared/due-date/push-due';

describe('pushDueByDays keeps the local wall time', () => {
  it('moves 17:00 to 17:00 the next day across spring-forward (23 hours later)', () => {
    expect(pushDueByDays('2026-03-28T16:00:00Z', 1, 'Europe/Berlin')).toEqual({
      ok: true,
      value: '2026-03-29T17:00:00+02:00',
    });
  });

  it('moves 17:00 to 17:00 the next day across fall-back (25 hours later)', () => {
    expect(pushDueByDays('2026-10-24T17:00:00+02:00', 1, 'Europe/Berlin')).toEqual({
      ok: true,
      value: '2026-10-25T17:00:00+01:00',
    });
    expect(pushDueByDays('2026-10-31T17:00:00-07:00', 1, 'America/Los_Angeles')).toEqual({
      ok: true,
      value: '2026-11-01T17:00:00-08:00',
    });
  });

  it('moves a wall time skipped on the new day forward past the jump', () => {
    expect(pushDueByDays('2026-03-28T02:30:00+01:00', 1, 'Europe/Berlin')).toEqual({
      ok: true,
      value: '2026-03-29T03:30:00+02:00',
    });
  });

  it('moves back a day and forward a week', () => {
    expect(pushDueByDays('2026-12-03T17:00:00+01:00', -1, 'Europe/Berlin')).toEqual({
      ok: true,
      value: '2026-12-02T17:00:00+01:00',
    });
    expect(pushDueByDays('2026-12-28T09:00:00+05:30', 7, 'Asia/Kolkata')).toEqual({
      ok: true,
      value: '2027-01-04T09:00:00+05:30',
    });
  });

  it('reads the stored UTC value in the chosen zone', () => {
    // 23:30 UTC is 00:30 next day in Berlin: one day later is 00:30 on the 5th.
    expect(pushDueByDays('2026-12-03T23:30:00.000Z', 1, 'Europe/Berlin')).toEqual({
      ok: true,
      value: '2026-12-05T00:30:00+01:00',
    });
  });

  it('refuses what is not a date-time with an offset, fractional days and unknown zones, in words', () => {
    for (const [due, days, zone] of [
      ['2026-12-03', 1, 'Europe/Berlin'],
      ['2026-12-03T17:00:00', 1, 'Europe/Berlin'],
      ['tomorrow', 1, 'Europe/Berlin'],
      ['2026-12-03T17:00:00Z', 0.5, 'Europe/Berlin'],
      ['2026-12-03T17:00:00Z', 1, 'Nowhere/City'],
    ] as const) {
      const result = pushDueByDays(due, days, zone);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.kind).toBe('invalid_input');
        expect(result.error.message.length).toBeGreaterThan(10);
      }
    }
  });
});
