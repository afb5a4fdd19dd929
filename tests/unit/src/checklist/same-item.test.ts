import { describe, expect, it } from 'vitest';
import type { ItemView } from '../../../../electron/shared/action-item';
import { ITEM_FIELDS } from '../../../../electron/shared/item-table';
import { sameItem } from '../../../../src/checklist/same-item';

const item: ItemView = {
  id: 'a1',
  description: 'Send the deck',
  completed: false,
  dueAt: '2026-12-08T17:00:00.000Z',
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: null,
  completedAt: null,
  conversationId: null,
  pending: false,
  localOnly: false,
};

/** A value of the same kind as `value` that differs from it. */
function other(value: unknown): unknown {
  if (typeof value === 'boolean') return !value;
  if (value === null) return 'x';
  return `${String(value)}!`;
}

describe('sameItem', () => {
  it('finds an item the same as itself and as a copy of it', () => {
    expect(sameItem(item, item)).toBe(true);
    expect(sameItem(item, { ...item })).toBe(true);
  });

  it.each(ITEM_FIELDS)('notices a change of %s', (field) => {
    expect(sameItem(item, { ...item, [field]: other(item[field]) })).toBe(false);
  });
});
