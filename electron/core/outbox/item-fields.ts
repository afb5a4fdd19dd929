/** Comparing an item's editable fields the way the server means them. */
import type { ActionItem, ItemChanges } from '../../shared/action-item';

/** Due dates are instants: "…T17:00:00+01:00" and "…T16:00:00Z" are the same due date. */
function sameDueAt(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  const aMs = Date.parse(a);
  const bMs = Date.parse(b);
  return Number.isNaN(aMs) || Number.isNaN(bMs) ? a === b : aMs === bMs;
}

/** The changes that `item` does not already have. */
export function changesNotIn(changes: ItemChanges, item: ActionItem): ItemChanges {
  const left: ItemChanges = {};
  if (changes.description !== undefined && changes.description !== item.description)
    left.description = changes.description;
  if (changes.completed !== undefined && changes.completed !== item.completed) left.completed = changes.completed;
  if (changes.dueAt !== undefined && !sameDueAt(changes.dueAt, item.dueAt)) left.dueAt = changes.dueAt;
  return left;
}

/** Whether `a` and `b` set some field both to different values (a field only one of them sets is no disagreement). */
export function disagree(a: ItemChanges, b: ItemChanges): boolean {
  return (
    (a.description !== undefined && b.description !== undefined && a.description !== b.description) ||
    (a.completed !== undefined && b.completed !== undefined && a.completed !== b.completed) ||
    (a.dueAt !== undefined && b.dueAt !== undefined && !sameDueAt(a.dueAt, b.dueAt))
  );
}

export function hasChanges(changes: ItemChanges): boolean {
  return changes.description !== undefined || changes.completed !== undefined || changes.dueAt !== undefined;
}

/**
 * The changes made after `sent` went out: fields not sent, or set to another value since. Fields
 * sent and untouched count as delivered whatever the server echoes, so a server that normalises a
 * value never makes the outbox send it again and again.
 */
export function changedSince(changes: ItemChanges, sent: ItemChanges): ItemChanges {
  const left: ItemChanges = {};
  if (
    changes.description !== undefined &&
    (sent.description === undefined || sent.description !== changes.description)
  ) {
    left.description = changes.description;
  }
  if (changes.completed !== undefined && (sent.completed === undefined || sent.completed !== changes.completed)) {
    left.completed = changes.completed;
  }
  if (changes.dueAt !== undefined && (sent.dueAt === undefined || !sameDueAt(sent.dueAt, changes.dueAt)))
    left.dueAt = changes.dueAt;
  return left;
}
