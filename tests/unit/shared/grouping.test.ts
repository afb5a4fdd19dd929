import { describe, expect, it } from 'vitest';
import type { ItemView } from '../../../electron/shared/action-item';
import { groupItems, RECENT_COMPLETED_DAYS } from '../../../electron/shared/grouping';
import { itemView } from '../support/items';

/** The zone the local dates below are written in: the process's own. */
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Tuesday 2 December 2025, 14:30 local time: every date below is local too, so any TZ gives the same answer. */
const NOW = new Date(2025, 11, 2, 14, 30);
const at = (day: number, hour = 12, minute = 0) => new Date(2025, 11, day, hour, minute).toISOString();

const item = (id: string, fields: Partial<ItemView> = {}) => itemView(id, { createdAt: at(1), ...fields });

const layout = (items: ItemView[], now = NOW) =>
  groupItems(items, now, ZONE).map((section) => [section.name, section.items.map((entry) => entry.id)]);

describe('groupItems', () => {
  it('puts items into the six sections in their fixed order', () => {
    const items = [
      item('none', { dueAt: null }),
      item('later', { dueAt: at(9) }),
      item('done', { completed: true, completedAt: at(2, 8) }),
      item('tomorrow', { dueAt: at(3, 9) }),
      item('today', { dueAt: at(2, 17) }),
      item('overdue', { dueAt: at(1, 18) }),
    ];
    expect(layout(items)).toEqual([
      ['Overdue', ['overdue']],
      ['Today', ['today']],
      ['Tomorrow', ['tomorrow']],
      ['Later', ['later']],
      ['No due date', ['none']],
      ['Completed', ['done']],
    ]);
  });

  it('leaves out sections with nothing in them', () => {
    expect(layout([item('a', { dueAt: at(9) })])).toEqual([['Later', ['a']]]);
    expect(groupItems([], NOW, ZONE)).toEqual([]);
  });

  it("uses local calendar days, and a due time already passed today stays under Today (as on Omi's phone)", () => {
    const items = [
      item('this-morning', { dueAt: at(2, 0, 0) }),
      item('last-minute-of-yesterday', { dueAt: new Date(2025, 11, 1, 23, 59).toISOString() }),
      item('last-minute-of-today', { dueAt: new Date(2025, 11, 2, 23, 59).toISOString() }),
      item('tomorrow-midnight', { dueAt: at(3, 0, 0) }),
      item('day-after-midnight', { dueAt: at(4, 0, 0) }),
    ];
    expect(layout(items)).toEqual([
      ['Overdue', ['last-minute-of-yesterday']],
      ['Today', ['this-morning', 'last-minute-of-today']],
      ['Tomorrow', ['tomorrow-midnight']],
      ['Later', ['day-after-midnight']],
    ]);
  });

  it('orders open items by due time, then newest created first, then by id', () => {
    const items = [
      item('late', { dueAt: at(2, 18) }),
      item('early-old', { dueAt: at(2, 15), createdAt: at(1, 8) }),
      item('early-new', { dueAt: at(2, 15), createdAt: at(2, 8) }),
      item('b-same', { dueAt: at(2, 16), createdAt: at(1) }),
      item('a-same', { dueAt: at(2, 16), createdAt: at(1) }),
    ];
    expect(layout(items)).toEqual([['Today', ['early-new', 'early-old', 'a-same', 'b-same', 'late']]]);
  });

  it('orders undated items newest created first, those without a creation time last', () => {
    const items = [
      item('old', { createdAt: at(1) }),
      item('unknown', { createdAt: null }),
      item('new', { createdAt: at(2, 9) }),
    ];
    expect(layout(items)).toEqual([['No due date', ['new', 'old', 'unknown']]]);
  });

  it('treats an unreadable due date as no due date', () => {
    expect(layout([item('odd', { dueAt: 'not a date' })])).toEqual([['No due date', ['odd']]]);
  });

  it('shows completed items whatever their due date, most recently completed first', () => {
    const items = [
      item('done-monday', { completed: true, completedAt: at(1, 9), dueAt: at(1, 8) }),
      item('done-now', { completed: true, completedAt: at(2, 14), dueAt: at(20) }),
      item('done-morning', { completed: true, completedAt: at(2, 7) }),
    ];
    expect(layout(items)).toEqual([['Completed', ['done-now', 'done-morning', 'done-monday']]]);
  });

  it(`shows only items completed today or in the ${RECENT_COMPLETED_DAYS} days before, and none without a completion time`, () => {
    const items = [
      item('week-ago', { completed: true, completedAt: new Date(2025, 10, 25, 0, 0).toISOString() }),
      item('too-old', { completed: true, completedAt: new Date(2025, 10, 24, 23, 59).toISOString() }),
      item('no-time', { completed: true, completedAt: null }),
    ];
    expect(layout(items)).toEqual([['Completed', ['week-ago']]]);
  });

  it('keeps the items themselves, pending flags included', () => {
    const pending = item('p', { pending: true, dueAt: at(2, 20) });
    expect(groupItems([pending], NOW, ZONE)[0]?.items[0]).toBe(pending);
  });
});
