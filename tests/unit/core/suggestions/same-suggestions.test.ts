import { describe, expect, it } from 'vitest';
import { sameSuggestions } from '../../../../electron/core/suggestions/same-suggestions';
import { allShown as state, suggestion } from '../../support/suggestions';

const heard = suggestion('Send the deck');

describe('the suggestions shown the same', () => {
  it('are alike when worked out again to equal objects', () => {
    expect(sameSuggestions(state([heard]), state([{ ...heard }]))).toBe(true);
  });

  it.each([
    ['another due date', state([{ ...heard, dueAt: '2026-12-08T16:00:00.000Z' }])],
    ['another title', state([{ ...heard, conversationTitle: 'Launch' }])],
    ['one more', state([heard, suggestion('Call')])],
    ['none', state([])],
    ['a key that can only read', state([heard], { canAdd: false })],
    ['a note', state([heard], { note: 'Your Omi developer key may not read conversations.' })],
    ['more offered beyond those sent', state([heard], { total: 4 })],
    ['more offered in its conversation', state([heard], { perConversation: { c1: 2 } })],
  ])('differ with %s', (_what, other) => {
    expect(sameSuggestions(state([heard]), other)).toBe(false);
  });
});
