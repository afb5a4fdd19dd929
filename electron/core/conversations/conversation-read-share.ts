/**
 * How many conversations the app may read per key per hour.
 *
 * Omi counts conversation reads apart from action-item reads: every conversation read takes one of
 * the key's 60 conversation reads an hour (`dev:conversation_reads_total`, and the detail route's own
 * `dev:conversation_detail_read`, 60 too), never one of the list's 120. So conversations have a
 * ReadBudget of their own (bucket 'conversations', per key like the list's), and a 429 on a
 * conversation pauses only conversations: the list keeps working whatever the user opens.
 * Every conversation read is one the person asked for by looking: the list of recent conversations
 * (for suggestions) when the popover opens, at most every 15 minutes, and on Refresh, at most every
 * 10 (suggestions/conversation-list-reader), and one conversation when its panel opens and it was not
 * among those read (kept for a day). A normal hour needs a handful; 50 lets someone click through
 * several screens of items and leaves a few of Omi's 60 to other apps using the same key.
 */
import type { ReadBudgetLimits } from '../items/read-budget';

export const CONVERSATION_READS_PER_HOUR = 50;

/** Every conversation read comes from a look (the popover shown, Refresh, a panel opened): none are automatic. */
export const CONVERSATION_READ_LIMITS: ReadBudgetLimits = {
  automaticPerHour: 0,
  totalPerHour: CONVERSATION_READS_PER_HOUR,
};
