/**
 * What the checklist shows: the server's items with the outbox laid on top. Pending edits show at
 * once; items being deleted are hidden; items created here appear before the server knows them, and
 * once only while a create whose answer was lost is not yet matched to the item Omi made.
 */
import type { ActionItem, ItemChanges, ItemView } from '../../shared/action-item';
import type { PendingDelete } from '../../shared/app-state';
import { itemsOfUnansweredCreates } from '../outbox/find-created-item';
import type { OutboxEntry } from '../outbox/outbox-entry';
import { sortItems } from '../api/sort-items';

export function buildItemViews(
  serverItems: Iterable<ActionItem>,
  entries: readonly OutboxEntry[],
  /** Server ids already matched to a create made here (Outbox.adoptedIds). */
  adopted: ReadonlySet<string> = new Set(),
): ItemView[] {
  const byKey = new Map<string, OutboxEntry>();
  for (const entry of entries) byKey.set(entry.key, entry);
  const items = [...serverItems];
  // Omi's copy of an item whose create got no answer shows as that create until it is recognised.
  const madeHere = itemsOfUnansweredCreates(items, entries, adopted);
  const views: ItemView[] = [];
  for (const item of items) {
    if (madeHere.has(item.id)) continue;
    const entry = byKey.get(item.id);
    if (!entry) {
      views.push({ ...item, pending: false, localOnly: false });
      continue;
    }
    if (entry.delete) continue;
    views.push({ ...overlay(item, entry.changes, entry.editedAt), pending: true, localOnly: false });
  }
  for (const entry of entries) {
    if (!entry.create || entry.delete) continue;
    views.push({ ...localItem(entry), pending: true, localOnly: true });
  }
  return sortItems(views);
}

/** Deletes the user can still undo, soonest first. */
export function pendingDeletes(entries: readonly OutboxEntry[]): PendingDelete[] {
  return entries
    .filter((entry) => entry.delete !== null)
    .map((entry) => ({
      id: entry.key,
      description: entry.delete?.description ?? '',
      sendAt: new Date(entry.delete?.notBefore ?? 0).toISOString(),
    }))
    .sort((a, b) => a.sendAt.localeCompare(b.sendAt));
}

function overlay(item: ActionItem, changes: ItemChanges, editedAt: number): ActionItem {
  const next: ActionItem = { ...item };
  if (changes.description !== undefined) next.description = changes.description;
  if (changes.dueAt !== undefined) next.dueAt = changes.dueAt;
  if (changes.completed !== undefined && changes.completed !== item.completed) {
    next.completed = changes.completed;
    // Shown as just completed until the server stamps its own time.
    next.completedAt = changes.completed ? new Date(editedAt).toISOString() : null;
  }
  return next;
}

function localItem(entry: OutboxEntry): ActionItem {
  const created = new Date(entry.queuedAt).toISOString();
  const completed = entry.changes.completed ?? false;
  return {
    id: entry.key,
    description: entry.changes.description ?? '',
    completed,
    dueAt: entry.changes.dueAt ?? null,
    createdAt: created,
    updatedAt: null,
    completedAt: completed ? new Date(entry.editedAt).toISOString() : null,
    conversationId: null,
  };
}
