/**
 * The merge rules of the outbox, as one pure function: given the item's pending entry (if any) and
 * a new edit, the entry that should be pending afterwards (null: nothing left to send).
 *
 * - Field edits merge; a later value for a field wins.
 * - An edit to an item created here merges into the create.
 * - A delete sits on top of whatever was pending (undo gives it back) and, once sent, supersedes it;
 *   a delete of an item never sent to the server ends without any request.
 * - An edit that puts a field back to the server's value cancels that field, but only while no
 *   request for the item is on its way or unanswered (the server may be about to take the earlier value).
 */
import type { ActionItem, ItemChanges } from '../../shared/action-item';
import type { AppError, Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import { changesNotIn, hasChanges } from './item-fields';
import { undoLineWords, type OutboxEntry } from './outbox-entry';

export type Edit =
  | { kind: 'update'; changes: ItemChanges }
  | { kind: 'create'; description: string; dueAt: string | null }
  | { kind: 'delete'; notBefore: number; description: string }
  | { kind: 'undoDelete' };

export interface EditContext {
  key: string;
  /** The item as the server last told us; undefined for an item created here. */
  serverItem: ActionItem | undefined;
  /** A request for this item is on its way now. */
  inFlight: boolean;
  now: number;
  /** Queue position for a new entry. */
  nextSeq: number;
}

export function mergeEdit(
  entry: OutboxEntry | undefined,
  edit: Edit,
  context: EditContext,
): Result<OutboxEntry | null> {
  switch (edit.kind) {
    case 'update':
      return mergeUpdate(entry, edit.changes, context);
    case 'create':
      if (entry) return fail(refusal('invalid_input', 'An item with this id is already waiting to be created.'));
      return ok({
        key: context.key,
        seq: context.nextSeq,
        queuedAt: context.now,
        editedAt: context.now,
        changes: { description: edit.description, completed: false, dueAt: edit.dueAt },
        create: { attemptedAt: null, sentDescription: null, uncertain: false },
        delete: null,
      });
    case 'delete':
      if (entry?.delete) return ok(entry);
      return ok({
        ...(entry ?? fresh(context)),
        editedAt: context.now,
        delete: { notBefore: edit.notBefore, description: undoLineWords(edit.description) },
      });
    case 'undoDelete':
      if (!entry?.delete) return fail(refusal('not_found', 'There is no delete to undo for this item.'));
      // Inside its window the delete has not left: a request in flight is some earlier edit, and undo is safe.
      if (context.inFlight && context.now >= entry.delete.notBefore) {
        return fail(refusal('invalid_input', 'Too late to undo: the item is being deleted on the server right now.'));
      }
      // A DELETE left and its answer never came: Omi may have deleted the item already.
      if (entry.delete.sentAt !== undefined) {
        return fail(refusal('invalid_input', 'Too late to undo: the delete may already have reached Omi.'));
      }
      return ok(settle({ ...entry, delete: null }, context));
  }
}

function mergeUpdate(
  entry: OutboxEntry | undefined,
  changes: ItemChanges,
  context: EditContext,
): Result<OutboxEntry | null> {
  if (entry?.delete) return fail(refusal('not_found', 'This item is being deleted. Undo the delete to change it.'));
  const base = entry ?? fresh(context);
  return ok(settle({ ...base, editedAt: context.now, changes: { ...base.changes, ...changes } }, context));
}

/** Drops fields the server already has (when safe) and the entry itself when nothing is left. */
function settle(entry: OutboxEntry, context: EditContext): OutboxEntry | null {
  if (entry.create || entry.delete) return entry;
  // While a request may still land (on its way, or unanswered and maybe saved late), the server's
  // last word is not final: an edit back to it must still be sent.
  const changes =
    context.inFlight || entry.unsure || !context.serverItem
      ? entry.changes
      : changesNotIn(entry.changes, context.serverItem);
  return hasChanges(changes) ? { ...entry, changes } : null;
}

function fresh(context: EditContext): OutboxEntry {
  return {
    key: context.key,
    seq: context.nextSeq,
    queuedAt: context.now,
    editedAt: context.now,
    changes: {},
    create: null,
    delete: null,
  };
}

function refusal(kind: AppError['kind'], message: string): AppError {
  return { kind, message };
}
