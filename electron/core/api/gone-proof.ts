/**
 * Whether an item the app knew, and that came back in neither bucket, is gone. Reads of one bucket
 * are moments apart from reads of the other, and an item ticked (or unticked) elsewhere between
 * them is in neither answer. So an absence counts only when the item's own bucket did not hold it
 * at one moment and the other bucket did not hold it at a later one: then it was deleted. When the
 * reads cannot show that order, the other bucket's covering read is asked once more; an item still
 * unproven is kept as the app knew it. Where the other bucket could not be read at all (it is unsure,
 * or read in windows and the item has no creation time), the item's own bucket decides.
 */
import type { ActionItem } from '../../shared/action-item';
import type { Result } from '../../shared/app-error';
import { ok } from '../../shared/app-error';
import { readPiece, type BucketRead, type Coverage, type ListName, type Reader } from './bucket-read';
import { covers, type CreatedWindow } from './created-windows';

export interface Absences {
  /** Items the second look found (moved to the other bucket while it was read). */
  found: ActionItem[];
  /** Known items not proven gone: shown as known. */
  kept: ActionItem[];
  /** How many of `kept` only because the list changed while it was read. */
  keptWhileChanging: number;
  gets: number;
}

export async function confirmAbsences(
  reader: Reader,
  buckets: Record<ListName, BucketRead>,
  seen: ReadonlyMap<string, ActionItem>,
  known: readonly ActionItem[],
): Promise<Result<Absences>> {
  const result: Absences = { found: [], kept: [], keptWhileChanging: 0, gets: 0 };
  const unproven: { item: ActionItem; own: Coverage; other: ListName }[] = [];
  for (const item of known) {
    if (seen.has(item.id)) continue;
    const ownName: ListName = item.completed ? 'completed' : 'open';
    const other: ListName = item.completed ? 'open' : 'completed';
    const own = earliest(buckets[ownName].coverage.filter((coverage) => holds(coverage, item)));
    // Its own bucket never showed all of its part of the list: it may well be there.
    if (own === undefined) result.kept.push(item);
    // The other bucket could not be read where it would be: its own bucket's word decides (the doubt is said apart).
    else if (!buckets[other].coverage.some((coverage) => holds(coverage, item))) continue;
    else if (!provenGone(buckets[other].coverage, item, own)) unproven.push({ item, own, other });
  }
  if (unproven.length === 0) return ok(result);
  const again = await lookAgain(reader, buckets, unproven);
  if (!again.ok) return again;
  result.gets = again.value.gets;
  result.found = again.value.items;
  const foundIds = new Set(result.found.map((item) => item.id));
  for (const { item, own, other } of unproven) {
    if (foundIds.has(item.id) || provenGone(again.value.coverage[other], item, own)) continue;
    result.kept.push(item);
    result.keptWhileChanging += 1;
  }
  return ok(result);
}

/** The other bucket's covering reads, once more, now that every first read has been answered. */
async function lookAgain(
  reader: Reader,
  buckets: Record<ListName, BucketRead>,
  unproven: readonly { item: ActionItem; other: ListName }[],
): Promise<Result<{ items: ActionItem[]; coverage: Record<ListName, Coverage[]>; gets: number }>> {
  const coverage: Record<ListName, Coverage[]> = { open: [], completed: [] };
  const items: ActionItem[] = [];
  let gets = 0;
  for (const name of ['open', 'completed'] as const) {
    const windows = new Map<string, CreatedWindow | null>();
    for (const { item, other } of unproven) {
      if (other !== name) continue;
      for (const piece of buckets[name].coverage)
        if (holds(piece, item)) windows.set(JSON.stringify(piece.window), piece.window);
    }
    const read: BucketRead = { items: [], coverage: [], gets: 0, unreadable: 0, unsure: false };
    for (const window of windows.values()) {
      const piece = await readPiece(reader, read, name, window);
      if (!piece.ok) return piece;
      items.push(...piece.value.items);
    }
    coverage[name] = read.coverage;
    gets += read.gets;
  }
  return ok({ items, coverage, gets });
}

function provenGone(otherCoverage: readonly Coverage[], item: ActionItem, own: Coverage): boolean {
  return otherCoverage.some((coverage) => coverage.sent > own.answered && holds(coverage, item));
}

/** The read showed everything of its bucket where this item would be. */
function holds(coverage: Coverage, item: ActionItem): boolean {
  if (coverage.window === null) return true;
  return item.createdAt !== null && covers(coverage.window, Date.parse(item.createdAt));
}

function earliest(coverage: readonly Coverage[]): Coverage | undefined {
  return coverage.reduce<Coverage | undefined>(
    (best, next) => (best === undefined || next.answered < best.answered ? next : best),
    undefined,
  );
}
