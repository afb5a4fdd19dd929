/**
 * Delivers the outbox to the server, one request at a time, oldest entry first.
 *
 * - Success removes the entry (only then: a restart resends what was never confirmed). Edits made
 *   while the request was on its way stay as a fresh entry and go in the next request.
 * - Offline, server trouble, rate limits and a refused key keep the entry and retry with backoff
 *   through the clock (never sooner than Retry-After), or at once when retryNow() says the network
 *   is back.
 * - Refusals (not found, forbidden, locked, invalid) drop the change; the item falls back to the
 *   server's state and the caller is told so the user hears why.
 * - A create is recorded as attempted before its POST; if the answer is lost, the next attempt
 *   looks for the item in a full list before posting again.
 */
import type { ActionItem, ItemChanges } from '../../shared/action-item';
import type { AppError } from '../../shared/app-error';
import type { ActionItemsApi } from '../api/action-items-api';
import { inBackground } from '../background/in-background';
import type { Clock, Logger, TimerHandle } from '../ports';
import { findCreatedItem } from './find-created-item';
import { changedSince, changesNotIn, hasChanges } from './item-fields';
import type { Outbox } from './outbox';
import type { OutboxEntry } from './outbox-entry';
import { isTransient, provesNothingCreated } from './refusal';
import { retryDelayMs } from './retry-backoff';

export interface Refusal {
  /** The item's id as the popover knows it (a local id for a refused create). */
  id: string;
  error: AppError;
  /** What was being sent. */
  action: 'update' | 'create' | 'delete';
}

export interface OutboxSenderDeps {
  outbox: Outbox;
  clock: Clock;
  logger: Logger;
  /** The client to send with; null while nothing may be sent (signed out, another server). */
  api(): ActionItemsApi | null;
  /** What the server now says about items. */
  server: {
    upsert(item: ActionItem): void;
    remove(id: string): void;
    /** A full list fetched to look for a lost create; `startedAt` is when the request left. */
    listed(items: ActionItem[], startedAt: number): void;
  };
  /** A change the server will never take was dropped. */
  refused(refusal: Refusal): void;
}

export const CANNOT_CLEAR_DUE_DATE: AppError = {
  kind: 'cannot_clear_due_date',
  message: 'This Omi server cannot clear due dates: it kept the old one. You can set another date instead.',
};

type Outcome = { kind: 'done' } | { kind: 'retry'; error: AppError };
const DONE: Outcome = { kind: 'done' };

interface PassOptions {
  deletesOnly: boolean;
  ignoreUndoWindow: boolean;
}
const NORMAL: PassOptions = { deletesOnly: false, ignoreUndoWindow: false };
/** The user chose to delete; quitting inside the undo window must not undo that choice. */
const QUITTING: PassOptions = { deletesOnly: true, ignoreUndoWindow: true };

export class OutboxSender {
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private retryTimer: TimerHandle | null = null;
  private undoTimer: { handle: TimerHandle; at: number } | null = null;
  /** Set by stop(): no new request starts. */
  private halted = false;
  /** Set while quitting: only the deletes pass runs. */
  private quitting = false;
  private lastError: AppError | null = null;

  constructor(private readonly deps: OutboxSenderDeps) {}

  /** Sends what is ready now. Several calls during a pass make one more pass, not several. */
  flush(): Promise<void> {
    return this.run(NORMAL);
  }

  /** The network seems back (a refresh worked, the machine woke): forget the backoff and try now. */
  retryNow(): Promise<void> {
    this.failures = 0;
    this.clearRetry();
    return this.flush();
  }

  /** The last failure that made the sender wait; null once something went through. */
  waitingBecause(): AppError | null {
    return this.lastError;
  }

  /** Resolves once no pass is running. */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * For quitting: stops timers, waits for the request on its way, then sends every delete the user
   * did not undo, undo window or not. Gives up after `timeLimitMs`; what was not sent stays queued.
   */
  async sendDeletesBeforeQuit(timeLimitMs: number): Promise<void> {
    this.quitting = true;
    this.clearRetry();
    this.clearUndoTimer();
    let timer: TimerHandle | null = null;
    const timeUp = new Promise<void>((resolve) => {
      timer = this.deps.clock.setTimeout(resolve, timeLimitMs);
    });
    const work = (async () => {
      await this.whenIdle();
      if (this.halted) return;
      const pass = this.pass(QUITTING).catch((error: unknown) =>
        this.deps.logger.error('Sending deletes before quitting failed', { error: String(error) }),
      );
      this.running = pass;
      await pass;
      if (this.running === pass) this.running = null;
    })();
    await Promise.race([work, timeUp]);
    if (timer !== null) this.deps.clock.clearTimeout(timer);
    this.stop();
  }

