import { describe, expect, it } from 'vitest';
import { keepSelection, moveSelection } from '../../../../src/quick-edit/selection';

describe('moveSelection', () => {
  it('moves one step and stops at either end', () => {
    expect(moveSelection(0, 1, 3)).toBe(1);
    expect(moveSelection(2, 1, 3)).toBe(2);
    expect(moveSelection(0, -1, 3)).toBe(0);
  });

  it('jumps to the first and last item', () => {
    expect(moveSelection(1, 'first', 3)).toBe(0);
    expect(moveSelection(1, 'last', 3)).toBe(2);
  });

  it('with nothing selected, down picks the first and up the last', () => {
    expect(moveSelection(null, 1, 3)).toBe(0);
    expect(moveSelection(null, -1, 3)).toBe(2);
  });

  it('recovers from an index beyond a shrunken list', () => {
    expect(moveSelection(7, 1, 3)).toBe(0);
  });

  it('selects nothing in an empty list', () => {
    expect(moveSelection(0, 1, 0)).toBeNull();
  });
});

describe('keepSelection after the list changed', () => {
  it('keeps the same item when it is still shown', () => {
    expect(keepSelection('b', 1, ['a', 'c', 'b'])).toBe('b');
  });

  it('takes the item now at the same place when the selected one left', () => {
    expect(keepSelection('b', 1, ['a', 'c'])).toBe('c');
    expect(keepSelection('z', 5, ['a', 'c'])).toBe('c');
  });

  it('selects the first match when nothing was selected, and nothing in an empty list', () => {
    expect(keepSelection(null, null, ['a', 'c'])).toBe('a');
    expect(keepSelection('a', 0, [])).toBeNull();
  });
});
