import { describe, expect, it } from 'vitest';
import { ChecklistBuilder } from '../../../../src/checklist/checklist';
import type { Suggestion } from '../../../../electron/shared/suggestion';
import { PAGE_SHOWN, QuickEditState, SUGGESTIONS_SHOWN } from '../../../../src/quick-edit/quick-edit-state.svelte';
import { itemView } from '../support/fake-omi-api';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

const NOW = new Date(2025, 11, 2, 14, 30).getTime();

const heard = (words: string, conversationId = 'c1'): Suggestion => ({
  key: `${conversationId}\u0000${words.toLowerCase()}`,
  words,
  dueAt: null,
  conversationId,
  conversationTitle: 'Planning the launch',
  heardAt: '2025-12-02T10:00:00Z',
});

function stateFor(descriptions: string[], suggestions: Suggestion[] = []) {
  const sections = new ChecklistBuilder().build(
    descriptions.map((description, index) =>
      itemView(`i${index}`, { description, createdAt: new Date(2025, 10, 1 + index).toISOString() }),
    ),
    NOW,
    'UTC',
    DAY_FIRST_24_HOUR,
  );
  return new QuickEditState(
    () => sections.flatMap((section) => section.rows),
    () => suggestions,
  );
}

const ids = (state: QuickEditState) => state.shown.map((row) => row.item.description);

describe('QuickEditState', () => {
  it('filters by every typed word, ignoring case and accents', () => {
    const state = stateFor(['Café with Ana', 'Call ANA', 'Pay rent']);
    state.query = 'ana cafe';
    expect(ids(state)).toEqual(['Café with Ana']);
  });

  it('selects the first match, moves with the keys and stops at the ends', () => {
    const state = stateFor(['one', 'two', 'three']);
    // Newest created first: three, two, one.
    expect(state.selected?.item.description).toBe('three');
    state.move(1);
    state.move(1);
    state.move(1);
    expect(state.selected?.item.description).toBe('one');
    state.move('first');
    expect(state.selected?.item.description).toBe('three');
  });

  it('keeps the selected item while the filter still shows it', () => {
    const state = stateFor(['call Ana', 'call Bo', 'pay rent']);
    state.move(1);
    const chosen = state.selected?.item.description;
    state.query = 'call';
    expect(state.selected?.item.description).toBe(chosen);
    state.query = 'rent';
    expect(state.selected?.item.description).toBe('pay rent');
  });

  it(`shows the first ${PAGE_SHOWN} matches and counts the rest`, () => {
    const state = stateFor(Array.from({ length: PAGE_SHOWN + 20 }, (_, index) => `item ${index}`));
    expect(state.shown).toHaveLength(PAGE_SHOWN);
    expect(state.matches).toHaveLength(PAGE_SHOWN + 20);
  });

  it('shows more matches as the selection moves down, so the arrows reach every one', () => {
    const total = PAGE_SHOWN * 2 + 7;
    const state = stateFor(Array.from({ length: total }, (_, index) => `item ${index}`));
    for (let step = 1; step < total; step++) state.move(1);
    expect(state.shown).toHaveLength(total);
    // Newest created first: the last match is the first item made.
    expect(state.selected?.item.description).toBe('item 0');
    state.move(1);
    expect(state.selected?.item.description).toBe('item 0');
  });

  it('shows the next page on request, and no more than there are', () => {
    const state = stateFor(Array.from({ length: PAGE_SHOWN + 3 }, (_, index) => `item ${index}`));
    state.showMore();
    expect(state.shown).toHaveLength(PAGE_SHOWN + 3);
    state.showMore();
    expect(state.shown).toHaveLength(PAGE_SHOWN + 3);
  });

  it('starts again from the first page when the query changes', () => {
    const state = stateFor(Array.from({ length: PAGE_SHOWN * 3 }, (_, index) => `item ${index}`));
    for (let step = 0; step < PAGE_SHOWN; step++) state.move(1);
    expect(state.shown.length).toBeGreaterThan(PAGE_SHOWN);
    state.query = 'item';
    expect(state.shown).toHaveLength(PAGE_SHOWN);
    state.query = '';
    expect(state.shown).toHaveLength(PAGE_SHOWN);
  });

  it('tells the keyboard model which mode it is in', () => {
    const state = stateFor(['a']);
    expect(state.mode(null)).toBe('list');
    expect(state.mode('due')).toBe('editingDue');
    state.help = true;
    expect(state.mode(null)).toBe('help');
    state.reset();
    expect(state.mode(null)).toBe('list');
  });

  describe('suggestions from conversations', () => {
    it('lists matching suggestions after the items once something is typed, and none for an empty box', () => {
      const state = stateFor(
        ['Send the invoice', 'Pay rent'],
        [heard('Send the deck to Ana'), heard('Book the venue')],
      );
      expect(state.suggestions).toEqual([]);
      state.query = 'send';
      expect(ids(state)).toEqual(['Send the invoice']);
      expect(state.suggestions.map((suggestion) => suggestion.words)).toEqual(['Send the deck to Ana']);
    });

    it('moves from the last item onto the suggestions and back, one selection for both', () => {
      const state = stateFor(['Send the invoice'], [heard('Send the deck to Ana'), heard('Send flowers')]);
      state.query = 'send';
      expect(state.selected?.item.description).toBe('Send the invoice');
      expect(state.selectedSuggestion).toBeNull();
      state.move(1);
      expect(state.selected).toBeNull();
      expect(state.selectedSuggestion?.words).toBe('Send the deck to Ana');
      state.move(1);
      state.move(1);
      expect(state.selectedSuggestion?.words).toBe('Send flowers');
      state.move('first');
      expect(state.selected?.item.description).toBe('Send the invoice');
    });

    it('selects a suggestion when no item matches, and one that is clicked', () => {
      const state = stateFor(['Pay rent'], [heard('Book the venue'), heard('Book a table')]);
      state.query = 'book';
      expect(state.selectedSuggestion?.words).toBe('Book the venue');
      state.selectSuggestion(heard('Book a table'));
      expect(state.selectedSuggestion?.words).toBe('Book a table');
    });

    it(`lists at most ${SUGGESTIONS_SHOWN}`, () => {
      const many = Array.from({ length: SUGGESTIONS_SHOWN + 3 }, (_, index) => heard(`Call person ${index}`));
      const state = stateFor([], many);
      state.query = 'call';
      expect(state.suggestions).toHaveLength(SUGGESTIONS_SHOWN);
    });
  });
});
