import { describe, expect, it } from 'vitest';
import type { HeardConversation } from '../../../../electron/core/api/heard-conversation';
import { decisionKey, deriveSuggestions } from '../../../../electron/core/suggestions/derive-suggestions';
import { suggestionKey } from '../../../../electron/shared/suggestion';
import { foldWords } from '../../../../electron/core/suggestions/fold-words';
import type { ItemView } from '../../../../electron/shared/action-item';
import { itemView } from '../../support/items';

const heard = (
  id: string,
  toDos: { words: string; done?: boolean; dueAt?: string | null }[],
  title = `Call ${id}`,
): HeardConversation => ({
  summary: {
    id,
    title,
    overview: 'An overview.',
    emoji: null,
    category: 'work',
    startedAt: null,
    finishedAt: null,
    createdAt: '2026-03-02T08:00:00.000Z',
  },
  toDos: toDos.map((toDo) => ({ words: toDo.words, done: toDo.done ?? false, dueAt: toDo.dueAt ?? null })),
});

function offered(conversations: HeardConversation[], items: ItemView[] = [], decided: string[] = []) {
  return deriveSuggestions({
    conversations,
    items,
    conversationOf: (item) => item.conversationId,
    decided: (key) => decided.includes(key),
  }).map((s) => s.words);
}

describe('suggestions from what Omi heard', () => {
  it('folds case, spaces and punctuation, keeping letters of every script', () => {
    expect(foldWords('  Send the DECK, please!  ')).toBe('send the deck please');
    expect(foldWords('Grüße an Zoë — morgen')).toBe('grüße an zoë morgen');
  });

  it('offers every open to-do with its words, due date and conversation title', () => {
    const [first] = deriveSuggestions({
      conversations: [heard('conv-1', [{ words: 'Send the deck', dueAt: '2026-03-06T17:00:00.000Z' }], '  ')],
      items: [],
      conversationOf: () => null,
      decided: () => false,
    });
    expect(first).toEqual({
      key: suggestionKey('conv-1', 'Send the deck'),
      words: 'Send the deck',
      dueAt: '2026-03-06T17:00:00.000Z',
      conversationId: 'conv-1',
      conversationTitle: 'Untitled conversation',
      heardAt: '2026-03-02T08:00:00.000Z',
    });
  });

  it('leaves out what is done in the conversation', () => {
    expect(offered([heard('c', [{ words: 'Book the room', done: true }, { words: 'Call Ana' }])])).toEqual([
      'Call Ana',
    ]);
  });

  it('leaves out what any open item already says, and what a done item of the same conversation says', () => {
    const items = [
      itemView('1', { description: 'call ana.' }),
      itemView('2', { description: 'Book the room', completed: true, conversationId: 'c' }),
      itemView('3', { description: 'Pay the invoice', completed: true, conversationId: 'other' }),
    ];
    expect(
      offered([heard('c', [{ words: 'Call Ana' }, { words: 'Book the room' }, { words: 'Pay the invoice' }])], items),
    ).toEqual(['Pay the invoice']);
  });

  it('leaves out what was added or dismissed, and the same words twice in one conversation', () => {
    const conversations = [
      heard('c', [
        { words: 'Call Ana' },
        { words: 'call  Ana' },
        { words: 'Send the deck' },
        { words: 'Book the room' },
      ]),
    ];
    expect(offered(conversations, [], [decisionKey('c', 'send the deck'), decisionKey('c', 'book the room')])).toEqual([
      'Call Ana',
    ]);
  });

  it('folds each of 2,000 items and 1,000 to-dos once, and compares none with another', () => {
    const items = Array.from({ length: 2_000 }, (_, i) => itemView(`i${i}`, { description: `Open item number ${i}` }));
    const conversations = Array.from({ length: 100 }, (_, c) =>
      heard(
        `c${c}`,
        Array.from({ length: 10 }, (_, s) => ({ words: s === 0 ? `Open item number ${c}` : `To-do ${c}.${s}` })),
      ),
    );
    let folds = 0;
    const words = deriveSuggestions({
      conversations,
      items,
      conversationOf: (item) => item.conversationId,
      decided: () => false,
      fold: (text) => {
        folds += 1;
        return foldWords(text);
      },
    }).map((s) => s.words);
    expect(folds).toBe(3_000);
    expect(words).toHaveLength(900);
  });
});
