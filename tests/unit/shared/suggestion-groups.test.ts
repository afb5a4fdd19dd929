import { describe, expect, it } from 'vitest';
import { suggestionKey, type Suggestion } from '../../../electron/shared/suggestion';
import {
  fromSuggestionGroups,
  isSuggestionGroups,
  toSuggestionGroups,
} from '../../../electron/shared/suggestion-groups';
import { allShown } from '../support/suggestions';

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

const state = allShown([
  suggestion('c2', 'Send the deck.', '2026-12-08T17:00:00.000Z'),
  suggestion('c2', 'Book the room'),
  suggestion('c10', 'Grüße an Zoë — morgen'),
  suggestion('c2', 'Call Ana back'),
]);

describe('suggestion groups', () => {
  it('come back as the same suggestions, keys and order included', () => {
    const sent: unknown = JSON.parse(JSON.stringify(toSuggestionGroups(state)));
    expect(isSuggestionGroups(sent)).toBe(true);
    expect(isSuggestionGroups(sent) && fromSuggestionGroups(sent)).toEqual(state);
  });

  it("carry each conversation's facts once for a run of its suggestions", () => {
    const sent = toSuggestionGroups(state);
    expect(sent.groups.map((group) => [group.conversationId, group.toDos.length, group.count])).toEqual([
      ['c2', 2, 3],
      ['c10', 1, 1],
      ['c2', 1, 3],
    ]);
    expect(sent.total).toBe(4);
    expect(sent.groups[0]?.toDos[0]).toEqual(['Send the deck.', '2026-12-08T17:00:00.000Z']);
  });

  it('keep the note and whether Add may send, with no suggestions', () => {
    const none = allShown([], { note: 'Your key may not read conversations.', canAdd: false });
    expect(fromSuggestionGroups(toSuggestionGroups(none))).toEqual(none);
  });

  it('are a quarter of the objects they stand for, or less, for a thousand suggestions', () => {
    const many = allShown(
      Array.from({ length: 1000 }, (_, at) =>
        suggestion(
          `9f1c2b7e-4d3a-4c1b-8e2f-${String(Math.floor(at / 10)).padStart(12, '0')}`,
          `Follow up with guest ${at}.`,
        ),
      ),
    );
    expect(JSON.stringify(toSuggestionGroups(many)).length).toBeLessThan(JSON.stringify(many.items).length / 4);
  });

  /** Groups as sent, each part of the kind it must be; `change` breaks one. */
  const sent = (change: Record<string, unknown> = {}, group: Record<string, unknown> = {}) => ({
    groups: [{ conversationId: 'c', conversationTitle: 't', heardAt: 'x', count: 1, toDos: [['a', null]], ...group }],
    total: 1,
    note: null,
    canAdd: true,
    ...change,
  });

  it('let through groups whose every part is of its kind', () => {
    expect(isSuggestionGroups(sent())).toBe(true);
  });

  it.each([
    ['not an object', 'suggestions'],
    ['groups missing', sent({ groups: undefined })],
    ['a group without its title', sent({}, { conversationTitle: undefined })],
    ['a to-do of three parts', sent({}, { toDos: [['a', null, 1]] })],
    ['a due date that is a number', sent({}, { toDos: [['a', 5]] })],
    ['canAdd as text', sent({ canAdd: 'yes' })],
    ['no count of them all', sent({ total: undefined })],
    ['a count below nought', sent({ total: -1 })],
    ["a conversation's count in parts", sent({}, { count: 1.5 })],
  ])('are refused when %s', (_, sent) => {
    expect(isSuggestionGroups(sent)).toBe(false);
  });
});
