/**
 * The suggestions as a push carries them between the processes: one group per conversation, its
 * id, title, time and how many it offers in all once, then each to-do as [words, due date]. Most
 * pushes carry the newest three (SuggestionsShown); while the page asks for all, 1,000 suggestions
 * as objects would repeat six names, the conversation's facts and a key made of its id and the
 * folded words each time (about 270 KB); grouped, they take about a quarter of that, and a third
 * of the values to copy where they cross into the page's world. The bridge checks the groups
 * (ipc-contract.ts); the page makes the suggestions again (src/common/snapshot-receiver), each key
 * from its conversation's id and words, so it sees suggestions as core made them.
 */
import { isCount, isText, isTextOrNull, isYesNo } from './value-kinds';
import { conversationCounts, offeredIn, suggestionKey, type Suggestion, type SuggestionsShown } from './suggestion';

/** One conversation's suggestions, in the order they are offered. */
interface SuggestionGroup {
  conversationId: string;
  conversationTitle: string;
  heardAt: string;
  /** How many suggestions the conversation offers in all (more than its to-dos here, while only the newest are sent). */
  count: number;
  /** [words, due date (ISO 8601) or null] */
  toDos: [string, string | null][];
}

export interface SuggestionGroups {
  /** Newest first, as the suggestions are. */
  groups: SuggestionGroup[];
  /** How many suggestions are offered in all. */
  total: number;
  note: string | null;
  canAdd: boolean;
}

/** The suggestions grouped, each run of one conversation's suggestions a group, in their order. */
export function toSuggestionGroups(shown: SuggestionsShown): SuggestionGroups {
  const groups: SuggestionGroup[] = [];
  let group: SuggestionGroup | undefined;
  for (const { words, dueAt, conversationId, conversationTitle, heardAt } of shown.items) {
    if (
      group?.conversationId !== conversationId ||
      group.conversationTitle !== conversationTitle ||
      group.heardAt !== heardAt
    ) {
      const count = offeredIn(shown, conversationId);
      group = { conversationId, conversationTitle, heardAt, count, toDos: [] };
      groups.push(group);
    }
    group.toDos.push([words, dueAt]);
  }
  return { groups, total: shown.total, note: shown.note, canAdd: shown.canAdd };
}

/**
 * Whether `sent` is what toSuggestionGroups makes (every field of its kind): the bridge checks it,
 * and drops a push that fails as one of the wrong shape.
 */
export function isSuggestionGroups(sent: unknown): sent is SuggestionGroups {
  if (typeof sent !== 'object' || sent === null) return false;
  const { groups, total, note, canAdd } = sent as Partial<Record<keyof SuggestionGroups, unknown>>;
  if (!Array.isArray(groups) || !isCount(total) || !isTextOrNull(note) || !isYesNo(canAdd)) return false;
  return groups.every((group: unknown) => {
    if (typeof group !== 'object' || group === null) return false;
    const { conversationId, conversationTitle, heardAt, count, toDos } = group as Partial<
      Record<keyof SuggestionGroup, unknown>
    >;
    if (!isText(conversationId) || !isText(conversationTitle) || !isText(heardAt) || !isCount(count)) return false;
    if (!Array.isArray(toDos)) return false;
    return toDos.every(
      (toDo: unknown) => Array.isArray(toDo) && toDo.length === 2 && isText(toDo[0]) && isTextOrNull(toDo[1]),
    );
  });
}

/** The suggestions again, as core made them (the page makes them from the groups the bridge let through). */
export function fromSuggestionGroups({ groups, total, note, canAdd }: SuggestionGroups): SuggestionsShown {
  const items: Suggestion[] = [];
  const perConversation = conversationCounts();
  for (const { conversationId, conversationTitle, heardAt, count, toDos } of groups) {
    perConversation[conversationId] = count;
    for (const [words, dueAt] of toDos)
      items.push({
        key: suggestionKey(conversationId, words),
        words,
        dueAt,
        conversationId,
        conversationTitle,
        heardAt,
      });
  }
  return { items, total, perConversation, note, canAdd };
}
