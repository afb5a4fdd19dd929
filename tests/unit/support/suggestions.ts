/** The suggestion factory of the unit tests: one to-do heard in a conversation, with plain defaults. */
import { suggestionsShown } from '../../../electron/core/suggestions/suggestions-shown';
import type { Suggestion, SuggestionsShown } from '../../../electron/shared/suggestion';

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

/** The region's content with every suggestion sent, as core sends it while the page asks for all. */
export function allShown(items: Suggestion[], fields: Partial<Omit<SuggestionsShown, 'items'>> = {}): SuggestionsShown {
  return { ...suggestionsShown({ items, note: null, canAdd: true }, true), ...fields };
}
