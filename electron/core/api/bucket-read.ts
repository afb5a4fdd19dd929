/**
 * One bucket of the list (open or completed) read so that every item in it comes back exactly once
 * on Omi's server (the rules: docs/omi-server-rules.md). First a plain page: one that comes back
 * clearly short of the page size held the whole bucket (Omi streamed fewer than `limit + 32`
 * documents of it). A full one (or one short by no more than locked items explain) read only a
 * prefix of the bucket, so the bucket is read again in windows of
 * `created_at`, each split in two while it comes back full. Every read that proves which items the
 * bucket held at its moment is kept as a "coverage", so an item missing later can be shown gone.
 */
import type { ActionItem } from '../../shared/action-item';
import type { Result } from '../../shared/app-error';
import { ok } from '../../shared/app-error';
import type { ActionItemsApi, ListedPage, ListQuery } from './action-items-api';
import { planWindows, splitWindow, windowQuery, type CreatedWindow } from './created-windows';

/** The server's largest page (it clamps larger limits silently). */
const PAGE_LIMIT = 1000;
/**
 * Omi drops locked items after cutting a page, so a page cut from a prefix can come back a little
 * short. A page proves it held everything only when it is shorter than this.
 */
const SHORT_BELOW = PAGE_LIMIT - 100;
/** Windows one bucket may take before the app stops and says it could not read it all. */
const MOST_WINDOWS = 40;

export type ListName = 'open' | 'completed';

/** What one read proves: the bucket held nothing else created in `window` (every item: `window` null). */
export interface Coverage {
  window: CreatedWindow | null;
  /** Order of the request leaving and its answer arriving, on the sync's one counter. */
  sent: number;
  answered: number;
}

export interface BucketRead {
  items: ActionItem[];
  coverage: Coverage[];
  gets: number;
  unreadable: number;
  /** A window stayed full however it was cut: some items may be missing. */
  unsure: boolean;
}

export interface Reader {
  api: Pick<ActionItemsApi, 'listPage'>;
  /** Every GET, counted and ordered: the caller asks the budget and tells it the outcome. */
  get(
    api: Pick<ActionItemsApi, 'listPage'>,
    query: ListQuery,
  ): Promise<{ page: Result<ListedPage>; sent: number; answered: number }>;
}

export async function readBucket(reader: Reader, name: ListName): Promise<Result<BucketRead>> {
  const read: BucketRead = { items: [], coverage: [], gets: 0, unreadable: 0, unsure: false };
  // Open items are read without a filter: Omi lists old items that lack a completed mark only so.
  const plain = await readPiece(reader, read, name, null);
  if (!plain.ok) return plain;
  if (plain.value.short) {
    read.items = plain.value.items;
    return ok(read);
  }
  // A prefix only. Items without a creation time are never in a window: keep the ones the prefix showed.
  const collected = new Map(plain.value.items.filter((item) => item.createdAt === null).map((item) => [item.id, item]));
  const known = plain.value.items.flatMap((item) => (item.createdAt === null ? [] : [Date.parse(item.createdAt)]));
  const waiting = planWindows(known);
  let windows = 0;
  while (waiting.length > 0 && !read.unsure) {
    const window = waiting.shift() as CreatedWindow;
    windows += 1;
    const piece = await readPiece(reader, read, name, window);
    if (!piece.ok) return piece;
    for (const item of piece.value.items) collected.set(item.id, item);
    if (piece.value.short) continue;
    for (const item of piece.value.items) if (item.createdAt !== null) known.push(Date.parse(item.createdAt));
    const halves = windows + waiting.length < MOST_WINDOWS ? splitWindow(window, known) : null;
    if (halves === null) read.unsure = true;
    else waiting.unshift(...halves);
  }
  read.items = [...collected.values()];
  return ok(read);
}

/**
 * One GET of a bucket, whole (`window` null) or one window of it; a short answer is recorded as
 * coverage. Only the bucket's own items are kept (an unfiltered page's completed ones fill the rest).
 */
export async function readPiece(
  reader: Reader,
  read: BucketRead,
  name: ListName,
  window: CreatedWindow | null,
): Promise<Result<{ items: ActionItem[]; short: boolean }>> {
  const completed = window === null && name === 'open' ? null : name === 'completed';
  const query: ListQuery = { completed, limit: PAGE_LIMIT, offset: 0, ...(window === null ? {} : windowQuery(window)) };
  read.gets += 1;
  const { page, sent, answered } = await reader.get(reader.api, query);
  if (!page.ok) return page;
  read.unreadable += page.value.unreadable;
  // An unfiltered page ends with completed items: the other bucket's to read, at its own moment.
  const inBucket = page.value.items.filter((item) => item.completed === (name === 'completed'));
  const short = inBucket.length + page.value.unreadable < SHORT_BELOW;
  if (short) read.coverage.push({ window, sent, answered });
  return ok({ items: inBucket, short });
}
