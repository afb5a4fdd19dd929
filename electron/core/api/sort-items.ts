/**
 * The order Omi's own apps use: open before completed; within each, dated items by due time,
 * then undated ones; ties newest-created first.
 */
import type { ActionItem } from '../../shared/action-item';

function compareItems(a: ActionItem, b: ActionItem): number {
  if (a.completed !== b.completed) return a.completed ? 1 : -1;
  const aDue = instant(a.dueAt);
  const bDue = instant(b.dueAt);
  const aDated = !Number.isNaN(aDue);
  const bDated = !Number.isNaN(bDue);
  if (aDated !== bDated) return aDated ? -1 : 1;
  if (aDated && aDue !== bDue) return aDue - bDue;
  const created = (instant(b.createdAt) || 0) - (instant(a.createdAt) || 0);
  if (created !== 0) return created;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortItems<T extends ActionItem>(items: T[]): T[] {
  return items.sort(compareItems);
}

function instant(iso: string | null): number {
  return iso === null ? Number.NaN : Date.parse(iso);
}
