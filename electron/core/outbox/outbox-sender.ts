/**
 * Delivers the outbox to the server, one request at a time, oldest entry first.
 *
 * - Success removes the entry (only then: a restart resends what was never confirmed). Edits made
 *   while the request was on its way stay as a fresh entry and go in the next request.
 * - Offline, server trouble, rate limits and a refused key keep the entry and retry with backoff
 *   through the clock. A Retry-After is remembered: no write leaves before it ends, whatever asks
 *   (a refresh, the Retry button, a connect, a wake). The backoff grows until a write goes through;
 *   a list that came back only resets it when the network itself was the trouble.
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
import { inBackground } from '../background/in-background';
import { budgetedFullSync } from '../items/item-sync';
import type { ReadBudget } from '../items/read-budget';
import type { Clock, Logger, TimerHandle } from '../ports';
import { findCreatedItems } from './find-created-item';
import { changedSince, disagree, hasChanges } from './item-fields';
import type { Outbox } from './outbox';
import type { CreateState, OutboxEntry, UnsureWrite } from './outbox-entry';
import { isTransient, provesNothingSaved } from './refusal';
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
  /** The budget every GET of the list draws from, the lookups for lost creates included. */
  reads: ReadBudget;
  /** The client to send with; null while nothing may be sent (signed out, another server). */
  api(): ActionItemsApi | null;
  /** The tag of the key in use: only changes made with it are sent (see Outbox.listFor). */
  owner?(): string | null;
  /** What the server now says about items. */
  server: {
    upsert(item: ActionItem): void;
    remove(id: string): void;
    /** A full list fetched to look for a lost write; `startedAt` is when the request left. */
    listed(items: ActionItem[], startedAt: number, shifted: boolean): void;
    /** The server's last word on one item. */
    get(id: string): ActionItem | undefined;
    all(): ActionItem[];
    /** When the request of the newest full list left; null before the first. */
    lastListStartedAt(): number | null;
  };
  /** A change the server will never take was dropped. */
  refused(refusal: Refusal): void;
  /** Something the user must read that is no refusal (a possible duplicate). */
  told?(words: string): void;
}

export const CANNOT_CLEAR_DUE_DATE: AppError = {
  kind: 'cannot_clear_due_date',
  message: 'This Omi server cannot clear due dates: it kept the old one. You can set another date instead.',
};

/**
 * How long after a write whose answer was lost the app waits before trusting a list to show its
 * outcome: the server may save it later than it answers (or fails to answer).
 */
export const LATE_SAVE_MS = 2 * 60_000;
/** A lookup whose list changed while it was read is repeated after this. */
const SHIFTED_LOOK_AGAIN_MS = 60_000;

type Outcome = { kind: 'done' } | { kind: 'retry'; error: AppError } | { kind: 'wait'; until: number; error: AppError };
const DONE: Outcome = { kind: 'done' };

/** Why the sender waits now, for the status line. */
export interface SenderWait {
  /** The failure that made the sender wait; null when nothing failed. */
  error: AppError | null;
  /** When the sender tries again by itself; null when no try is planned. */
  retryAt: number | null;
  /** The server's Retry-After on writes, in force until then; null when none is. */
  blockedUntil: number | null;
  /** Items waiting until a lost write's outcome can be known, soonest first. */
  checking: { key: string; until: number; error: AppError }[];
}

