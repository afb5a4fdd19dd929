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
  /** As the server sent it; the popover shows it only when it is one short emoji (see conversation-words). */
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
