// One item due at a wall time that a DST change skips or repeats, seen by every part that speaks of
// days: the checklist's sections, its due label, the tray and the reminder. All follow the zone they
// are given, with the one rule of the zone module (a skipped time moves forward by the jump, a repeated
// one is the earlier); the process runs in a third zone so that using its own would show.
process.env.TZ = 'Asia/Kolkata';

import { describe, expect, it } from 'vitest';
import { buildTrayView, type TrayActions } from '../../../../electron/core/tray/tray-view';
import { instantOfWall, startOfDayIn, type DstResolution } from '../../../../electron/shared/due-date/zoned-time';
import { dueLabeler } from '../../../../electron/shared/due-label';
import { groupItems } from '../../../../electron/shared/grouping';
import { FakeClock } from '../../core/support/fake-clock';
import { itemView } from '../../support/items';
import { HOUR, openItem, reminderFixture } from '../../core/support/reminder-fixture';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

/** One label through dueLabeler, the app's way to label due dates; "" when it cannot be read. */
function dueLabel(dueAt: string, now: Date, timeZone: string): string {
  return dueLabeler(now, timeZone, DAY_FIRST_24_HOUR)(dueAt)?.label ?? '';
}

const noop = (): void => undefined;
const actions: TrayActions = {
  open: noop,
  quickEdit: noop,
  refresh: noop,
  toggleItem: noop,
  pauseReminders: noop,
  signOut: noop,
  quit: noop,
};

interface Case {
  zone: string;
  what: string;
  /** The wall time the item is due at, as the user wrote it. */
  due: { year: number; month: number; day: number; hour: number; minute: number };
  dst: DstResolution;
  /** The instant the rule gives. */
  dueIso: string;
  /** A moment earlier that same local day. */
  nowIso: string;
  /** The wall clock every part names. */
  clock: string;
}

const CASES: Case[] = [
  {
    zone: 'Europe/Berlin',
    what: '02:30 on the spring-forward night (skipped: 03:30 CEST)',
    due: { year: 2026, month: 3, day: 29, hour: 2, minute: 30 },
    dst: 'moved_forward',
    dueIso: '2026-03-29T01:30:00.000Z',
    nowIso: '2026-03-28T23:10:00.000Z', // 00:10 CET
    clock: '03:30',
  },
  {
    zone: 'Europe/Berlin',
    what: '02:30 on the fall-back night (repeated: the first, in CEST)',
    due: { year: 2026, month: 10, day: 25, hour: 2, minute: 30 },
    dst: 'earlier_of_two',
    dueIso: '2026-10-25T00:30:00.000Z',
    nowIso: '2026-10-24T22:10:00.000Z', // 00:10 CEST
    clock: '02:30',
  },
  {
    zone: 'America/New_York',
    what: '02:30 on the spring-forward night (skipped: 03:30 EDT)',
    due: { year: 2026, month: 3, day: 8, hour: 2, minute: 30 },
    dst: 'moved_forward',
    dueIso: '2026-03-08T07:30:00.000Z',
    nowIso: '2026-03-08T05:10:00.000Z', // 00:10 EST
    clock: '03:30',
  },
  {
    zone: 'America/New_York',
    what: '01:30 on the fall-back night (repeated: the first, in EDT)',
    due: { year: 2026, month: 11, day: 1, hour: 1, minute: 30 },
    dst: 'earlier_of_two',
    dueIso: '2026-11-01T05:30:00.000Z',
    nowIso: '2026-11-01T04:10:00.000Z', // 00:10 EDT
    clock: '01:30',
  },
];

describe.each(CASES)('an item due $what in $zone', (c) => {
  const resolved = instantOfWall({ ...c.due, second: 0 }, c.zone);
  const dueAt = new Date(resolved.ms).toISOString();
  const now = new Date(c.nowIso);

  it('becomes one instant by the zone module’s rule', () => {
    expect(resolved).toEqual({ ms: Date.parse(c.dueIso), dst: c.dst });
  });

  it('is today, at the same clock time, in the checklist and its label', () => {
    const sections = groupItems([itemView('x', { dueAt })], now, c.zone);
    expect(sections.map((section) => section.name)).toEqual(['Today']);
    expect(dueLabel(dueAt, now, c.zone)).toBe(`Today ${c.clock}`);
  });

  it('is due today, at the same clock time, in the tray', () => {
    const view = buildTrayView(
      {
        items: [itemView('x', { description: 'x', dueAt })],
        now,
        timeZone: c.zone,
        style: DAY_FIRST_24_HOUR,
        connected: true,
        remindersPausedUntil: null,
        shortcutWarning: null,
      },
      actions,
    );
    expect([view.overdue, view.dueToday]).toEqual([0, 1]);
    expect(view.menu.filter((entry) => entry.kind === 'checkbox').map((entry) => entry.label)).toEqual([
      `x — Today ${c.clock}`,
    ]);
  });

  it('is reminded an hour of real time before, naming the same clock time', async () => {
    const clock = new FakeClock(now);
    const { service, notifier } = reminderFixture({ clock, leadMinutes: 60, timeZone: c.zone });
    await service.start([openItem('x', dueAt)]);
    await clock.runTo(resolved.ms - HOUR - 1);
    expect(notifier.shown).toEqual([]);
    await clock.runTo(resolved.ms - HOUR);
    expect(notifier.shown.map((shown) => shown.request.body)).toEqual([`Due in 1 hour at ${c.clock}`]);
  });

  it('is past due in all of them once the instant has passed, and still under Today', async () => {
    const after = new Date(resolved.ms + 60_000);
    expect(groupItems([itemView('x', { dueAt })], after, c.zone).map((section) => section.name)).toEqual(['Today']);
    expect(dueLabel(dueAt, after, c.zone)).toBe(`Due ${c.clock}`);
    const view = buildTrayView(
      {
        items: [itemView('x', { dueAt })],
        now: after,
        timeZone: c.zone,
        style: DAY_FIRST_24_HOUR,
        connected: true,
        remindersPausedUntil: null,
        shortcutWarning: null,
      },
      actions,
    );
    expect([view.overdue, view.dueToday]).toEqual([1, 0]);
  });
});

describe('a day whose midnight is skipped', () => {
  it('starts at the end of the jump (Santiago, 6 September 2026: 00:00 becomes 01:00)', () => {
    const noon = Date.parse('2026-09-06T16:00:00Z');
    expect(new Date(startOfDayIn(noon, 'America/Santiago')).toISOString()).toBe('2026-09-06T04:00:00.000Z');
    const justAfter = new Date(Date.parse('2026-09-06T04:00:00Z'));
    expect(dueLabel('2026-09-06T04:00:00Z', new Date(justAfter.getTime() - 60_000), 'America/Santiago')).toBe(
      'Tomorrow 01:00',
    );
  });
});
