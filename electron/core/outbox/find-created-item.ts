/**
 * After a create whose answer was lost, the item may or may not exist on the server. It is looked
 * for in a full list before anything is sent again, so a retry does not make a duplicate.
 *
 * The match is by content, not by a close time: an item with the words we sent that the app did not
 * know before the first POST, created no more than half a day before it. The server stamps
 * `created_at` with its own clock, and a machine clock minutes off would otherwise miss our item
 * (and post it twice).
 */
import type { ActionItem } from '../../shared/action-item';
import type { OutboxEntry } from './outbox-entry';

/** Only for entries saved before `knownIds` existed: server and machine clocks differ a little. */
const CLOCK_SKEW_MS = 2 * 60_000;
/**
 * With `knownIds`, time only rules out items plainly older than our attempt (the app may not have
 * known them: no list yet); a clock off by less than this still finds our item.
 */
const FAR_CLOCK_SKEW_MS = 12 * 60 * 60_000;

export interface CreateAttempt {
  /** Epoch ms of the first POST (machine clock). */
  attemptedAt: number;
  /** The description that was sent. */
  description: string;
  /** Items with the same words known before the first POST; undefined for entries from older files. */
  knownIds?: readonly string[];
}

/**
 * Items our attempts may have created, earliest first: same description, not known before the
 * first attempt, not already matched to another local create. More than one means a save Omi
 * answered late arrived after the app had posted again.
 */
export function findCreatedItems(
  items: readonly ActionItem[],
  attempt: CreateAttempt,
  alreadyMatched: ReadonlySet<string>,
): ActionItem[] {
  const known = attempt.knownIds === undefined ? null : new Set(attempt.knownIds);
  const found = items.filter((item) => {
    if (item.description !== attempt.description || alreadyMatched.has(item.id)) return false;
    if (known !== null && known.has(item.id)) return false;
    if (item.createdAt === null) return known !== null;
    const createdAt = Date.parse(item.createdAt);
    return (
      !Number.isNaN(createdAt) &&
      createdAt >= attempt.attemptedAt - (known === null ? CLOCK_SKEW_MS : FAR_CLOCK_SKEW_MS)
    );
  });
  return found.sort((a, b) => createdMs(a) - createdMs(b));
}

function createdMs(item: ActionItem): number {
  const ms = item.createdAt === null ? Number.NaN : Date.parse(item.createdAt);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/**
 * The server items that creates whose answer was lost made, as their lookup will take them (each
 * one's earliest match). Until the lookup runs, such an item is shown once, as its create: an edit
 * made then goes into the create. Shown apart, an edit of Omi's copy would be measured against it
 * and dropped as nothing to send, or queued apart, and the create laid over the copy afterwards.
 */
export function itemsOfUnansweredCreates(
  items: readonly ActionItem[],
  entries: readonly OutboxEntry[],
  alreadyMatched: ReadonlySet<string>,
): Set<string> {
  const taken = new Set(alreadyMatched);
  const made = new Set<string>();
  for (const { create } of entries) {
    if (!create?.uncertain || create.attemptedAt === null || create.sentDescription === null) continue;
    const [found] = findCreatedItems(
      items,
      {
        attemptedAt: create.attemptedAt,
        description: create.sentDescription,
        ...(create.knownIds ? { knownIds: create.knownIds } : {}),
      },
      taken,
    );
    if (found === undefined) continue;
    made.add(found.id);
    taken.add(found.id);
  }
  return made;
}
