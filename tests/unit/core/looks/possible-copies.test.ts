/** The "possible copy" pair: a new item with the words of one added here from a suggestion. */
import { describe, expect, it } from 'vitest';
import { countInWords, type SeenChange } from '../../../../electron/core/looks/look-baseline';
import { namePossibleCopies } from '../../../../electron/core/looks/possible-copies';

const fresh = (id: string, description: string): SeenChange => ({ kind: 'new', id, description, dueAt: null });

describe('namePossibleCopies', () => {
  it('names a new item with the folded words of one added here as a copy of it', () => {
    const changes = namePossibleCopies(
      [fresh('omi-9', 'send the deck to Ana.'), fresh('omi-10', 'Book the train')],
      [{ id: 'here-1', description: 'Send  the deck to Ana' }],
    );
    expect(changes).toEqual([
      { kind: 'copy', id: 'omi-9', description: 'send the deck to Ana.', dueAt: null, copyOf: 'here-1' },
      { kind: 'new', id: 'omi-10', description: 'Book the train', dueAt: null },
    ]);
    expect(countInWords(changes)).toBe('1 possible copy · 1 new');
  });

  it('leaves new items alone when nothing was added here, and never pairs an item with itself', () => {
    const changes = [fresh('omi-9', 'Send the deck to Ana')];
    expect(namePossibleCopies(changes, [])).toEqual(changes);
    expect(namePossibleCopies(changes, [{ id: 'omi-9', description: 'Send the deck to Ana' }])).toEqual(changes);
  });

  it('names only new items: a done or removed item with the same words is news of its own', () => {
    const done: SeenChange = { kind: 'done', id: 'omi-3', description: 'Send the deck to Ana', dueAt: null };
    expect(namePossibleCopies([done], [{ id: 'here-1', description: 'Send the deck to Ana' }])).toEqual([done]);
  });
});
