/** The suggestion factory of the unit tests: one to-do heard in a conversation, with plain defaults. */
import { conversationCounts, type Suggestion, type SuggestionsShown } from '../../../electron/shared/suggestion';

export function suggestion(words: string, fields: Partial<Suggestion> = {}): Suggestion {
  const conversationId = fields.conversationId ?? 'c1';
  return {
    key: `${conversationId}\u0000${words.toLowerCase()}`,
    words,
    dueAt: null,
    conversationId,
    conversationTitle: 'Planning the launch',
    heardAt: '2026-12-06T10:00:00.000Z',
    ...fields,
  };
}

/** The region's content with every suggestion sent (as while the page asks for all), counted per conversation. */
export function allShown(items: Suggestion[], fields: Partial<Omit<SuggestionsShown, 'items'>> = {}): SuggestionsShown {
  const perConversation = conversationCounts();
  for (const { conversationId } of items) perConversation[conversationId] = (perConversation[conversationId] ?? 0) + 1;
  return { items, total: items.length, perConversation, note: null, canAdd: true, ...fields };
}
