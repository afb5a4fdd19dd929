/**
 * "Add all" in "From your conversations": one for each conversation of the suggestions shown that
 * has more than one, in the order they show. While the newest three show, that is their
 * conversations; once "Show N more" was pressed, every one (a hundred conversations' buttons under
 * three suggestions would not be calm).
 */
import { offeredIn, type Suggestion, type SuggestionsShown } from '../../electron/shared/suggestion';

export interface AddAll {
  /** The conversation's first suggestion: Add all names it, and adds its conversation's. */
  first: Suggestion;
  /** How many its conversation offers in all (shown or not). */
  count: number;
}

export function addAllFor(offered: Pick<SuggestionsShown, 'perConversation'>, shown: readonly Suggestion[]): AddAll[] {
  const result: AddAll[] = [];
  const named = new Set<string>();
  for (const suggestion of shown) {
    const count = offeredIn(offered, suggestion.conversationId);
    if (count <= 1 || named.has(suggestion.conversationId)) continue;
    named.add(suggestion.conversationId);
    result.push({ first: suggestion, count });
  }
  return result;
}
