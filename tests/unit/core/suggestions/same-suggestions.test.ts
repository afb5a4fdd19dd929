import { describe, expect, it } from 'vitest';
import { sameSuggestions } from '../../../../electron/core/suggestions/same-suggestions';
import type { Suggestion, SuggestionsState } from '../../../../electron/shared/suggestion';

const suggestion: Suggestion = {
  key: 'c1\u0000send the deck',
  words: 'Send the deck',
  dueAt: null,
  conversationId: 'c1',
  conversationTitle: 'Planning',
  heardAt: '2026-12-06T10:00:00.000Z',
};
const state = (items: Suggestion[], extra: Partial<SuggestionsState> = {}): SuggestionsState => ({
  items,
  note: null,
  canAdd: true,
  ...extra,
});

describe('the suggestions shown the same', () => {
  it('are alike when worked out again to equal objects', () => {
    expect(sameSuggestions(state([suggestion]), state([{ ...suggestion }]))).toBe(true);
  });

  it.each([
    ['another due date', state([{ ...suggestion, dueAt: '2026-12-08T16:00:00.000Z' }])],
    ['another title', state([{ ...suggestion, conversationTitle: 'Launch' }])],
    ['one more', state([suggestion, { ...suggestion, key: 'c1\u0000call', words: 'Call' }])],
    ['none', state([])],
    ['a key that can only read', state([suggestion], { canAdd: false })],
    ['a note', state([suggestion], { note: 'Your Omi developer key may not read conversations.' })],
  ])('differ with %s', (_what, other) => {
    expect(sameSuggestions(state([suggestion]), other)).toBe(false);
  });
});
