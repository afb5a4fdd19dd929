/**
 * Every reachable item, read the way the server allows. The server pages one sorted list whose
 * pages can overlap or skip when items change between requests, drops locked items after cutting a
 * page (so a short page is no proof of the end), and never returns an item past position 2000. So
 * open and completed items are read as two lists of pages of 1000 until an empty page or the reach
 * ends, de-duplicated by id and sorted here; what could not be seen is reported, not hidden.
 */
import type { ActionItem } from '../../shared/action-item';
import type { Result } from '../../shared/app-error';
import { ok } from '../../shared/app-error';
import { sortItems } from '../items/sort-items';
import type { ActionItemsApi } from './action-items-api';

/** The server's largest page (it clamps larger limits silently). */
export const PAGE_LIMIT = 1000;
/** The server never returns an item past this position of a list. */
export const REACHABLE_PER_LIST = 2000;

export type ListName = 'open' | 'completed';

export interface FullList {
  /** Unique by id, in the app's order. */
  items: ActionItem[];
  /** GET requests this list took. */
  gets: number;
  /** Lists whose last reachable page was full: more items may sit past position 2000, out of reach. */
  beyondReach: ListName[];
  /** An item came back on two pages: the list changed while it was read, so another may have been skipped. */
  shifted: boolean;
}

export interface FullSyncHooks {
  /** Asked before every GET (the read budget); a failure ends the sync with it. */
  beforeGet?(): Result<null>;
  /** Told every page's outcome (a 429 pauses reads). */
  afterGet?(result: Result<ActionItem[]>): void;
}

export async function fullSync(api: Pick<ActionItemsApi, 'listPage'>, hooks: FullSyncHooks = {}): Promise<Result<FullList>> {
  // The two lists are read side by side; the pages of each one after the other.
  const [open, completed] = await Promise.all([readList(api, 'open', hooks), readList(api, 'completed', hooks)]);
  if (!open.ok) return open;
  if (!completed.ok) return completed;
  const seen = new Map<string, ActionItem>();
  let shifted = open.value.shifted || completed.value.shifted;
  for (const item of [...open.value.items, ...completed.value.items]) {
    const before = seen.get(item.id);
    // In both lists: it was ticked or unticked while they were read.
    if (before !== undefined) shifted = true;
    if (before === undefined || updatedAt(item) >= updatedAt(before)) seen.set(item.id, item);
  }
  return ok({
    items: sortItems([...seen.values()]),
    gets: open.value.gets + completed.value.gets,
    beyondReach: [...(open.value.beyondReach ? (['open'] as const) : []), ...(completed.value.beyondReach ? (['completed'] as const) : [])],
    shifted,
  });
}

interface OneList {
  items: ActionItem[];
  gets: number;
  beyondReach: boolean;
  shifted: boolean;
}

async function readList(api: Pick<ActionItemsApi, 'listPage'>, name: ListName, hooks: FullSyncHooks): Promise<Result<OneList>> {
  const seen = new Map<string, ActionItem>();
  const list: OneList = { items: [], gets: 0, beyondReach: false, shifted: false };
  for (let offset = 0; offset < REACHABLE_PER_LIST; offset += PAGE_LIMIT) {
    const allowed = hooks.beforeGet?.() ?? ok(null);
    if (!allowed.ok) return allowed;
    list.gets += 1;
    const page = await api.listPage({ completed: name === 'completed', limit: PAGE_LIMIT, offset });
    hooks.afterGet?.(page);
    if (!page.ok) return page;
    if (page.value.length === 0) break;
    for (const item of page.value) {
      const before = seen.get(item.id);
      // On two pages: the list moved under us, and another item may have slipped past both.
      if (before !== undefined) list.shifted = true;
      if (before === undefined || updatedAt(item) >= updatedAt(before)) seen.set(item.id, item);
    }
    if (offset + PAGE_LIMIT >= REACHABLE_PER_LIST && page.value.length >= PAGE_LIMIT) list.beyondReach = true;
  }
  list.items = [...seen.values()];
  return ok(list);
}

function updatedAt(item: ActionItem): number {
  return item.updatedAt === null ? 0 : Date.parse(item.updatedAt);
}
