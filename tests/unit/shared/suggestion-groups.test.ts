import { describe, expect, it } from 'vitest';
import { suggestionKey, type Suggestion, type SuggestionsState } from '../../../electron/shared/suggestion';
import {
  fromSuggestionGroups,
  isSuggestionGroups,
  toSuggestionGroups,
} from '../../../electron/shared/suggestion-groups';

function suggestion(conversationId: string, words: string, dueAt: string | null = null): Suggestion {
  return {
    key: suggestionKey(conversationId, words),
    words,
    dueAt,
    conversationId,
    conversationTitle: `Call ${conversationId}`,
    heardAt: `2026-12-0${conversationId.length}T09:00:00.000Z`,
  };
}

const state: SuggestionsState = {
  items: [
    suggestion('c2', 'Send the deck.', '2026-12-08T17:00:00.000Z'),
    suggestion('c2', 'Book the room'),
    suggestion('c10', 'Grüße an Zoë — morgen'),
    suggestion('c2', 'Call Ana back'),
  ],
  note: null,
  canAdd: true,
};

describe('suggestion groups', () => {
  it('come back as the same suggestions, keys and order included', () => {
    const sent: unknown = JSON.parse(JSON.stringify(toSuggestionGroups(state)));
    expect(isSuggestionGroups(sent)).toBe(true);
    expect(isSuggestionGroups(sent) && fromSuggestionGroups(sent)).toEqual(state);
  });

  it("carry each conversation's facts once for a run of its suggestions", () => {
    const sent = toSuggestionGroups(state);
    expect(sent.groups.map((group) => [group.conversationId, group.toDos.length])).toEqual([
      ['c2', 2],
      ['c10', 1],
      ['c2', 1],
    ]);
    expect(sent.groups[0]?.toDos[0]).toEqual(['Send the deck.', '2026-12-08T17:00:00.000Z']);
  });

  it('keep the note and whether Add may send, with no suggestions', () => {
    const none: SuggestionsState = { items: [], note: 'Your key may not read conversations.', canAdd: false };
    expect(fromSuggestionGroups(toSuggestionGroups(none))).toEqual(none);
  });

  it('are a quarter of the objects they stand for, or less, for a thousand suggestions', () => {
    const many: SuggestionsState = {
      items: Array.from({ length: 1000 }, (_, at) =>
        suggestion(
          `9f1c2b7e-4d3a-4c1b-8e2f-${String(Math.floor(at / 10)).padStart(12, '0')}`,
          `Follow up with guest ${at}.`,
        ),
      ),
      note: null,
      canAdd: true,
    };
    expect(JSON.stringify(toSuggestionGroups(many)).length).toBeLessThan(JSON.stringify(many).length / 4);
  });

  it.each([
    ['not an object', 'suggestions'],
    ['groups missing', { note: null, canAdd: true }],
    [
      'a group without its title',
      { groups: [{ conversationId: 'c', heardAt: 'x', toDos: [] }], note: null, canAdd: true },
    ],
    [
      'a to-do of three parts',
      {
        groups: [{ conversationId: 'c', conversationTitle: 't', heardAt: 'x', toDos: [['a', null, 1]] }],
        note: null,
        canAdd: true,
      },
    ],
    [
      'a due date that is a number',
      {
        groups: [{ conversationId: 'c', conversationTitle: 't', heardAt: 'x', toDos: [['a', 5]] }],
        note: null,
        canAdd: true,
      },
    ],
    ['canAdd as text', { groups: [], note: null, canAdd: 'yes' }],
  ])('are refused when %s', (_, sent) => {
    expect(isSuggestionGroups(sent)).toBe(false);
  });
});