  /** No request starts after this; the one on its way may finish. */
  stop(): void {
    this.halted = true;
    this.clearRetry();
    this.clearUndoTimer();
  }

  private run(options: PassOptions): Promise<void> {
    if (this.halted || this.quitting) return Promise.resolve();
    this.again = true;
    this.running ??= this.loop(options).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop(options: PassOptions): Promise<void> {
    while (this.again && !this.halted) {
      this.again = false;
      try {
        await this.pass(options);
      } catch (error) {
        // A bug or a full disk must not stop the outbox for good: log, then back off and retry.
        this.deps.logger.error('Sending the outbox failed unexpectedly', { error: String(error) });
        this.scheduleRetry({ kind: 'server', message: 'Omi Tray could not send a change; it will try again.' });
        return;
      }
    }
  }

  private async pass(options: PassOptions): Promise<void> {
    for (;;) {
      if (this.halted) return;
      const api = this.deps.api();
      if (!api) return;
      const now = this.deps.clock.now();
      const entry = this.nextReady(now, options);
      if (!entry) {
        if (!options.deletesOnly) this.armUndoTimer(now);
        return;
      }
      const outcome = await this.deliver(api, entry);
      if (outcome.kind === 'retry') {
        this.deps.logger.info('Change kept in the outbox; will retry', { kind: outcome.error.kind });
        if (!options.deletesOnly) this.scheduleRetry(outcome.error);
        return;
      }
      this.failures = 0;
      this.lastError = null;
    }
  }

  private nextReady(now: number, options: PassOptions): OutboxEntry | undefined {
    return this.deps.outbox.list().find((entry) => {
      if (options.deletesOnly && !entry.delete) return false;
      return !entry.delete || options.ignoreUndoWindow || entry.delete.notBefore <= now;
    });
  }

  private async deliver(api: ActionItemsApi, entry: OutboxEntry): Promise<Outcome> {
    const { outbox } = this.deps;
    outbox.markInFlight(entry.key, true);
    try {
      if (!entry.create && !entry.delete && !hasChanges(entry.changes)) {
        await outbox.replace(entry.key, null);
        return DONE;
      }
      if (entry.delete) return entry.create ? await this.deleteLocalItem(api, entry) : await this.sendDelete(api, entry);
      if (entry.create) return await this.sendCreate(api, entry);
      return await this.sendUpdate(api, entry);
    } finally {
      outbox.markInFlight(entry.key, false);
    }
  }

  private async sendUpdate(api: ActionItemsApi, entry: OutboxEntry): Promise<Outcome> {
    const key = entry.key;
    const sent: ItemChanges = { ...entry.changes };
    const result = await api.update(key, sent);
    if (!result.ok) return this.failed(key, result.error, 'update');
    const item = result.value;
    this.deps.server.upsert(item);
    // Some servers ignore `due_at: null` beside other fields: the due date stays. Say so, once.
    const clearIgnored = sent.dueAt === null && item.dueAt !== null;
    const current = this.deps.outbox.get(key);
    let next: OutboxEntry | null = null;
    if (current) {
      const changes = changedSince(current.changes, sent);
      next = hasChanges(changes) || current.delete ? { ...current, changes } : null;
    }
    await this.deps.outbox.replace(key, next);
    if (clearIgnored) this.deps.refused({ id: key, error: CANNOT_CLEAR_DUE_DATE, action: 'update' });
    return DONE;
  }

  private async sendDelete(api: ActionItemsApi, entry: OutboxEntry): Promise<Outcome> {
    const result = await api.remove(entry.key);
    // Already gone is what the user wanted: a resent delete after a lost answer lands here.
    if (!result.ok && result.error.kind !== 'not_found') return this.failed(entry.key, result.error, 'delete');
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
    const found = await this.findCreated(api, entry);
    if (found.kind === 'retry') return found;
    if (found.item === null) {
      await this.deps.outbox.replace(entry.key, null);
      return DONE;
    }
    // It exists after all: the delete now targets the server's id and goes out in this same pass.
    this.deps.server.upsert(found.item);
    const current = this.deps.outbox.get(entry.key) ?? entry;
    await this.deps.outbox.adopt(entry.key, found.item.id, current.delete ? { ...current, create: null, changes: {} } : null);
    return DONE;
  }

  private async sendCreate(api: ActionItemsApi, entry: OutboxEntry): Promise<Outcome> {
    const key = entry.key;
    if (entry.create?.uncertain) {
      const found = await this.findCreated(api, entry);
      if (found.kind === 'retry') return found;
      if (found.item) {
        await this.adopt(key, found.item, null);
        return DONE;
      }
    }
    const current = this.deps.outbox.get(key);
    if (!current?.create) return DONE;
    const body = {
      description: current.changes.description ?? '',
      completed: current.changes.completed ?? false,
      dueAt: current.changes.dueAt ?? null,
    };
    // On disk before the request leaves: if the answer is lost, even to a crash, the next attempt looks first.
    await this.deps.outbox.replace(key, {
      ...current,
      create: { attemptedAt: current.create.attemptedAt ?? this.deps.clock.now(), sentDescription: body.description, uncertain: true },
    });
    const result = await api.create(body);
    if (!result.ok) {
      const now = this.deps.outbox.get(key);
      if (now?.create && provesNothingCreated(result.error)) {
        await this.deps.outbox.replace(key, { ...now, create: { ...now.create, uncertain: false } });
      }
      return this.failed(key, result.error, 'create');
    }
    await this.adopt(key, result.value, body);
    return DONE;
  }

  /**
   * The server has the item: the local id follows the server's, and what was edited since the POST
   * (or, for an item found in a list, whatever differs from it) stays queued as an update.
   */
  private async adopt(localId: string, item: ActionItem, sent: ItemChanges | null): Promise<void> {
    this.deps.server.upsert(item);
    const current = this.deps.outbox.get(localId);
    let next: OutboxEntry | null = null;
    if (current) {
      const changes = sent === null ? changesNotIn(current.changes, item) : changedSince(current.changes, sent);
      next = hasChanges(changes) || current.delete ? { ...current, create: null, changes } : null;
    }
    await this.deps.outbox.adopt(localId, item.id, next);
  }

  private async findCreated(api: ActionItemsApi, entry: OutboxEntry): Promise<{ kind: 'done'; item: ActionItem | null } | { kind: 'retry'; error: AppError }> {
    const create = entry.create;
    if (!create || create.attemptedAt === null || create.sentDescription === null) return { kind: 'done', item: null };
    const startedAt = this.deps.clock.now();
    const listed = await api.listAll();
    if (!listed.ok) return { kind: 'retry', error: listed.error };
    this.deps.server.listed(listed.value, startedAt);
    const attempt = { attemptedAt: create.attemptedAt, description: create.sentDescription };
    return { kind: 'done', item: findCreatedItem(listed.value, attempt, this.deps.outbox.adoptedIds()) };
  }

  private async failed(key: string, error: AppError, action: Refusal['action']): Promise<Outcome> {
    if (isTransient(error)) return { kind: 'retry', error };
    const current = this.deps.outbox.get(key);
    // A refused field edit leaves a later delete standing; any other refusal ends the item's changes.
    const keepDelete = action === 'update' && current?.delete && (error.kind === 'validation' || error.kind === 'cannot_clear_due_date');
    await this.deps.outbox.replace(key, keepDelete && current ? { ...current, changes: {} } : null);
    if (error.kind === 'not_found' && action !== 'create') this.deps.server.remove(key);
    this.deps.refused({ id: key, error, action });
    return DONE;
  }

  private scheduleRetry(error: AppError): void {
    this.failures += 1;
    this.lastError = error;
    this.clearRetry();
    if (this.halted) return;
    this.retryTimer = this.deps.clock.setTimeout(() => {
      this.retryTimer = null;
      inBackground(this.deps.logger, 'Retrying the outbox', this.flush());
    }, retryDelayMs(this.failures, error));
  }

  /** Wakes the sender when the earliest undo window closes. */
  private armUndoTimer(now: number): void {
    let earliest = Number.POSITIVE_INFINITY;
    for (const entry of this.deps.outbox.list()) {
      if (entry.delete && entry.delete.notBefore > now) earliest = Math.min(earliest, entry.delete.notBefore);
    }
    if (this.undoTimer && this.undoTimer.at === earliest) return;
    this.clearUndoTimer();
    if (earliest === Number.POSITIVE_INFINITY || this.halted) return;
    const handle = this.deps.clock.setTimeout(() => {
      this.undoTimer = null;
      inBackground(this.deps.logger, 'Sending a delete after its undo window', this.flush());
    }, earliest - now);
    this.undoTimer = { handle, at: earliest };
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) this.deps.clock.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private clearUndoTimer(): void {
    if (this.undoTimer) this.deps.clock.clearTimeout(this.undoTimer.handle);
    this.undoTimer = null;
  }
}
