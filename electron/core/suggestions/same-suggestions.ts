/**
 * Whether the "From your conversations" region shows the same now as before: a read that brought
 * nothing new (the second, empty page; a look 15 minutes later) works the suggestions out again as
 * new objects, and without this every push would carry the same suggestions again.
 */
import { sameFields, sameList } from '../../shared/same-values';
import type { SuggestionsShown } from '../../shared/suggestion';

export function sameSuggestions(a: SuggestionsShown, b: SuggestionsShown): boolean {
  if (a === b) return true;
  return (
    a.total === b.total &&
    a.note === b.note &&
    a.canAdd === b.canAdd &&
    sameList(a.items, b.items, sameFields) &&
    sameFields(a.perConversation, b.perConversation)
  );
}
