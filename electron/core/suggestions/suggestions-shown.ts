/**
 * What the page is sent of the suggestions (SuggestionsShown): the newest few, or every one while
 * the page asks for all, with how many there are and how many each conversation shown offers.
 */
import {
  conversationCounts,
  NEWEST_SUGGESTIONS,
  type SuggestionsShown,
  type SuggestionsState,
} from '../../shared/suggestion';

export function suggestionsShown(state: SuggestionsState, all: boolean): SuggestionsShown {
  const items = all ? state.items : state.items.slice(0, NEWEST_SUGGESTIONS);
  const shownFrom = new Set(items.map((suggestion) => suggestion.conversationId));
  const perConversation = conversationCounts();
  for (const { conversationId } of state.items)
    if (shownFrom.has(conversationId)) perConversation[conversationId] = (perConversation[conversationId] ?? 0) + 1;
  return { items, total: state.items.length, perConversation, note: state.note, canAdd: state.canAdd };
}
