/**
 * Every item, read the way Omi's server allows (its rules: docs/omi-server-rules.md). Open and
 * completed items are read side by side, each bucket so that every item in it comes back exactly
 * once (bucket-read.ts). An item the app knew that is in neither bucket is dropped only when the
 * reads prove it gone (gone-proof.ts); otherwise it is kept as known, and only it.
 */
import type { ActionItem } from '../../shared/action-item';
import type { Result } from '../../shared/app-error';
import { ok } from '../../shared/app-error';
import { sortItems } from './sort-items';
import type { ActionItemsApi, ListedPage, ListQuery } from './action-items-api';
import { readBucket, type ListName, type Reader } from './bucket-read';
import { confirmAbsences } from './gone-proof';

export interface FullList {
  /** Unique by id, in the app's order; known items whose absence could not be proven are among them. */
  items: ActionItem[];
  /** GET requests this list took. */
  gets: number;
  /** Buckets that could not be read whole (more items created in one instant than a page holds). */
  unsure: ListName[];
  /** Entries Omi sent that were not a readable item: skipped, not shown. */
  unreadable: number;
  /** Known items kept although not seen, because the list changed while it was read. */
  kept: number;
  /** The list changed while it was read (an item was in both buckets, or one could not be proven gone). */
  shifted: boolean;
}

export interface FullSyncHooks {
  /** Asked before every GET (the read budget); a failure ends the sync with it. */
  beforeGet?(): Result<null>;
  /** Told every page's outcome (a 429 pauses reads). */
  afterGet?(result: Result<ListedPage>): void;
  /** The server's items as the app knew them: one missing now is dropped only when proven gone. */
  known?: readonly ActionItem[];
}

export async function fullSync(
  api: Pick<ActionItemsApi, 'listPage'>,
  hooks: FullSyncHooks = {},
): Promise<Result<FullList>> {
  const reader = countingReader(api, hooks);
  const [open, completed] = await Promise.all([readBucket(reader, 'open'), readBucket(reader, 'completed')]);
  if (!open.ok) return open;
  if (!completed.ok) return completed;
  const buckets = { open: open.value, completed: completed.value };
  const merged = mergeById([...open.value.items, ...completed.value.items]);
  const confirmed = await confirmAbsences(reader, buckets, merged.items, hooks.known ?? []);
  if (!confirmed.ok) return confirmed;
  const items = mergeById([...merged.items.values(), ...confirmed.value.found]).items;
  for (const item of confirmed.value.kept) if (!items.has(item.id)) items.set(item.id, item);
  return ok({
    items: sortItems([...items.values()]),
    gets: open.value.gets + completed.value.gets + confirmed.value.gets,
    unsure: (['open', 'completed'] as const).filter((name) => buckets[name].unsure),
    unreadable: open.value.unreadable + completed.value.unreadable,
    kept: confirmed.value.keptWhileChanging,
    shifted: merged.inBoth || confirmed.value.keptWhileChanging > 0,
  });
}

/** Every GET through the hooks, stamped on one counter so reads of both buckets can be ordered. */
function countingReader(api: Pick<ActionItemsApi, 'listPage'>, hooks: FullSyncHooks): Reader {
  let counter = 0;
  return {
    api,
    async get(client, query: ListQuery) {
      const allowed = hooks.beforeGet?.() ?? ok(null);
      counter += 1;
      const sent = counter;
      if (!allowed.ok) return { page: allowed, sent, answered: sent };
      const page = await client.listPage(query);
      hooks.afterGet?.(page);
      counter += 1;
      return { page, sent, answered: counter };
    },
  };
}

/** By id, the newer copy winning; `inBoth`: an item came back twice with different completion. */
function mergeById(items: readonly ActionItem[]): { items: Map<string, ActionItem>; inBoth: boolean } {
  const seen = new Map<string, ActionItem>();
  let inBoth = false;
  for (const item of items) {
    const before = seen.get(item.id);
    if (before !== undefined && before.completed !== item.completed) inBoth = true;
    if (before === undefined || updatedAt(item) >= updatedAt(before)) seen.set(item.id, item);
  }
  return { items: seen, inBoth };
}

function updatedAt(item: ActionItem): number {
  return item.updatedAt === null ? 0 : Date.parse(item.updatedAt);
}
