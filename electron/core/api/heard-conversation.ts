/** A conversation as Omi's conversation list gives it (./conversation-list-api): its summary and the to-dos Omi heard in it. */
import type { ConversationSummary } from '../../shared/conversation';

/** A to-do Omi heard in a conversation. */
interface HeardToDo {
  words: string;
  done: boolean;
  /** ISO 8601, or null. */
  dueAt: string | null;
}

export interface HeardConversation {
  summary: ConversationSummary;
  toDos: HeardToDo[];
}
