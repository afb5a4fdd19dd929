/**
 * Every reachable item in as few requests as the API allows. The server pages one sorted list whose
 * pages can overlap or skip, and nothing past position 2000 is reachable; so open and completed items
 * are fetched as two lists of up to 1000 per page, de-duplicated by id and sorted here.
 */
import type { ActionItem } from '../../shared/action-item';
import type { Result } from '../../shared/app-error';
import { ok } from '../../shared/app-error';
import { sortItems } from '../items/sort-items';

/** The server's largest page (it clamps larger limits silently). */
export const PAGE_LIMIT = 1000;
/** The server never returns an item past this position of a list. */
export const REACHABLE_PER_LIST = 2000;

export type FetchPage = (completed: boolean, offset: number) => Promise<Result<ActionItem[]>>;

export async function fetchEveryItem(fetchPage: FetchPage): Promise<Result<ActionItem[]>> {
  const [open, completed] = await Promise.all([fetchList(fetchPage, false), fetchList(fetchPage, true)]);
  if (!open.ok) return open;
  if (!completed.ok) return completed;
  return ok(sortItems(uniqueById([...open.value, ...completed.value])));
}

async function fetchList(fetchPage: FetchPage, completed: boolean): Promise<Result<ActionItem[]>> {
  const items: ActionItem[] = [];
  for (let offset = 0; offset < REACHABLE_PER_LIST; offset += PAGE_LIMIT) {
    const page = await fetchPage(completed, offset);
    if (!page.ok) return page;
    items.push(...page.value);
    // A full page may have more behind it; a short one ends the list.
    if (page.value.length < PAGE_LIMIT) break;
  }
  return ok(items);
}

/** An item seen twice (it moved while the pages were read) keeps its most recently updated copy. */
function uniqueById(items: ActionItem[]): ActionItem[] {
  const byId = new Map<string, ActionItem>();
  for (const item of items) {
    const seen = byId.get(item.id);
    if (seen === undefined || updatedAt(item) >= updatedAt(seen)) byId.set(item.id, item);
  }
  return [...byId.values()];
}

function updatedAt(item: ActionItem): number {
  return item.updatedAt === null ? 0 : Date.parse(item.updatedAt);
}
