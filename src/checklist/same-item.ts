/**
 * Whether two items read the same in every field. A build of the checklist asks this of each of
 * 2,000 rows, on every snapshot and every tick, so each field is compared by name: a loop over
 * the field names reads each by a computed key, several times slower. A new field of ItemView
 * must be added here (the unit test changes every field of the item table, one at a time).
 */
import type { ItemView } from '../../electron/shared/action-item';

export function sameItem(a: ItemView, b: ItemView): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.description === b.description &&
      a.completed === b.completed &&
      a.dueAt === b.dueAt &&
      a.createdAt === b.createdAt &&
      a.updatedAt === b.updatedAt &&
      a.completedAt === b.completedAt &&
      a.conversationId === b.conversationId &&
      a.pending === b.pending &&
      a.localOnly === b.localOnly)
  );
}
