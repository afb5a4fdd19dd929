// The tray counts calendar days in the zone it is given (the snapshot's, Berlin here, with a DST
// change); the process runs in another zone so that using its own would show.
process.env.TZ = 'Asia/Kolkata';

import { describe, expect, it } from 'vitest';
import type { ItemView } from '../../../../electron/shared/action-item';
import { itemView } from '../../support/items';
import { buildTrayView, TRAY_LABELS, type TrayActions } from '../../../../electron/core/tray/tray-view';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

const item = (id: string, dueAt: string): ItemView => itemView(id, { description: id, dueAt, createdAt: null });
const noop = (): void => undefined;
const paused: number[] = [];
const actions: TrayActions = {
  open: noop,
  quickEdit: noop,
  refresh: noop,
  toggleItem: noop,
  signOut: noop,
  quit: noop,
  pauseReminders: (until) => {
    if (until !== null) paused.push(until);
  },
};

describe('tray view on the spring-forward day in Berlin', () => {
  // 29 March 2026 has 23 hours in Berlin.
  const now = new Date('2026-03-29T12:00:00+02:00');

  it('counts today by the local calendar day, not by 24 hours', () => {
    const view = buildTrayView(
      {
        now,
        timeZone: 'Europe/Berlin',
        style: DAY_FIRST_24_HOUR,
        connected: true,
        remindersPausedUntil: null,
        shortcutWarning: null,
        items: [
          item('late tonight', '2026-03-29T23:59:00+02:00'),
          item('just after midnight', '2026-03-30T00:01:00+02:00'),
          item('this morning', '2026-03-29T01:30:00+01:00'),
        ],
      },
      actions,
    );
    expect(view.dueToday).toBe(1);
    expect(view.overdue).toBe(1);
    expect(view.tooltip).toBe('Omi Tray — 1 past due, 1 due today');
    const checkboxes = view.menu.filter((entry) => entry.kind === 'checkbox').map((entry) => entry.label);
    expect(checkboxes).toEqual([
      'this morning — Today 01:30',
      'late tonight — Today 23:59',
      'just after midnight — Tomorrow 00:01',
    ]);
  });

  it('pauses until 09:00 local the next morning', () => {
    const view = buildTrayView(
      {
        now: new Date('2026-03-28T20:00:00+01:00'),
        timeZone: 'Europe/Berlin',
        style: DAY_FIRST_24_HOUR,
        connected: true,
        remindersPausedUntil: null,
        shortcutWarning: null,
        items: [],
      },
      actions,
    );
    view.menu.find((entry) => entry.label === TRAY_LABELS.pauseTomorrow)?.run?.();
    expect(paused.map((ms) => new Date(ms).toISOString())).toEqual(['2026-03-29T07:00:00.000Z']);
  });
});
