/**
 * Which to-dos Omi heard are offered as suggestions. One is left out when it is done in the
 * conversation, already on the list (an item of the same conversation, open or done, or any open
 * item, with the same words once folded), added from here before, or dismissed. The list's words
 * are folded once into sets, so each to-do is one lookup: no pairwise compare.
 */
import type { ItemView } from '../../shared/action-item';
import { suggestionKey, type Suggestion } from '../../shared/suggestion';
import type { HeardConversation } from '../api/heard-conversation';
import { foldWords } from './fold-words';

/**
 * What a decision about a suggestion (added, dismissed) is remembered by: its conversation's id and
 * its words folded, stable across reads however Omi writes the words next time.
 */
export function decisionKey(conversationId: string, folded: string): string {
  return `${conversationId}\u0000${folded}`;
}

export interface SuggestionInputs {
  /** Newest first, as Omi lists them. */
  conversations: readonly HeardConversation[];
  items: readonly ItemView[];
  /** The conversation an item belongs to, also one added from here (Omi created it without). */
  conversationOf(item: ItemView): string | null;
  /** Whether the person added or dismissed it already (by decisionKey). */
  decided(decisionKey: string): boolean;
  /** Folds words as foldWords does (a memory of them may stand in: ./folded-words). */
  fold?: (text: string) => string;
}

export function deriveSuggestions({
  conversations,
  items,
  conversationOf,
  decided,
  fold = foldWords,
}: SuggestionInputs): Suggestion[] {
  const openWords = new Set<string>();
  const conversationWords = new Set<string>();
  for (const item of items) {
    const folded = fold(item.description);
    if (!item.completed) openWords.add(folded);
    const conversationId = conversationOf(item);
    if (conversationId !== null) conversationWords.add(decisionKey(conversationId, folded));
  }
  const offered: Suggestion[] = [];
  const seen = new Set<string>();
  for (const { summary, toDos } of conversations) {
    for (const toDo of toDos) {
      if (toDo.done) continue;
      const folded = fold(toDo.words);
      const remembered = decisionKey(summary.id, folded);
      const skip = folded === '' || seen.has(remembered) || openWords.has(folded) || conversationWords.has(remembered);
      if (skip || decided(remembered)) continue;
      seen.add(remembered);
      offered.push({
        key: suggestionKey(summary.id, toDo.words),
        words: toDo.words,
        dueAt: toDo.dueAt,
        conversationId: summary.id,
        conversationTitle: summary.title.trim() || 'Untitled conversation',
        heardAt: summary.createdAt,
      });
    }
  }
  return offered;
}
