/**
 * Every edit the user makes — tick, description, due date, new item, delete, undo — checked here
 * and then put into the outbox, which shows it at once and sends it when it can.
 */
import { randomUUID } from 'node:crypto';
import type { ItemChanges, ItemView } from '../../shared/action-item';
import type { AppError, Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import { checkDescription } from '../../shared/description-rules';
import { READ_ONLY_MESSAGE } from '../api/http-errors';
import type { Clock } from '../ports';
import type { Outbox } from '../outbox/outbox';
import { LOCAL_ID_PREFIX } from '../outbox/outbox-entry';

/** How long a delete waits for Undo before it goes to the server. */
export const UNDO_WINDOW_MS = 5_000;

export interface ItemEditorDeps {
  clock: Clock;
  outbox: Outbox;
  /** Where edits may go now; an error when signed out or read-only. */
  canEdit(): Result<{ origin: string }>;
  /** The item as the checklist shows it now. */
  itemView(id: string): ItemView | undefined;
  /** Something was queued: try to send it. */
  queued(): void;
  newLocalId?: () => string;
}

export class ItemEditor {
  constructor(private readonly deps: ItemEditorDeps) {}

  async update(id: string, changes: ItemChanges): Promise<Result<null>> {
    const allowed = this.deps.canEdit();
    if (!allowed.ok) return allowed;
    const key = this.deps.outbox.resolve(id);
    if (!this.deps.itemView(key)) return fail(notInList());
    const clean: ItemChanges = { ...changes };
    if (changes.description !== undefined) {
      const description = checkDescription(changes.description);
      if (!description.ok) return description;
      clean.description = description.value;
    }
    const applied = await this.deps.outbox.apply(key, { kind: 'update', changes: clean }, allowed.value.origin);
    if (!applied.ok) return applied;
    this.deps.queued();
    return ok(null);
  }

  /**
   * Queues a new item. `beforeQueued` hears its id before the outbox keeps it: what the caller must
   * know about the item (a suggestion's conversation) is then on disk first, and a crash between the
   * two writes leaves a note about an item never queued, which can be found and dropped, rather than
   * an item whose note is lost.
   */
  async create(
    description: string,
    dueAt: string | null,
    beforeQueued?: (id: string) => Promise<void>,
  ): Promise<Result<{ id: string }>> {
    const allowed = this.deps.canEdit();
    if (!allowed.ok) return allowed;
    const checked = checkDescription(description);
    if (!checked.ok) return checked;
    const id = `${LOCAL_ID_PREFIX}${(this.deps.newLocalId ?? randomUUID)()}`;
    await beforeQueued?.(id);
    const applied = await this.deps.outbox.apply(
      id,
      { kind: 'create', description: checked.value, dueAt },
      allowed.value.origin,
    );
    if (!applied.ok) return applied;
    this.deps.queued();
    return ok({ id });
  }

  /** Hides the item at once; the server hears of it when the undo window closes. */
  async delete(id: string): Promise<Result<null>> {
    const allowed = this.deps.canEdit();
    if (!allowed.ok) return allowed;
    const key = this.deps.outbox.resolve(id);
    const item = this.deps.itemView(key);
    if (!item) return fail(notInList());
    const notBefore = this.deps.clock.now() + UNDO_WINDOW_MS;
    const applied = await this.deps.outbox.apply(
      key,
      { kind: 'delete', notBefore, description: item.description },
      allowed.value.origin,
    );
    if (!applied.ok) return applied;
    this.deps.queued();
    return ok(null);
  }

  async undoDelete(id: string): Promise<Result<null>> {
    const key = this.deps.outbox.resolve(id);
    const entry = this.deps.outbox.get(key);
    if (!entry?.delete) return fail({ kind: 'not_found', message: 'Too late to undo: the item was already deleted.' });
    const applied = await this.deps.outbox.apply(key, { kind: 'undoDelete' }, this.deps.outbox.origin() ?? '');
    return applied.ok ? ok(null) : applied;
  }
}

function notInList(): AppError {
  return {
    kind: 'not_found',
    message: 'This item is no longer in the list. It may have been deleted elsewhere; refresh to see the latest.',
  };
}

export function readOnlyRefusal(): AppError {
  return { kind: 'forbidden', message: READ_ONLY_MESSAGE };
}
