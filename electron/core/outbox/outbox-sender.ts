/**
 * Sends the outbox to the server, one request at a time, oldest entry first; each entry's delivery
 * is ./entry-delivery's. This decides when to send:
 *
 * - Whenever asked (a new change, a refresh, the Retry button, a connect, a wake), unless a backoff
 *   or a Retry-After is in force: then only its timer sends (./retry-schedule).
 * - Offline, server trouble, rate limits and a refused key keep the entry and retry with backoff
 *   through the clock. Server trouble with one change (a 5xx for it while others go through) backs
 *   off that change alone (./entry-backoffs) and the pass goes on with other items; two changes in
 *   a row failing so means the server is in trouble, and everything backs off. A Retry-After is remembered (in outbox.json, with the key it was for: Omi limits
 *   each key on its own): no write with that key leaves before it ends, whoever asks. The backoff
 *   grows until a write goes through; a list that came back only resets it when the network itself
 *   was the trouble.
 * - A delete waits out its undo window (./undo-windows); a change whose earlier write got no answer
 *   waits until a list can show what that write did (./lost-write-checks).
 * - Quitting sends the deletes the user did not undo, undo window or not, within a time limit.
 */
import type { AppError } from '../../shared/app-error';
import type { ActionItemsApi } from '../api/action-items-api';
import { inBackground } from '../background/in-background';
import { withinTimeLimit } from '../background/within-time-limit';
import type { Logger } from '../ports';
import { EntryBackoffs } from './entry-backoffs';
import { EntryDelivery, type EntryDeliveryDeps } from './entry-delivery';
import { LostWriteChecks, type Checking } from './lost-write-checks';
import type { OutboxEntry } from './outbox-entry';
import { RetrySchedule } from './retry-schedule';
import { pastUndoWindow, UndoWindows } from './undo-windows';

export interface OutboxSenderDeps extends Omit<EntryDeliveryDeps, 'mine'> {
  logger: Logger;
  /** The client to send with; null while nothing may be sent (signed out, another server). */
  api(): ActionItemsApi | null;
  /** The tag of the key in use: only changes made with it are sent (see Outbox.listFor). */
  owner?(): string | null;
}

/** Why the sender waits now, for the status line. */
export interface SenderWait {
  /** The failure that made the sender wait; null when nothing failed. */
  error: AppError | null;
  /** When the sender tries again by itself; null when no try is planned. */
  retryAt: number | null;
  /** The server's Retry-After on writes, in force until then; null when none is. */
  blockedUntil: number | null;
  /** Items waiting until a lost write's outcome can be known, soonest first. */
  checking: Checking[];
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
  /** Set by stop(): no new request starts. */
  private halted = false;
  /** Set while quitting: only the deletes pass runs. */
  private quitting = false;
  private readonly delivery: EntryDelivery;
  private readonly retry: RetrySchedule;
  private readonly undo: UndoWindows;
  private readonly checks: LostWriteChecks;
  private readonly backoffs: EntryBackoffs;

