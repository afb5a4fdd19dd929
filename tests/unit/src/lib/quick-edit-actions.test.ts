import { describe, expect, it } from 'vitest';
import type { ItemView } from '../../../../electron/shared/action-item';
import type { Result } from '../../../../electron/shared/app-error';
import { ChecklistBuilder } from '../../../../src/lib/checklist';
import { runQuickEditAction, type QuickEditTarget } from '../../../../src/lib/quick-edit-actions';
import { QuickEditState } from '../../../../src/lib/quick-edit-state.svelte';
import { itemView } from '../support/fake-omi-api';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

const NOW = new Date(2025, 11, 2, 14, 30).getTime();

function setup(items: ItemView[], readOnly = false) {
  const sections = new ChecklistBuilder().build(items, NOW, Intl.DateTimeFormat().resolvedOptions().timeZone, DAY_FIRST_24_HOUR);
  const quick = new QuickEditState(() => sections.flatMap((section) => section.rows));
  const done: string[] = [];
  let applyResult: Result<null> = { ok: true, value: null };
  const target: QuickEditTarget = {
    quick,
    readOnly,
    timeZone: 'Europe/Berlin',
    actions: {
      toggle: (item, completed) => done.push(`toggle ${item.id} ${completed}`),
      edit: (id, field) => done.push(`edit ${id} ${field}`),
      closeEdit: () => done.push('closeEdit'),
      draft: () => null,
      keepDraft: () => undefined,
      saveDescription: () => Promise.resolve({ ok: true, value: null }),
      applyDue: (id, dueAt) => {
        done.push(`due ${id} ${dueAt}`);
        return Promise.resolve(applyResult);
      },
      clearDue: (id) => done.push(`clear ${id}`),
      delete: (id) => done.push(`delete ${id}`),
    },
    isChecked: (item) => item.completed,
    startEdit: (id, field) => done.push(`start ${id} ${field}`),
    stopEdit: () => done.push('stop'),
    hide: () => done.push('hide'),
    report: (message) => done.push(`report ${message}`),
  };
  return { quick, target, done, failApply: (message: string) => (applyResult = { ok: false, error: { kind: 'server', message } }) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('runQuickEditAction', () => {
  it('ticks, edits, clears and deletes the selected item', () => {
    const { target, done } = setup([itemView('a', { dueAt: '2025-12-03T08:00:00Z' })]);
    for (const type of ['toggleDone', 'editDescription', 'editDue', 'clearDue', 'deleteItem'] as const) runQuickEditAction({ type }, target);
    expect(done).toEqual(['toggle a true', 'start a description', 'start a due', 'clear a', 'delete a']);
  });

  it('moves the due date a day, keeping the wall-clock time in the zone', async () => {
    const { target, done } = setup([itemView('a', { dueAt: '2025-12-03T08:00:00Z' })]);
    runQuickEditAction({ type: 'pushDue', days: 1 }, target);
    await flush();
    expect(done).toEqual(['due a 2025-12-04T09:00:00+01:00']);
  });

  it('opens the due-date editor to push an item that has no due date, and reports a refused move', async () => {
    // Dated items come first: "b" (Tomorrow) is selected, then "a" (No due date).
    const { target, done, failApply } = setup([itemView('a'), itemView('b', { dueAt: '2025-12-03T08:00:00Z' })]);
    failApply('Omi could not be reached.');
    runQuickEditAction({ type: 'pushDue', days: -1 }, target);
    await flush();
    target.quick.move(1);
    runQuickEditAction({ type: 'pushDue', days: 1 }, target);
    expect(done).toEqual(['due b 2025-12-02T09:00:00+01:00', 'report Omi could not be reached.', 'start a due']);
  });

  it('backs out one level: editor, help, filter text, then hides', () => {
    const { target, done, quick } = setup([itemView('a')]);
    quick.help = true;
    quick.query = 'x';
    runQuickEditAction({ type: 'back', step: 'cancelEdit' }, target);
    runQuickEditAction({ type: 'back', step: 'closeHelp' }, target);
    runQuickEditAction({ type: 'back', step: 'clearFilter' }, target);
    runQuickEditAction({ type: 'back', step: 'hide' }, target);
    expect([quick.help, quick.query]).toEqual([false, '']);
    expect(done).toEqual(['stop', 'hide']);
  });

  it('changes nothing with a read-only key, but still moves and shows help', () => {
    const { target, done, quick } = setup([itemView('a'), itemView('b')], true);
    runQuickEditAction({ type: 'toggleDone' }, target);
    runQuickEditAction({ type: 'deleteItem' }, target);
    runQuickEditAction({ type: 'moveSelection', move: 'last' }, target);
    runQuickEditAction({ type: 'showHelp' }, target);
    expect(done).toEqual([]);
    expect(quick.help).toBe(true);
    expect(quick.selected?.item.id).toBe(quick.shown.at(-1)?.item.id);
  });
});
