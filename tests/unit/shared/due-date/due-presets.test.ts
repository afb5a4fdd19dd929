import { describe, expect, it } from 'vitest';
import { duePresets, type DuePreset } from '../../../../electron/shared/due-date/due-presets';

const presets = (nowIso: string, timeZone = 'Europe/Berlin'): Record<string, string> =>
  Object.fromEntries(duePresets(new Date(nowIso), timeZone).map((preset: DuePreset) => [preset.id, preset.due.dueAt]));

describe('due date presets', () => {
  it('offers Later today, Tomorrow morning and Next week with labels and summaries', () => {
    const list = duePresets(new Date('2026-12-03T14:10:00+01:00'), 'Europe/Berlin');
    expect(list.map((preset) => [preset.id, preset.label, preset.due.summary])).toEqual([
      ['later_today', 'Later today', 'Thu 3 Dec, 17:30 (Europe/Berlin)'],
      ['tomorrow_morning', 'Tomorrow morning', 'Fri 4 Dec, 09:00 (Europe/Berlin)'],
      ['next_week', 'Next week', 'Mon 7 Dec, 09:00 (Europe/Berlin)'],
    ]);
    expect(list.map((preset) => preset.due.dueAt)).toEqual([
      '2026-12-03T17:30:00+01:00',
      '2026-12-04T09:00:00+01:00',
      '2026-12-07T09:00:00+01:00',
    ]);
  });

  it('rounds Later today up to the next half hour, and not at all when already on one', () => {
    expect(presets('2026-12-03T14:00:00+01:00').later_today).toBe('2026-12-03T17:00:00+01:00');
    expect(presets('2026-12-03T14:30:00+01:00').later_today).toBe('2026-12-03T17:30:00+01:00');
    expect(presets('2026-12-03T14:30:01+01:00').later_today).toBe('2026-12-03T18:00:00+01:00');
  });

  it('rounds on the local clock in a half-hour zone', () => {
    expect(presets('2026-12-03T10:10:00+05:30', 'Asia/Kolkata').later_today).toBe('2026-12-03T13:30:00+05:30');
  });

  it('offers Later today up to 21:00 and leaves it out after that', () => {
    expect(presets('2026-12-03T18:00:00+01:00').later_today).toBe('2026-12-03T21:00:00+01:00');
    const evening = duePresets(new Date('2026-12-03T18:01:00+01:00'), 'Europe/Berlin');
    expect(evening.map((preset) => preset.id)).toEqual(['tomorrow_morning', 'next_week']);
    const lateNight = duePresets(new Date('2026-12-03T23:00:00+01:00'), 'Europe/Berlin');
    expect(lateNight.map((preset) => preset.id)).toEqual(['tomorrow_morning', 'next_week']);
  });

  it('counts three real hours across the spring-forward jump', () => {
    // 00:10 CET + 3 h = 04:10 CEST, rounded to 04:30.
    expect(presets('2026-03-29T00:10:00+01:00').later_today).toBe('2026-03-29T04:30:00+02:00');
  });

  it('puts Tomorrow morning at 09:00 local on the next calendar day, across DST too', () => {
    expect(presets('2026-03-28T20:00:00+01:00').tomorrow_morning).toBe('2026-03-29T09:00:00+02:00');
    expect(presets('2026-12-04T00:30:00+01:00').tomorrow_morning).toBe('2026-12-05T09:00:00+01:00');
  });

  it('puts Next week on Monday of next week: a week ahead on a Monday, tomorrow on a Sunday', () => {
    expect(presets('2026-11-30T10:00:00+01:00').next_week).toBe('2026-12-07T09:00:00+01:00');
    expect(presets('2026-12-06T10:00:00+01:00').next_week).toBe('2026-12-07T09:00:00+01:00');
    expect(presets('2026-12-03T10:00:00-08:00', 'America/Los_Angeles').next_week).toBe('2026-12-07T09:00:00-08:00');
  });
});
