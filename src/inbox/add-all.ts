/**
 * "Add all" in "From your conversations": one for each conversation of the suggestions shown that
 * has more than one, in the order they show. While the newest three show, that is their
 * conversations; once "Show N more" was pressed, every one (a hundred conversations' buttons under
 * three suggestions would not be calm).
 */
import type { Suggestion } from '../../electron/shared/suggestion';

export interface AddAll {
  /** The conversation's first suggestion: Add all names it, and adds its conversation's. */
  first: Suggestion;
  count: number;
}

export function addAllFor(all: readonly Suggestion[], shown: readonly Suggestion[]): AddAll[] {
  const byConversation = new Map<string, AddAll>();
  for (const suggestion of all) {
    const entry = byConversation.get(suggestion.conversationId);
    if (entry) entry.count += 1;
    else byConversation.set(suggestion.conversationId, { first: suggestion, count: 1 });
  }
  const offered: AddAll[] = [];
  for (const { conversationId } of shown) {
    const entry = byConversation.get(conversationId);
    if (entry && entry.count > 1 && !offered.includes(entry)) offered.push(entry);
  }
  return offered;
}
