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

/** The list's words, folded: what any open item says, and what each conversation's items say. */
export interface ListWords {
  open: ReadonlySet<string>;
  /** decisionKey of each item that belongs to a conversation, open or done. */
  inConversation: ReadonlySet<string>;
}

/** The list's words folded into sets, once for a list (core keeps them while the list stays the same). */
export function wordsOfList(
  items: readonly ItemView[],
  conversationOf: (item: ItemView) => string | null,
  fold: (text: string) => string = foldWords,
): ListWords {
  const open = new Set<string>();
  const inConversation = new Set<string>();
  for (const item of items) {
    const folded = fold(item.description);
    if (!item.completed) open.add(folded);
    const conversationId = conversationOf(item);
    if (conversationId !== null) inConversation.add(decisionKey(conversationId, folded));
  }
  return { open, inConversation };
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
  /** The list's words, when worked out already for these items (wordsOfList). */
  list?: ListWords;
}

export function deriveSuggestions({
  conversations,
  items,
  conversationOf,
  decided,
  fold = foldWords,
  list = wordsOfList(items, conversationOf, fold),
}: SuggestionInputs): Suggestion[] {
  const offered: Suggestion[] = [];
  const seen = new Set<string>();
  for (const { summary, toDos } of conversations) {
    for (const toDo of toDos) {
      if (toDo.done) continue;
      const folded = fold(toDo.words);
      const remembered = decisionKey(summary.id, folded);
      const skip =
        folded === '' || seen.has(remembered) || list.open.has(folded) || list.inConversation.has(remembered);
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
