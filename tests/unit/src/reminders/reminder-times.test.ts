import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tomorrowMorning } from '../../../../electron/shared/reminder-times';
import { isoTime, pauseChoices, snoozeChoices } from '../../../../src/reminders/reminder-times';

// The zone is passed in; the process runs in another one, so nothing leans on the machine's zone.
let zoneBefore: string | undefined;
beforeAll(() => {
  zoneBefore = process.env.TZ;
  process.env.TZ = 'Asia/Kolkata';
});
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

describe("the popover's snooze and pause choices", () => {
  it('snoozes 10 minutes, 1 hour or until 09:00 local tomorrow, named as the buttons say', () => {
    const now = Date.parse('2026-11-30T16:00:00Z'); // 17:00 in Berlin
    expect(snoozeChoices(now, 'Europe/Berlin').map((choice) => [choice.label, isoTime(choice.untilMs)])).toEqual([
      ['Snooze 10 minutes', '2026-11-30T16:10:00.000Z'],
      ['Snooze 1 hour', '2026-11-30T17:00:00.000Z'],
      ['Snooze until tomorrow morning', '2026-12-01T08:00:00.000Z'],
    ]);
  });

  it('means the next calendar day by tomorrow, also in the small hours and across the spring-forward night', () => {
    expect(isoTime(tomorrowMorning(Date.parse('2026-12-01T00:30:00Z'), 'Europe/Berlin'))).toBe(
      '2026-12-02T08:00:00.000Z',
    ); // 01:30 local
    expect(isoTime(tomorrowMorning(Date.parse('2026-03-28T22:30:00Z'), 'Europe/Berlin'))).toBe(
      '2026-03-29T07:00:00.000Z',
    ); // 09:00 CEST
  });

  it("pauses for an hour or until tomorrow morning, named in the person's clock", () => {
    const now = Date.parse('2026-11-30T16:00:00Z');
    expect(pauseChoices(now, 'Europe/Berlin', { hour12: false, monthFirst: false })).toEqual([
      { label: 'Pause for 1 hour', untilMs: now + 3_600_000 },
      { label: 'Pause until tomorrow 09:00', untilMs: Date.parse('2026-12-01T08:00:00Z') },
    ]);
    expect(pauseChoices(now, 'Europe/Berlin', { hour12: true, monthFirst: true })[1]?.label).toBe(
      'Pause until tomorrow 9:00 AM',
    );
  });
});
