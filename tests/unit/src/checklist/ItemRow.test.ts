/** The checklist row from the user's side: ticking by click and Space, Enter to edit, long text shown whole on a click. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ItemRow from '../../../../src/checklist/ItemRow.svelte';
import type { ItemRow as Row } from '../../../../src/checklist/checklist';
import type { RowActions } from '../../../../src/checklist/row-actions';
import { itemView } from '../../support/items';

const ok = { ok: true as const, value: null };

function actions(): RowActions {
  return {
    toggle: vi.fn(),
    edit: vi.fn(),
    closeEdit: vi.fn(),
    draft: vi.fn(() => null),
    keepDraft: vi.fn(),
    saveDescription: vi.fn(async () => ok),
    applyDue: vi.fn(async () => ok),
    clearDue: vi.fn(),
    delete: vi.fn(),
    pushDue: vi.fn(),
    showKeys: vi.fn(),
  };
}

function showRow(
  fields: {
    description?: string;
    completed?: boolean;
    readOnly?: boolean;
    editing?: 'description' | 'due' | null;
  } = {},
) {
  const item = itemView('a1', {
    description: fields.description ?? 'Buy oat milk',
    completed: fields.completed ?? false,
  });
  const row: Row = { item, id: 'item-a1', due: null, describedBy: undefined };
  const rowActions = actions();
  render(ItemRow, {
    props: {
      row,
      checked: false,
      editing: fields.editing ?? null,
      readOnly: fields.readOnly ?? false,
      timeZone: 'UTC',
      actions: rowActions,
    },
  });
  return { item, actions: rowActions, box: screen.getByRole('checkbox') };
}

/** The buttons a person can reach in the row (a hidden one is not among them). */
function toolNames(): string[] {
  return screen.queryAllByRole('button').map((button) => button.getAttribute('aria-label') ?? '');
}

/** jsdom lays nothing out: a text "cut at two lines" is one whose content is taller than its box. */
function cutShort(element: HTMLElement): void {
  Object.defineProperty(element, 'scrollHeight', { configurable: true, value: 54 });
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: 36 });
}

describe('ItemRow', () => {
  it('ticks the item when its box is clicked', async () => {
    const { item, actions, box } = showRow();
    await userEvent.click(box);
    expect(actions.toggle).toHaveBeenCalledWith(item, true);
  });

  it('ticks the item with Space on its box', async () => {
    const { item, actions, box } = showRow();
    box.focus();
    await userEvent.keyboard(' ');
    expect(actions.toggle).toHaveBeenCalledWith(item, true);
  });

  it('opens the description editor with Enter, and with F2', async () => {
    const { actions, box } = showRow();
    box.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{F2}');
    expect(actions.edit).toHaveBeenCalledTimes(2);
    expect(actions.edit).toHaveBeenCalledWith('a1', 'description');
    expect(actions.toggle).not.toHaveBeenCalled();
  });

  it('offers the tools that apply to the item, and only those', () => {
    showRow();
    expect(toolNames()).toEqual(['Due date: none', 'Edit description', 'More actions for Buy oat milk']);
  });

  it('offers no due date tool on a done item without one', () => {
    showRow({ completed: true });
    expect(toolNames()).toEqual(['Edit description', 'More actions for Buy oat milk']);
  });

  it('offers no tools to a read-only key on an item from no conversation, nor while an editor is open', () => {
    showRow({ readOnly: true });
    expect(toolNames()).toEqual([]);
    document.body.innerHTML = '';
    showRow({ editing: 'description' });
    expect(toolNames()).toEqual([]);
  });

  it('leaves Enter alone on a read-only list', async () => {
    const { actions, box } = showRow({ readOnly: true });
    box.focus();
    await userEvent.keyboard('{Enter}');
    expect(actions.edit).not.toHaveBeenCalled();
  });

  it('deletes with Delete and opens the menu with Shift+F10', async () => {
    const { actions, box } = showRow();
    box.focus();
    await userEvent.keyboard('{Shift>}{F10}{/Shift}');
    expect(screen.getByRole('menu', { name: 'Actions for Buy oat milk' })).toBeTruthy();
    box.focus();
    await userEvent.keyboard('{Delete}');
    expect(actions.delete).toHaveBeenCalledWith('a1');
  });

  it('shows a long text whole on a click, ticks nothing and puts focus on the item', async () => {
    const { actions, box } = showRow({ description: 'A long thought '.repeat(20) });
    const text = screen.getByText(/A long thought/);
    cutShort(text);
    await userEvent.click(text);
    expect(actions.toggle).not.toHaveBeenCalled();
    expect(text.closest('[data-item]')?.classList.contains('whole')).toBe(true);
    expect(document.activeElement).toBe(box);
  });

  it('ticks on a click on text already shown whole', async () => {
    const { item, actions } = showRow();
    await userEvent.click(screen.getByText('Buy oat milk'));
    expect(actions.toggle).toHaveBeenCalledWith(item, true);
  });

  it('shows the description editor in place of the text while editing', () => {
    showRow({ editing: 'description' });
    expect(screen.getByRole('textbox')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit description' })).toBeNull();
  });
});
