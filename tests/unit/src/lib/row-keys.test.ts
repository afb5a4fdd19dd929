/** The keys an item's checkbox answers, besides Space (the box's own) and the list's arrows. */
import { describe, expect, it } from 'vitest';
import { rowKeyAction } from '../../../../src/lib/list-keys';

const press = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {}) =>
  rowKeyAction({ key, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('rowKeyAction', () => {
  it('edits the description on Enter and F2, but not on Ctrl/Cmd+Enter', () => {
    expect(press('Enter')).toBe('editDescription');
    expect(press('F2')).toBe('editDescription');
    expect(press('Enter', { ctrlKey: true })).toBeNull();
    expect(press('Enter', { metaKey: true })).toBeNull();
  });

  it('deletes on Delete', () => {
    expect(press('Delete')).toBe('delete');
  });

  it('opens the menu on the context-menu key and Shift+F10, not on F10 alone', () => {
    expect(press('ContextMenu')).toBe('openMenu');
    expect(press('F10', { shiftKey: true })).toBe('openMenu');
    expect(press('F10')).toBeNull();
  });

  it('leaves Space and letters to the box and the page', () => {
    expect(press(' ')).toBeNull();
    expect(press('x')).toBeNull();
  });
});
