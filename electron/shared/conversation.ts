/**
 * What the popover learns about the conversation an action item came from: either its summary, or
 * why it cannot be shown, already in words. Failures are values here, never thrown and never
 * alerts: a conversation that cannot be shown must not get in the way of its item.
 */

/** A conversation's summary as Omi wrote it (DeveloperConversation, without the transcript). */
export interface ConversationSummary {
  id: string;
  title: string;
  overview: string;
  /** As the server sent it; the popover shows it only when it is one short emoji (see core/conversations/summary-words). */
  emoji: string | null;
  category: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  createdAt: string;
}

/** Why a conversation is not shown; each has its own calm line. */
export type ConversationProblem =
  | 'missing_scope'
  | 'deleted'
  | 'processing'
  | 'offline'
  | 'rate_limited'
  | 'read_share_used'
  | 'not_connected'
  | 'unsupported'
  | 'failed';

export type ConversationLookup =
  | { kind: 'found'; conversation: ConversationSummary; fetchedAt: string }
  | { kind: 'unavailable'; problem: ConversationProblem; message: string };

/** A found summary in the words the popover shows, worked out in the core (see core/conversations/summary-words). */
export interface ConversationWords {
  /** One short emoji, or null. */
  emoji: string | null;
  /** One line, cut at TITLE_MAX; "Untitled conversation" when Omi wrote none. */
  title: string;
  /** The whole title for a tooltip when it was cut, else null. */
  fullTitle: string | null;
  /** "Tue 14:05, 40 min" in the user's zone. */
  when: string;
  /** "Tuesday 2 December 2025, 14:05" for a tooltip. */
  fullWhen: string;
  /** Cut at OVERVIEW_MAX; null when Omi wrote none. */
  overview: string | null;
}

/** What `conversations:get` answers: a lookup, a found one with its words (the popover formats nothing itself). */
export type ConversationAnswer =
  | (Extract<ConversationLookup, { kind: 'found' }> & { words: ConversationWords })
  | Extract<ConversationLookup, { kind: 'unavailable' }>;
