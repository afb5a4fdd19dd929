/**
 * The open items the page benches list (generateItems: three in four with a due date, from ten days
 * ago to a month ahead), eight in ten from a conversation, as Omi's to-dos mostly are (each such row
 * carries "Show conversation").
 */
import { generateItems } from '../../tests/fake-omi/sample-items';
import type { ApiItem } from '../../tests/fake-omi/server';

const FROM_CONVERSATIONS = 0.8;

export function openItems(count: number): ApiItem[] {
  return generateItems(count, { completed: false, now: new Date(), conversationShare: FROM_CONVERSATIONS });
}
