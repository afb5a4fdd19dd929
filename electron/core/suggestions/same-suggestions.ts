/**
 * Whether the "From your conversations" region shows the same now as before: a read that brought
 * nothing new (the second, empty page; a look 15 minutes later) works the suggestions out again as
 * new objects, and without this every push would carry the same 1,000 suggestions again.
 */
import type { Suggestion, SuggestionsState } from '../../shared/suggestion';

export function sameSuggestions(a: SuggestionsState, b: SuggestionsState): boolean {
  if (a === b) return true;
  return (
    a.note === b.note &&
    a.canAdd === b.canAdd &&
    a.items.length === b.items.length &&
    a.items.every((suggestion, index) => sameSuggestion(suggestion, b.items[index]!))
  );
}

function sameSuggestion(a: Suggestion, b: Suggestion): boolean {
  return (
    a.key === b.key &&
    a.words === b.words &&
    a.dueAt === b.dueAt &&
    a.conversationId === b.conversationId &&
    a.conversationTitle === b.conversationTitle &&
    a.heardAt === b.heardAt
  );
}
