/**
 * Delivers one outbox entry to the server and says how it went: done (sent, refused or dropped),
 * retry later, or wait until a set time. When to try is the sender's business (./outbox-sender).
 *
 * - Success removes the entry (only then: a restart resends what was never confirmed). Edits made
 *   while the request was on its way stay as a fresh entry and go in the next request.
 * - Refusals (not found, forbidden, locked, invalid) drop the refused change only; the item falls
 *   back to the server's state and the caller is told so the user hears why.
 * - A create is recorded as attempted before its POST; if the answer is lost, the next attempt
 *   waits until a save Omi answers late would show, then looks for the item in a full list (one
 *   that a refresh fetched after that time, or its own through the read budget) before posting again.
 * - A tick is not sent again once the server shows the item completed: every `completed: true`
 *   moves the server's `completed_at`.
 */
import type { ActionItem, ItemChanges } from '../../shared/action-item';
import type { AppError } from '../../shared/app-error';
import type { ActionItemsApi } from '../api/action-items-api';
import { notConfirmed } from './checking-words';
import { changedSince, disagree, hasChanges } from './item-fields';
import { LATE_SAVE_MS, mayStillLand } from './late-saves';
import { LostWriteLookup, type ListedItems, type LostWriteLookupDeps, type NotYet } from './lost-write-lookup';
import type { Outbox } from './outbox';
import type { CreateState, OutboxEntry, UnsureWrite } from './outbox-entry';
import { isTransient, outcomeUnknown, provesNothingSaved, type Refusal } from './refusal';

/** What the server now says about items. */
export interface ServerItems extends ListedItems {
  upsert(item: ActionItem): void;
  remove(id: string): void;
  /** The server's last word on one item. */
  get(id: string): ActionItem | undefined;
}

export interface EntryDeliveryDeps extends LostWriteLookupDeps {
  outbox: Outbox;
  server: ServerItems;
  /** A change the server will never take was dropped. */
  refused(refusal: Refusal): void;
  /** The waiting changes the key in use may send, oldest first (a 403 drops them all). */
  mine(): OutboxEntry[];
}

/** How delivering one entry went. */
export type Outcome = { kind: 'done' } | NotYet;
const DONE: Outcome = { kind: 'done' };

export const CANNOT_CLEAR_DUE_DATE: AppError = {
  kind: 'cannot_clear_due_date',
  message: "This Omi server can't clear due dates, so it kept the old one; set another date instead.",
};

export class EntryDelivery {
  private readonly lookup: LostWriteLookup;

  constructor(private readonly deps: EntryDeliveryDeps) {
    this.lookup = new LostWriteLookup(deps);
  }

  async deliver(api: ActionItemsApi, entry: OutboxEntry): Promise<Outcome> {
    const { outbox } = this.deps;
    outbox.markInFlight(entry.key, true);
    try {
      if (!entry.create && !entry.delete && !hasChanges(entry.changes)) {
        await outbox.replace(entry.key, null);
        return DONE;
      }
      if (entry.delete)
        return entry.create ? await this.deleteLocalItem(api, entry) : await this.sendDelete(api, entry);
      if (entry.create) return await this.sendCreate(api, entry);
      return await this.sendUpdate(api, entry);
    } finally {
      outbox.markInFlight(entry.key, false);
    }
  }

  private async sendUpdate(api: ActionItemsApi, entry: OutboxEntry): Promise<Outcome> {
    const key = entry.key;
    if (entry.unsure) {
      const waited = await this.outwaitUnsure(api, entry, entry.unsure);
      if (waited.kind !== 'done') return waited;
    }
    const sent: ItemChanges = { ...entry.changes };
    // Every `completed: true` stamps a new completed_at: never send it for an item already completed.
    if (sent.completed === true && this.deps.server.get(key)?.completed === true) delete sent.completed;
    if (!hasChanges(sent)) {
      await this.deps.outbox.replace(key, this.afterSent(key, entry.changes));
      return DONE;
    }
    const leftAt = this.deps.clock.now();
    const result = await api.update(key, sent);
    if (!result.ok) {
      if (outcomeUnknown(result.error)) await this.markUnsure(key, leftAt, sent);
      return this.failed(key, result.error, 'update', sent);
    }
    const item = result.value;
    this.deps.server.upsert(item);
    // Some servers ignore `due_at: null` beside other fields: the due date stays. Say so, once.
    const clearIgnored = sent.dueAt === null && item.dueAt !== null;
    await this.deps.outbox.replace(key, this.afterSent(key, entry.changes));
    if (clearIgnored) this.deps.refused({ id: key, error: CANNOT_CLEAR_DUE_DATE, action: 'update' });
    return DONE;
  }