  constructor(private readonly deps: OutboxSenderDeps) {
    this.delivery = new EntryDelivery({ ...deps, mine: () => this.mine() });
    const wake = (what: string) => () => inBackground(deps.logger, what, this.flush());
    this.retry = new RetrySchedule(deps.clock, wake('Retrying the outbox'));
    this.undo = new UndoWindows(deps.clock, wake('Sending a delete after its undo window'));
    this.checks = new LostWriteChecks(deps.clock, wake('Checking a change whose answer was lost'));
    this.backoffs = new EntryBackoffs(deps.clock, wake('Retrying a change Omi had trouble with'));
  }

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
    if (trigger === 'network' && !this.retry.networkBack()) return Promise.resolve();
    if (trigger === 'user') this.backoffs.skipOnce();
    this.retry.cancel();
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
    return this.retry.lastFailure() ?? this.backoffs.soonest()?.error ?? null;
  }

  /** Why the sender waits now (see SenderWait). */
  waitState(): SenderWait {
    const alone = this.backoffs.soonest();
    return {
      error: this.retry.lastFailure() ?? alone?.error ?? null,
      retryAt: this.retry.retryAt() ?? alone?.until ?? null,
      blockedUntil: this.retryAfterUntil(),
      checking: this.checks.checking(),
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
    this.clearTimers();
    await withinTimeLimit(this.deps.clock, timeLimitMs, this.sendDeletesNow());
    this.stop();
  }

  /** No request starts after this; the one on its way may finish. */
  stop(): void {
    this.halted = true;
    this.retry.stop();
    this.undo.stop();
    this.checks.stop();
    this.backoffs.stop();
  }

  private clearTimers(): void {
    this.retry.cancel();
    this.undo.clear();
    this.checks.clear();
    this.backoffs.clear();
  }

  private async sendDeletesNow(): Promise<void> {
    await this.whenIdle();
    if (this.halted) return;
    const pass = this.pass(QUITTING).catch((error: unknown) =>
      this.deps.logger.error('Sending deletes before quitting failed', { error: String(error) }),
    );
    this.running = pass;
    await pass;
    if (this.running === pass) this.running = null;
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
        this.backOff({ kind: 'server', message: 'Omi Tray could not send a change; it will try again.' });
        return;
      }
    }
  }

  private async pass(options: PassOptions): Promise<void> {
    /** The change that met server trouble of its own in this pass; a second one means the server is in trouble. */
    let troubled: string | null = null;
    for (;;) {
      if (this.halted) return;
      const api = this.deps.api();
      if (!api) return;
      // A Retry-After or a backoff in force: the armed timer sends, nothing else does.
      const heldUntil = this.retryAfterUntil();
      if (heldUntil !== null || this.retry.backingOff()) {
        if (!options.deletesOnly) {
          this.undo.wakeWhenFirstCloses(this.mine());
          // After a restart inside a Retry-After no timer is armed yet: the wait's end sends.
          if (heldUntil !== null) this.retry.tryAt(heldUntil);
        }
        return;
      }
      const entry = this.nextReady(options);
      if (!entry) {
        if (!options.deletesOnly) {
          this.undo.wakeWhenFirstCloses(this.mine());
          this.checks.wakeAtSoonest((key) => this.isQueued(key));
          this.backoffs.wakeAtSoonest((key) => this.isQueued(key));
        }
        return;
      }
      const outcome = await this.delivery.deliver(api, entry);
      if (outcome.kind === 'retry') {
        this.deps.logger.info('Change kept in the outbox; will retry', { kind: outcome.error.kind });
        if (options.deletesOnly) return;
        if (outcome.error.kind === 'server') this.backoffs.failed(entry.key, outcome.error);
        // Server trouble with this change alone: the others go on. Twice in a row: the server's trouble.
        if (outcome.error.kind === 'server' && troubled === null) {
          troubled = entry.key;
          continue;
        }
        this.backOff(outcome.error, entry.key);
        return;
      }
      if (outcome.kind === 'wait') {
        this.checks.waitUntil(entry.key, outcome.until, outcome.error);
        continue;
      }
      this.checks.settled(entry.key);
      this.backoffs.settled(entry.key);
      troubled = null;
      this.retry.wentThrough(entry.key, (key) => this.isQueued(key));
    }
  }

  /** The waiting changes this key may send, oldest first. */
  private mine(): OutboxEntry[] {
    return this.deps.owner ? this.deps.outbox.listFor(this.deps.owner()) : this.deps.outbox.list();
  }

  private isQueued(key: string): boolean {
    return this.deps.outbox.get(key) !== undefined;
  }

  private nextReady(options: PassOptions): OutboxEntry | undefined {
    const now = this.deps.clock.now();
    return this.mine().find((entry) => {
      if (options.deletesOnly && !entry.delete) return false;
      if (this.checks.waiting(entry.key)) return false;
      if (!options.deletesOnly && this.backoffs.waiting(entry.key)) return false;
      return options.ignoreUndoWindow || pastUndoWindow(entry, now);
    });
  }

  /** Sending failed: retry after the backoff; a 429 on a write holds every write with this key, whoever asks, until then. */
  private backOff(error: AppError, key?: string): void {
    const retryAt = this.retry.failed(error, key);
    if (error.kind === 'rate_limited') {
      inBackground(this.deps.logger, 'Remembering the Retry-After', this.deps.outbox.holdWrites(retryAt));
    }
  }
}
