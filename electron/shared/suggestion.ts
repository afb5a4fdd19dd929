/**
 * What Omi heard: to-dos Omi extracted from the person's recent conversations that are not on the
 * list, offered in the popover's "From your conversations" region to add with one click.
 */

/** One to-do Omi heard and the list does not hold. */
export interface Suggestion {
  /** Names it among those offered: its conversation's id and its words (suggestionKey). */
  key: string;
  words: string;
  /** ISO 8601, or null. */
  dueAt: string | null;
  conversationId: string;
  /** The conversation's title as Omi wrote it ("Untitled conversation" when none). */
  conversationTitle: string;
  /** When the conversation was created (ISO 8601): newest first. */
  heardAt: string;
}

/**
 * A suggestion's key: its conversation's id and its words as Omi wrote them. Two to-dos of one
 * conversation whose words differ only in case or punctuation are offered once, so the key names
 * one suggestion; core remembers what was decided by the words folded (derive-suggestions).
 */
export function suggestionKey(conversationId: string, words: string): string {
  return `${conversationId}\u0000${words}`;
}

/** The region's content, worked out in core. */
export interface SuggestionsState {
  /** Newest first. */
  items: Suggestion[];
  /** One calm line when suggestions cannot be had (a key that may not read conversations), else null. */
  note: string | null;
  /** Whether Add may send (a key that can change items). */
  canAdd: boolean;
}

export const NO_SUGGESTIONS: SuggestionsState = { items: [], note: null, canAdd: false };

/** How many of the newest suggestions the region shows before "Show N more". */
export const NEWEST_SUGGESTIONS = 3;

/**
 * The region's content as the page is sent it: the newest few suggestions, or every one while the
 * page asks for all ("Show N more" pressed, or Quick edit open to search them). A thousand
 * suggestions cost the page and the bridge far more than the three that show, and most people never
 * look past them.
 */
export interface SuggestionsShown {
  /** Newest first: the first NEWEST_SUGGESTIONS, or all of them while the page asks for all. */
  items: Suggestion[];
  /** How many are offered in all. */
  total: number;
  /** How many each conversation of `items` offers in all ("Add all N"). */
  perConversation: Record<string, number>;
  note: string | null;
  canAdd: boolean;
}

/** How many suggestions `conversationId` offers in all, as `shown` says (0 when it does not say). */
export function offeredIn(shown: Pick<SuggestionsShown, 'perConversation'>, conversationId: string): number {
  return Object.hasOwn(shown.perConversation, conversationId) ? (shown.perConversation[conversationId] ?? 0) : 0;
}

/** A count for each conversation, with no names of its own ("constructor" is a conversation's id like any other). */
export function conversationCounts(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

export const NO_SUGGESTIONS_SHOWN: SuggestionsShown = {
  items: [],
  total: 0,
  perConversation: conversationCounts(),
  note: null,
  canAdd: false,
};

/** Said when Add is pressed with a key that can only read; nothing is sent. */
export const ADD_NEEDS_WRITE_KEY = 'Adding needs an Omi developer key that can change items.';

/** "3 suggestions from your conversations": the tray's line, and the region's when folded. */
export function suggestionsLine(count: number): string {
  return `${count} suggestion${count === 1 ? '' : 's'} from your conversations`;
}
