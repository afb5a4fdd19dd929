// This process runs in a zone unlike the ones the service is told about: reminders must follow the
// zone they are given (the machine's), never whatever the process happens to run in.
process.env.TZ = 'Asia/Kolkata';

import { describe, expect, it } from 'vitest';
import { tomorrowMorning } from '../../../../electron/shared/reminder-times';
import { dueInWords } from '../../../../electron/core/reminders/reminder-words';
import { FakeClock } from '../support/fake-clock';
import { HOUR, MINUTE, openItem, reminderFixture } from '../support/reminder-fixture';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

describe('reminders across DST and zone changes', () => {
  it('fires a 60-minute lead exactly one real hour before a due time just after the spring-forward jump', async () => {
    // Berlin, 29 March 2026: 02:00 CET jumps to 03:00 CEST. Due 03:30 CEST = 01:30 UTC.
    const due = new Date('2026-03-29T03:30:00+02:00');
    const clock = new FakeClock(new Date('2026-03-28T22:00:00Z'));
    const { service, notifier } = reminderFixture({ clock, leadMinutes: 60, timeZone: BERLIN });
    await service.start([openItem('After the jump', due)]);
    await clock.runTo(due.getTime() - HOUR - 1);
    expect(notifier.shown).toEqual([]);
    await clock.runTo(due.getTime() - HOUR);
    expect(new Date(clock.now()).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(notifier.shown.map((s) => s.request.body)).toEqual(['Due in 1 hour at 03:30']);
  });

  it('reminds once for a due time in the repeated hour when clocks fall back', async () => {
    // Berlin, 25 October 2026: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice. Due: the second one.
    const due = new Date('2026-10-25T02:30:00+01:00');
    const clock = new FakeClock(new Date('2026-10-24T23:00:00Z'));
    const { service, notifier } = reminderFixture({ clock, leadMinutes: 30, timeZone: BERLIN });
    await service.start([openItem('Repeated hour', due)]);
    await clock.runTo(due.getTime() + 3 * HOUR);
    expect(notifier.shown.map((s) => s.request.body)).toEqual(['Due in 30 minutes at 02:30']);
    expect(clock.now() - due.getTime()).toBe(3 * HOUR);
  });

  it('keeps the instant and changes only the words when the machine moves to another zone', async () => {
    let zone = BERLIN;
    const due = new Date('2026-11-30T17:00:00+01:00');
    const clock = new FakeClock(new Date('2026-11-30T12:00:00Z'));
    const { service, notifier } = reminderFixture({ clock, leadMinutes: 15, timeZone: () => zone });
    await service.start([openItem('Flight lands', due)]);
    zone = NEW_YORK;
    service.wake();
    await clock.runTo(due.getTime() - 15 * MINUTE);
    expect(notifier.shown.map((s) => s.request.body)).toEqual(['Due in 15 minutes at 11:00']);
  });

  it('snoozes until 09:00 local tomorrow, one hour sooner across the spring-forward night', () => {
    const evening = Date.parse('2026-03-28T20:00:00+01:00');
    expect(new Date(tomorrowMorning(evening, BERLIN)).toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(tomorrowMorning(evening, BERLIN) - evening).toBe(12 * HOUR);
  });

  it('snoozes until 09:00 local tomorrow across the fall-back night and a month end', () => {
    const evening = Date.parse('2026-10-31T22:00:00-04:00');
    // New York falls back on 1 November 2026; 09:00 EST is 14:00 UTC.
    expect(new Date(tomorrowMorning(evening, NEW_YORK)).toISOString()).toBe('2026-11-01T14:00:00.000Z');
  });

  it('names days by the given zone, not by UTC', () => {
    const now = Date.parse('2026-11-30T23:30:00Z'); // already 1 December in Berlin
    expect(dueInWords(Date.parse('2026-12-01T08:00:00Z'), now, BERLIN, DAY_FIRST_24_HOUR)).toBe('Due at 09:00');
    expect(dueInWords(Date.parse('2026-12-01T08:00:00Z'), now, 'UTC', DAY_FIRST_24_HOUR)).toBe('Due tomorrow at 08:00');
  });
});
