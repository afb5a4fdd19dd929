/**
 * The grouped list while a long list is still being drawn a chunk at a time: keys that go down the
 * list reach its true end, not the last row drawn so far.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ItemList from '../../../../src/checklist/ItemList.svelte';
import type { ItemView } from '../../../../electron/shared/action-item';
import type { ChecklistSection, ItemRow } from '../../../../src/checklist/checklist';
import type { RowActions } from '../../../../src/checklist/row-actions';
import { FIRST_ROWS, RowBudget } from '../../../../src/checklist/row-budget.svelte';
import { itemView } from '../../support/items';

const ITEMS = 80;

function actions(): RowActions {
  return {
    toggle: vi.fn(),
    edit: vi.fn(),
    closeEdit: vi.fn(),
    draft: vi.fn(() => null),
    keepDraft: vi.fn(),
    saveDescription: vi.fn(async () => ({ ok: true as const, value: null })),
    applyDue: vi.fn(async () => ({ ok: true as const, value: null })),
    clearDue: vi.fn(),
    delete: vi.fn(),
    pushDue: vi.fn(),
    showKeys: vi.fn(),
  };
}

function longList(completed = false): ChecklistSection[] {
  const rows: ItemRow[] = Array.from({ length: ITEMS }, (_, index) => ({
    item: itemView(`i${index}`, { description: `Item number ${index}`, completed }),
    id: `item-i${index}`,
    due: null,
    describedBy: undefined,
  }));
  return [{ name: 'No due date', headingId: 'section-no-due-date', rows }];
}

function showLongList(completed = false): void {
  // The next chunks wait for frames that never come here: only the first screen is drawn.
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
  render(ItemList, {
    props: {
      sections: longList(completed),
      isChecked: (item: ItemView) => item.completed,
      editing: null,
      readOnly: false,
      timeZone: 'UTC',
      actions: actions(),
      budget: new RowBudget(),
    },
  });
}

describe('ItemList', () => {
  it('moves through the tools that apply with the right arrow, past those that do not', async () => {
    // Done and without a due date: no due date tool (and no conversation to show).
    showLongList(true);
    const user = userEvent.setup();
    screen.getAllByRole('checkbox')[0]?.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit description');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('More actions for Item number 0');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getAllByRole('checkbox')[0]);
  });

  it('draws the first screen of a long list first', () => {
    showLongList();
    expect(screen.getAllByRole('checkbox')).toHaveLength(FIRST_ROWS);
  });

  it('goes to the last item with End while the rest of the list is still to be drawn', async () => {
    showLongList();
    screen.getByRole('checkbox', { name: 'Item number 0' }).focus();
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: `Item number ${ITEMS - 1}` }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(ITEMS);
  });

  it('goes on past the first screen with the down arrow', async () => {
    showLongList();
    screen.getByRole('checkbox', { name: `Item number ${FIRST_ROWS - 1}` }).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: `Item number ${FIRST_ROWS}` }));
  });
});