  /**
   * An earlier PATCH of this item got no answer and may still be saved late. A change that disagrees
   * with it waits until no late save can come (else the late one would undo it); a tick sent again
   * first looks whether the earlier one arrived.
   */
  private async outwaitUnsure(api: ActionItemsApi, entry: OutboxEntry, unsure: UnsureWrite): Promise<Outcome> {
    const wanted = entry.changes;
    const settledAt = unsure.leftAt + LATE_SAVE_MS;
    if (disagree(wanted, unsure.changes) && this.deps.clock.now() < settledAt) {
      return {
        kind: 'wait',
        until: settledAt,
        error: notConfirmed('earlier change'),
      };
    }
    if (unsure.changes.completed === true && wanted.completed === true)
      return this.lookup.listAfter(api, unsure.leftAt, 'marked done');
    return DONE;
  }

  /** A PATCH got no answer (or one that proves nothing): remember it with the entry (across restarts) until it can no longer land. */
  private async markUnsure(key: string, leftAt: number, sent: ItemChanges): Promise<void> {
    const current = this.deps.outbox.get(key);
    if (!current) return;
    await this.deps.outbox.replace(key, {
      ...current,
      unsure: { leftAt, changes: { ...current.unsure?.changes, ...sent } },
    });
  }

  /**
   * The entry left once `sent` was delivered: what was edited meanwhile, and a delete on top. An
   * earlier unanswered PATCH stays guarded until it can no longer land late, whatever was answered
   * since (the outbox keeps the guard if the entry leaves).
   */
  private afterSent(key: string, sent: ItemChanges): OutboxEntry | null {
    const current = this.deps.outbox.get(key);
    if (!current) return null;
    const changes = changedSince(current.changes, sent);
    const { unsure, ...rest } = current;
    const guarded = unsure !== undefined && mayStillLand(unsure, this.deps.clock.now()) ? { ...rest, unsure } : rest;
    return hasChanges(changes) || current.delete ? { ...guarded, changes } : null;
  }

  private async sendDelete(api: ActionItemsApi, entry: OutboxEntry): Promise<Outcome> {
    const { outbox } = this.deps;
    // On disk before it leaves: after a crash or a lost answer, Undo must not bring back an item Omi may have deleted.
    if (entry.delete && entry.delete.sentAt === undefined) {
      await outbox.replace(entry.key, { ...entry, delete: { ...entry.delete, sentAt: this.deps.clock.now() } });
    }
    const result = await api.remove(entry.key);
    if (!result.ok && provesNothingSaved(result.error)) {
      // Omi answered without acting, or the request never left: the item is surely still there.
      const current = outbox.get(entry.key);
      if (current?.delete?.sentAt !== undefined) {
        const { sentAt: _none, ...unsent } = current.delete;
        await outbox.replace(entry.key, { ...current, delete: unsent });
      }
    }
    // Already gone is what the user wanted: a resent delete after a lost answer lands here.
    if (!result.ok && result.error.kind !== 'not_found') return this.failed(entry.key, result.error, 'delete', {});
    this.deps.server.remove(entry.key);
    await this.deps.outbox.replace(entry.key, null);
    return DONE;
  }

  /** A delete of an item created here: nothing to send unless a POST may have created it. */
  private async deleteLocalItem(api: ActionItemsApi, entry: OutboxEntry): Promise<Outcome> {
    if (!entry.create?.uncertain) {
      await this.deps.outbox.replace(entry.key, null);
      return DONE;
    }
    const found = await this.lookup.findCreated(api, entry.create);
    if (found.kind !== 'done') return found;
    if (found.item === null) {
      await this.deps.outbox.replace(entry.key, null);
      return DONE;
    }
    // It exists after all: the delete now targets the server's id and goes out in this same pass.
    this.deps.server.upsert(found.item);
    const current = this.deps.outbox.get(entry.key) ?? entry;
    await this.deps.outbox.adopt(
      entry.key,
      found.item.id,
      current.delete ? { ...current, create: null, changes: {} } : null,
    );
    return DONE;
  }

