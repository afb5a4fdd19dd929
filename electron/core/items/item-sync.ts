/**
 * Full refreshes of the list: on start, when the popover opens on a list older than half a minute,
 * when the user asks, and slowly in the background. Concurrent asks share one request. The
 * outbox's changes stay on top of whatever comes back (the view lays them over the store).
 */
import type { ActionItem } from '../../shared/action-item';
import type { AppError, Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import type { SyncState } from '../../shared/app-state';
import type { ActionItemsApi } from '../api/action-items-api';
import { fullSync, type FullList } from '../api/full-sync';
import { inBackground } from '../background/in-background';
import type { Clock, Logger, TimerHandle } from '../ports';
import type { ItemStore } from './item-store';
import { waitError, type ReadBudget, type ReadKind } from './read-budget';

export type RefreshReason = 'start' | 'manual' | 'popover' | 'background' | 'reminder' | 'connect';

export const POPOVER_STALE_MS = 30_000;
export const BACKGROUND_EVERY_MS = 10 * 60_000;
/** GETs a full list takes at least: one short page per list (docs/omi-server-rules.md). */
const FEWEST_GETS = 2;

/** A full list through the read budget: every GET counted, a 429 pausing every read. */
export async function budgetedFullSync(
  api: ActionItemsApi,
  budget: ReadBudget,
  kind: ReadKind,
  known: readonly ActionItem[] = [],
): Promise<Result<FullList>> {
  return fullSync(api, {
    known,
    beforeGet: () => budget.take(kind),
    afterGet: (page) => {
      if (page.ok) budget.answered();
      else if (page.error.kind === 'rate_limited') budget.rateLimited(page.error.retryAfterSeconds);
    },
  });
}

export interface ItemSyncDeps {
  clock: Clock;
  logger: Logger;
  store: ItemStore;
  budget: ReadBudget;
  /** The client for the current key; null while signed out. */
  api(): ActionItemsApi | null;
  /** A list came back: the network works, so waiting changes may go now. */
  onReachable(): void;
  /** The sync state changed (for the snapshot). */
  onStateChange(): void;
  /** A list failed with this error (e.g. the key was refused). */
  onFailure?(error: AppError): void;
}

export class ItemSync {
  private current: SyncState = { status: 'never' };
  private running: Promise<Result<null>> | null = null;
  private timer: TimerHandle | null = null;
  private stopped = false;
  /** GETs the last full list took: a refresh starts only when the budget has room for as many. */
  private lastGets = 4;
  private lastNotes: string[] = [];

  constructor(private readonly deps: ItemSyncDeps) {}

  state(): SyncState {
    return this.current;
  }

  /** What the last full list could not show, in words (not read whole, unreadable items, changed while read). */
  notes(): string[] {
    return this.lastNotes;
  }

  /** Forgets the last outcome (signed out). */
  reset(): void {
    this.current = { status: 'never' };
    this.lastNotes = [];
    this.deps.onStateChange();
  }

  refresh(reason: RefreshReason): Promise<Result<null>> {
    if (this.running) return this.running;
    const api = this.deps.api();
    if (!api) return Promise.resolve(fail({ kind: 'unauthorized', message: 'Connect your Omi developer key first.' }));
    const kind = readKind(reason);
    const allowedAt = this.deps.budget.nextAllowedAt(kind, Math.max(FEWEST_GETS, this.lastGets));
    if (allowedAt !== null) {
      // A look the app takes by itself waits quietly for the next; the reminder's must say it could not look.
      if (kind === 'automatic') return Promise.resolve(ok(null));
      return Promise.resolve(
        fail(waitError(allowedAt - this.deps.clock.now(), this.deps.budget.pausedUntil() !== null)),
      );
    }
    this.running = this.fetch(api, kind).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Refreshes only when the last full list is older than `maxAgeMs` (or there was none). */
  async refreshIfOlderThan(maxAgeMs: number, reason: RefreshReason): Promise<Result<null>> {
    const last = this.deps.store.lastFetchedAt();
    if (last !== null && this.deps.clock.now() - last < maxAgeMs) return ok(null);
    return this.refresh(reason);
  }

  /** Resolves once no refresh is running. */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  startBackground(): void {
    this.stopped = false;
    this.arm();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(): void {
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = null;
      inBackground(this.deps.logger, 'Background refresh', async () => {
        await this.refresh('background');
        this.arm();
      });
    }, BACKGROUND_EVERY_MS);
  }

  private async fetch(api: ActionItemsApi, kind: ReadKind): Promise<Result<null>> {
    const startedAt = this.deps.clock.now();
    this.current = { status: 'loading' };
    this.deps.onStateChange();
    let result: Result<null>;
    try {
      // What the app knew: an item missing now is dropped only when the reads prove it gone.
      const listed = await budgetedFullSync(api, this.deps.budget, kind, this.deps.store.all());
      if (listed.ok) {
        this.lastGets = listed.value.gets;
        this.deps.store.replaceAll(listed.value.items, startedAt);
        this.lastNotes = notesFor(listed.value);
        result = ok(null);
      } else result = fail(listed.error);
    } catch (error) {
      this.deps.logger.error('Refreshing the list failed unexpectedly', { error: String(error) });
      result = fail({ kind: 'server', message: 'The list could not be refreshed because of an internal error.' });
    }
    const at = new Date(this.deps.clock.now()).toISOString();
    if (result.ok) {
      this.current = { status: 'ok', at };
      this.deps.onReachable();
    } else {
      const error = result.error;
      this.deps.logger.info('Refresh failed', { kind: error.kind });
      this.current = { status: 'error', at, error };
      this.deps.onFailure?.(error);
    }
    this.deps.onStateChange();
    return result;
  }
}

/**
 * The share a refresh reads from: the reminder's check before it rings has its own (nothing else can
 * spend it, so an item ticked on the phone does not ring here after a busy hour of popover opens);
 * the app's other looks share the automatic part; what the user asks for, the rest.
 */
function readKind(reason: RefreshReason): ReadKind {
  if (reason === 'reminder') return 'reminder';
  return reason === 'popover' || reason === 'background' ? 'automatic' : 'asked';
}

function notesFor(list: FullList): string[] {
  const notes: string[] = [];
  for (const name of list.unsure) {
    notes.push(`Omi Tray could not read all your ${name} items this time; some may be missing until the next refresh.`);
  }
  if (list.unreadable === 1) notes.push('1 item from Omi could not be read and is not shown.');
  else if (list.unreadable > 1) notes.push(`${list.unreadable} items from Omi could not be read and are not shown.`);
  if (list.kept > 0)
    notes.push('Your list changed while Omi Tray read it; an item may look out of date until the next refresh.');
  return notes;
}
