import { describe, expect, it } from 'vitest';
import type { ItemView } from '../../../../electron/shared/action-item';
import type { Suggestion } from '../../../../electron/shared/suggestion';
import { ChecklistBuilder } from '../../../../src/checklist/checklist';
import { runQuickEditAction, type QuickEditTarget } from '../../../../src/quick-edit/quick-edit-actions';
import { QuickEditState } from '../../../../src/quick-edit/quick-edit-state.svelte';
import { itemView } from '../support/fake-omi-api';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

const NOW = new Date(2025, 11, 2, 14, 30).getTime();

const heard = (words: string): Suggestion => ({
  key: `c1\u0000${words.toLowerCase()}`,
  words,
  dueAt: null,
  conversationId: 'c1',
  conversationTitle: 'Planning the launch',
  heardAt: '2025-12-02T10:00:00Z',
});

function setup(items: ItemView[], readOnly = false, suggestions: Suggestion[] = []) {
  const sections = new ChecklistBuilder().build(
    items,
    NOW,
    Intl.DateTimeFormat().resolvedOptions().timeZone,
    DAY_FIRST_24_HOUR,
  );
  const quick = new QuickEditState(
    () => sections.flatMap((section) => section.rows),
    () => suggestions,
  );
  const done: string[] = [];
  const target: QuickEditTarget = {
    quick,
    readOnly,
    actions: {
      toggle: (item, completed) => done.push(`toggle ${item.id} ${completed}`),
      edit: (id, field) => done.push(`edit ${id} ${field}`),
      closeEdit: () => done.push('closeEdit'),
      draft: () => null,
      keepDraft: () => undefined,
      saveDescription: () => Promise.resolve({ ok: true, value: null }),
      applyDue: () => Promise.resolve({ ok: true, value: null }),
      clearDue: (id) => done.push(`clear ${id}`),
      delete: (id) => done.push(`delete ${id}`),
      pushDue: (item, days) => done.push(`push ${item.id} ${days}`),
      showKeys: () => done.push('keys'),
    },
    isChecked: (item) => item.completed,
    startEdit: (id, field) => done.push(`start ${id} ${field}`),
    stopEdit: () => done.push('stop'),
    hide: () => done.push('hide'),
    toList: () => done.push('toList'),
    addSuggestion: (suggestion) => done.push(`add ${suggestion.words}`),
  };
  return { quick, target, done };
}

describe('runQuickEditAction', () => {
  it('ticks, edits, clears and deletes the selected item', () => {
    const { target, done } = setup([itemView('a', { dueAt: '2025-12-03T08:00:00Z' })]);
    for (const type of ['toggleDone', 'editDescription', 'editDue', 'clearDue', 'deleteItem'] as const)
      runQuickEditAction({ type }, target);
    expect(done).toEqual(['toggle a true', 'start a description', 'start a due', 'clear a', 'delete a']);
  });

  it('moves the due date of the selected item a day', () => {
    const { target, done } = setup([itemView('a', { dueAt: '2025-12-03T08:00:00Z' })]);
    runQuickEditAction({ type: 'pushDue', days: -1 }, target);
    expect(done).toEqual(['push a -1']);
  });

  it('backs out one level: editor, help, filter text, then the list or hidden', () => {
    const { target, done, quick } = setup([itemView('a')]);
    quick.help = true;
    quick.query = 'x';
    runQuickEditAction({ type: 'back', step: 'cancelEdit' }, target);
    runQuickEditAction({ type: 'back', step: 'closeHelp' }, target);
    runQuickEditAction({ type: 'back', step: 'clearFilter' }, target);
    runQuickEditAction({ type: 'back', step: 'toList' }, target);
    runQuickEditAction({ type: 'back', step: 'hide' }, target);
    expect([quick.help, quick.query]).toEqual([false, '']);
    expect(done).toEqual(['stop', 'toList', 'hide']);
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

  it('adds the selected suggestion on Enter, and the keys that change an item do nothing to it', () => {
    const { target, done, quick } = setup([itemView('a', { description: 'Send the invoice' })], false, [
      heard('Send the deck to Ana'),
    ]);
    quick.query = 'send';
    runQuickEditAction({ type: 'moveSelection', move: 'last' }, target);
    expect(quick.selectedSuggestion?.words).toBe('Send the deck to Ana');
    for (const type of ['toggleDone', 'editDue', 'clearDue', 'deleteItem'] as const)
      runQuickEditAction({ type }, target);
    runQuickEditAction({ type: 'editDescription' }, target);
    expect(done).toEqual(['add Send the deck to Ana']);
  });

  it('asks to add a suggestion with a read-only key too, so the person is told why it cannot', () => {
    const { target, done, quick } = setup([], true, [heard('Book the venue')]);
    quick.query = 'venue';
    runQuickEditAction({ type: 'editDescription' }, target);
    expect(done).toEqual(['add Book the venue']);
  });
});