  private async sendCreate(api: ActionItemsApi, entry: OutboxEntry): Promise<Outcome> {
    const key = entry.key;
    if (entry.create?.uncertain) {
      const found = await this.lookup.findCreated(api, entry.create);
      if (found.kind !== 'done') return found;
      if (found.item) {
        await this.adopt(key, found.item, sentBody(entry.create, entry.changes));
        return DONE;
      }
      if (found.outOfReach) {
        this.deps.told?.(
          `Omi Tray could not tell whether "${entry.create.sentDescription ?? ''}" reached Omi (Omi could not list all your open items), so it sent it again. If it shows twice, delete one.`,
        );
      }
    }
    const current = this.deps.outbox.get(key);
    if (!current?.create) return DONE;
    const body = {
      description: current.changes.description ?? '',
      completed: current.changes.completed ?? false,
      dueAt: current.changes.dueAt ?? null,
    };
    const now = this.deps.clock.now();
    // Items with these words known before the first POST are someone else's, never ours. Kept from the
    // first POST: a later one must not count an earlier try of its own as someone else's item.
    const knownIds =
      current.create.knownIds ??
      this.deps.server
        .all()
        .filter((item) => item.description === body.description)
        .map((item) => item.id);
    // On disk before the request leaves: if the answer is lost, even to a crash, the next attempt looks first.
    await this.deps.outbox.replace(key, {
      ...current,
      create: {
        attemptedAt: current.create.attemptedAt ?? now,
        sentDescription: body.description,
        uncertain: true,
        lastAttemptAt: now,
        answered: false,
        sent: body,
        knownIds,
      },
    });
    const result = await api.create(body);
    if (!result.ok) {
      const after = this.deps.outbox.get(key);
      if (after?.create) {
        const uncertain = !provesNothingSaved(result.error);
        await this.deps.outbox.replace(key, {
          ...after,
          create: { ...after.create, uncertain, answered: !outcomeUnknown(result.error) },
        });
      }
      return this.failed(key, result.error, 'create', {});
    }
    await this.adopt(key, result.value, body);
    return DONE;
  }

  /**
   * The server has the item: the local id follows the server's, and only what was edited here
   * after the POST left stays queued as an update. A found item may have been changed elsewhere
   * (ticked, re-dated on the phone) since; what the POST carried is not laid over that.
   */
  private async adopt(localId: string, item: ActionItem, sent: ItemChanges): Promise<void> {
    this.deps.server.upsert(item);
    const current = this.deps.outbox.get(localId);
    let next: OutboxEntry | null = null;
    if (current) {
      const changes = changedSince(current.changes, sent);
      next = hasChanges(changes) || current.delete ? { ...current, create: null, changes } : null;
    }
    await this.deps.outbox.adopt(localId, item.id, next);
  }

  private async failed(key: string, error: AppError, action: Refusal['action'], sent: ItemChanges): Promise<Outcome> {
    if (isTransient(error)) return { kind: 'retry', error };
    if (error.kind === 'forbidden') return this.forbidden(key, error, action);
    const current = this.deps.outbox.get(key);
    // A refused field edit drops only what was refused: later edits (other fields, newer values) and a delete stay.
    const fieldRefusal = action === 'update' && (error.kind === 'validation' || error.kind === 'cannot_clear_due_date');
    let next: OutboxEntry | null = null;
    if (fieldRefusal && current) {
      const changes = changedSince(current.changes, sent);
      next = hasChanges(changes) || current.delete ? { ...current, changes } : null;
    }
    await this.deps.outbox.replace(key, next);
    if (error.kind === 'not_found' && action !== 'create') this.deps.server.remove(key);
    this.deps.refused({ id: key, error, action });
    return DONE;
  }

  /** Omi's own 403: this key can only read, so no waiting change can ever go. Say how many were dropped. */
  private async forbidden(key: string, error: AppError, action: Refusal['action']): Promise<Outcome> {
    const mine = this.deps.mine();
    const dropped = mine.length;
    for (const entry of mine) await this.deps.outbox.replace(entry.key, null);
    const message = dropped <= 1 ? error.message : `This key can only read, so ${dropped} unsent changes were dropped.`;
    this.deps.refused({ id: key, error: { ...error, message }, action });
    return DONE;
  }
}

/** What the last POST carried; entries from older files knew only its words. */
function sentBody(create: CreateState, changes: ItemChanges): ItemChanges {
  if (create.sent) return create.sent;
  return {
    description: create.sentDescription ?? changes.description ?? '',
    completed: changes.completed ?? false,
    dueAt: changes.dueAt ?? null,
  };
}