/** What asked for a try now: the network seems back, or the user pressed Retry (or Refresh). */
export type RetryTrigger = 'network' | 'user';

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
  private retryTimer: { handle: TimerHandle; at: number } | null = null;
  private undoTimer: { handle: TimerHandle; at: number } | null = null;
  private waitTimer: { handle: TimerHandle; at: number } | null = null;
  /** Entries waiting to learn a lost write's outcome, by key. */
  private readonly waits = new Map<string, { until: number; error: AppError }>();
  /** Set by stop(): no new request starts. */
  private halted = false;
  /** Set while quitting: only the deletes pass runs. */
  private quitting = false;
  private lastError: AppError | null = null;
  /** The entry whose failure set the backoff: only its own success ends the backoff. */
  private failedKey: string | null = null;

  constructor(private readonly deps: OutboxSenderDeps) {}

  /** Sends what is ready now; during a backoff or a Retry-After, waits for it. */
  flush(): Promise<void> {
    return this.run(NORMAL);
  }

  /**
   * Tries now if that can help. Never while a Retry-After is in force. `network`: a list came back
   * or the machine woke, which helps only when the network was the trouble. `user`: the user asked;
   * the backoff is skipped once but keeps its length.
   */
  retryNow(trigger: RetryTrigger = 'network'): Promise<void> {
    if (this.retryAfterUntil() !== null) return Promise.resolve();
    if (trigger === 'network') {
      if (this.lastError !== null && this.lastError.kind !== 'offline') return Promise.resolve();
      this.failures = 0;
    }
    this.clearRetry();
    return this.flush();
  }

  /** Epoch ms until which a Retry-After on writes holds, or null when none does. */
  retryAfterUntil(): number | null {
    // Kept in outbox.json: a restart inside the wait does not send either.
    const until = this.deps.outbox.writesHeldUntil();
    return this.deps.clock.now() < until ? until : null;
  }

  /** The last failure that made the sender wait; null once something went through. */
  lastFailure(): AppError | null {
    return this.lastError;
  }

  /** Why the sender waits now (see SenderWait). */
  waitState(): SenderWait {
    const now = this.deps.clock.now();
    const checking = [...this.waits].filter(([, wait]) => wait.until > now).map(([key, wait]) => ({ key, ...wait }));
    return {
      error: this.lastError,
      retryAt: this.retryTimer?.at ?? null,
      blockedUntil: this.retryAfterUntil(),
      checking: checking.sort((a, b) => a.until - b.until),
    };
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
    this.clearWaitTimer();
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
    this.clearWaitTimer();
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
      // A Retry-After or a backoff in force: the armed timer sends, nothing else does.
      const heldUntil = this.retryAfterUntil();
      if (heldUntil !== null || (this.retryTimer !== null && this.retryTimer.at > now)) {
        if (!options.deletesOnly) {
          this.armUndoTimer(now);
          // After a restart inside a Retry-After no timer is armed yet: the wait's end sends.
          if (heldUntil !== null && this.retryTimer === null) this.armRetry(heldUntil - now);
        }
        return;
      }
      const entry = this.nextReady(now, options);
      if (!entry) {
        if (!options.deletesOnly) {
          this.armUndoTimer(now);
          this.armWaitTimer(now);
        }
        return;
      }
      const outcome = await this.deliver(api, entry);
      if (outcome.kind === 'retry') {
        this.deps.logger.info('Change kept in the outbox; will retry', { kind: outcome.error.kind });
        if (!options.deletesOnly) {
          this.failedKey = entry.key;
          this.scheduleRetry(outcome.error);
        }
        return;
      }
      if (outcome.kind === 'wait') {
        this.waits.set(entry.key, { until: outcome.until, error: outcome.error });
        continue;
      }
      this.waits.delete(entry.key);
      // Another change going through says nothing about the one that failed: its backoff goes on.
      if (this.failedKey === null || this.failedKey === entry.key || !this.deps.outbox.get(this.failedKey)) {
        this.failures = 0;
        this.lastError = null;
        this.failedKey = null;
      }
    }
  }

  /** The waiting changes this key may send, oldest first. */
  private mine(): OutboxEntry[] {
    return this.deps.owner ? this.deps.outbox.listFor(this.deps.owner()) : this.deps.outbox.list();
  }

  private nextReady(now: number, options: PassOptions): OutboxEntry | undefined {
    return this.mine().find((entry) => {
      if (options.deletesOnly && !entry.delete) return false;
      const wait = this.waits.get(entry.key);
      if (wait && wait.until > now) return false;
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
      if (result.error.kind === 'offline' && result.error.neverSent !== true) await this.markUnsure(key, leftAt, sent);
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
        error: { kind: 'server', message: 'Omi did not confirm an earlier change to this item; Omi Tray sends the newer one once the earlier can no longer arrive late.' },
      };
    }
    if (unsure.changes.completed === true && wanted.completed === true) return this.listAfter(api, unsure.leftAt, 'a tick');
    return DONE;
  }

  /** A PATCH got no answer: remember it with the entry (across restarts) until a later one is answered. */
  private async markUnsure(key: string, leftAt: number, sent: ItemChanges): Promise<void> {
    const current = this.deps.outbox.get(key);
    if (!current) return;
    await this.deps.outbox.replace(key, { ...current, unsure: { leftAt, changes: { ...current.unsure?.changes, ...sent } } });
  }

  /** The entry left once `sent` was delivered: what was edited meanwhile, and a delete on top. */
  private afterSent(key: string, sent: ItemChanges): OutboxEntry | null {
    const current = this.deps.outbox.get(key);
    if (!current) return null;
    const changes = changedSince(current.changes, sent);
    const { unsure: _answered, ...rest } = current;
    return hasChanges(changes) || current.delete ? { ...rest, changes } : null;
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
    const found = await this.findCreated(api, entry.create);
    if (found.kind !== 'done') return found;
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
      const found = await this.findCreated(api, entry.create);
      if (found.kind !== 'done') return found;
      if (found.item) {
        await this.adopt(key, found.item, sentBody(entry.create, entry.changes));
        return DONE;
      }
      if (found.outOfReach) {
        this.deps.told?.(
          `Omi Tray could not tell whether "${entry.create.sentDescription ?? ''}" reached Omi (your list is longer than Omi shows to apps), so it sent it again. If it shows twice, delete one.`,
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
      current.create.knownIds ?? this.deps.server.all().filter((item) => item.description === body.description).map((item) => item.id);
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
        await this.deps.outbox.replace(key, { ...after, create: { ...after.create, uncertain, answered: result.error.kind !== 'offline' } });
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

  private async findCreated(
    api: ActionItemsApi,
    create: CreateState,
  ): Promise<{ kind: 'done'; item: ActionItem | null; outOfReach: boolean } | Exclude<Outcome, { kind: 'done' }>> {
    if (create.attemptedAt === null || create.sentDescription === null) return { kind: 'done', item: null, outOfReach: false };
    const lastLeft = create.lastAttemptAt ?? create.attemptedAt;
    const what = `"${create.sentDescription}"`;
    const attempt = { attemptedAt: create.attemptedAt, description: create.sentDescription, ...(create.knownIds ? { knownIds: create.knownIds } : {}) };
    // First a list from after the POST: the usual lost answer is found at once.
    let listed = await this.listAfter(api, lastLeft, what);
    if (listed.kind !== 'done') return listed;
    let found = findCreatedItems(this.deps.server.all(), attempt, this.deps.outbox.adoptedIds());
    if (found.length === 0 && create.answered !== true) {
      // No answer at all: Omi may still save it. Post again only after a list from when a late save would show.
      listed = await this.listAfter(api, lastLeft + LATE_SAVE_MS, what);
      if (listed.kind !== 'done') return listed;
      found = findCreatedItems(this.deps.server.all(), attempt, this.deps.outbox.adoptedIds());
    }
    if (found.length > 1) {
      this.deps.told?.(
        `"${create.sentDescription}" may now be in your list ${found.length} times: Omi saved an earlier try late, after Omi Tray had sent it again. Delete the extra copy.`,
      );
    }
    return { kind: 'done', item: found[0] ?? null, outOfReach: listed.outOfReach };
  }

  /**
   * Makes sure the store holds a full list whose request left at `at` or later: one a refresh
   * already fetched, or one fetched now through the read budget. Waits until `at` first.
   */
  private async listAfter(api: ActionItemsApi, at: number, what: string): Promise<{ kind: 'done'; outOfReach: boolean } | Exclude<Outcome, { kind: 'done' }>> {
    const started = this.deps.server.lastListStartedAt();
    if (started !== null && started >= at) return { kind: 'done', outOfReach: false };
    const now = this.deps.clock.now();
    const checking: AppError = {
      kind: 'server',
      message: `Omi did not confirm ${what}; Omi Tray checks your list before sending it again, so nothing is made twice.`,
    };
    if (now < at) return { kind: 'wait', until: at, error: checking };
    const listed = await budgetedFullSync(api, this.deps.reads, 'asked');
    if (!listed.ok) {
      if (listed.error.kind !== 'rate_limited') return { kind: 'retry', error: listed.error };
      const waitMs = (listed.error.retryAfterSeconds ?? 60) * 1000;
      return { kind: 'wait', until: this.deps.clock.now() + waitMs, error: { ...listed.error, message: `${checking.message} ${listed.error.message}` } };
    }
    this.deps.server.listed(listed.value.items, now, listed.value.shifted);
    if (listed.value.shifted) return { kind: 'wait', until: this.deps.clock.now() + SHIFTED_LOOK_AGAIN_MS, error: checking };
    return { kind: 'done', outOfReach: listed.value.beyondReach.includes('open') };
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
    const mine = this.mine();
    const dropped = mine.length;
    for (const entry of mine) await this.deps.outbox.replace(entry.key, null);
    const count = dropped === 1 ? 'The change was not sent.' : `${dropped} unsent changes were dropped.`;
    this.deps.refused({ id: key, error: { ...error, message: `${error.message} ${count}` }, action });
    return DONE;
  }

  private scheduleRetry(error: AppError): void {
    this.failures += 1;
    this.lastError = error;
    const now = this.deps.clock.now();
    const delay = retryDelayMs(this.failures, error);
    // A 429 on a write holds every write, whoever asks, until its Retry-After (or the backoff) ends.
    if (error.kind === 'rate_limited') {
      inBackground(this.deps.logger, 'Remembering the Retry-After', this.deps.outbox.holdWrites(now + delay));
    }
    this.armRetry(delay);
  }

  private armRetry(delay: number): void {
    this.clearRetry();
    if (this.halted) return;
    const at = this.deps.clock.now() + delay;
    const handle = this.deps.clock.setTimeout(() => {
      this.retryTimer = null;
      inBackground(this.deps.logger, 'Retrying the outbox', this.flush());
    }, delay);
    this.retryTimer = { handle, at };
  }

  /** Wakes the sender when the earliest undo window closes. */
  private armUndoTimer(now: number): void {
    let earliest = Number.POSITIVE_INFINITY;
    for (const entry of this.mine()) {
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

  /** Wakes the sender when the earliest lost write's outcome can be checked. */
  private armWaitTimer(now: number): void {
    let earliest = Number.POSITIVE_INFINITY;
    for (const [key, wait] of this.waits) {
      if (!this.deps.outbox.get(key)) this.waits.delete(key);
      else if (wait.until > now) earliest = Math.min(earliest, wait.until);
    }
    if (this.waitTimer && this.waitTimer.at === earliest) return;
    this.clearWaitTimer();
    if (earliest === Number.POSITIVE_INFINITY || this.halted) return;
    const handle = this.deps.clock.setTimeout(() => {
      this.waitTimer = null;
      inBackground(this.deps.logger, 'Checking a change whose answer was lost', this.flush());
    }, earliest - now);
    this.waitTimer = { handle, at: earliest };
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) this.deps.clock.clearTimeout(this.retryTimer.handle);
    this.retryTimer = null;
  }

  private clearUndoTimer(): void {
    if (this.undoTimer) this.deps.clock.clearTimeout(this.undoTimer.handle);
    this.undoTimer = null;
  }

  private clearWaitTimer(): void {
    if (this.waitTimer) this.deps.clock.clearTimeout(this.waitTimer.handle);
    this.waitTimer = null;
  }
}

/** What the last POST carried; entries from older files knew only its words. */
function sentBody(create: CreateState, changes: ItemChanges): ItemChanges {
  if (create.sent) return create.sent;
  return { description: create.sentDescription ?? changes.description ?? '', completed: changes.completed ?? false, dueAt: changes.dueAt ?? null };
}
