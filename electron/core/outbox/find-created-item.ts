/**
 * After a create whose answer was lost, the item may or may not exist on the server. It is looked
 * for in a full list before anything is sent again, so a retry never makes a duplicate.
 */
import type { ActionItem } from '../../shared/action-item';

/** Server and machine clocks differ a little; an item created this long before our attempt still counts. */
export const CLOCK_SKEW_MS = 2 * 60_000;

export interface CreateAttempt {
  /** Epoch ms of the first POST. */
  attemptedAt: number;
  /** The description that was sent. */
  description: string;
}

/**
 * The item our attempt created: same description, created after the attempt (give or take clock
 * skew), and not already matched to another local create. The earliest such item wins.
 */
export function findCreatedItem(items: readonly ActionItem[], attempt: CreateAttempt, alreadyMatched: ReadonlySet<string>): ActionItem | null {
  let best: ActionItem | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const item of items) {
    if (item.description !== attempt.description || alreadyMatched.has(item.id) || item.createdAt === null) continue;
    const createdAt = Date.parse(item.createdAt);
    if (Number.isNaN(createdAt) || createdAt < attempt.attemptedAt - CLOCK_SKEW_MS) continue;
    if (createdAt < bestAt) {
      best = item;
      bestAt = createdAt;
    }
  }
  return best;
}
