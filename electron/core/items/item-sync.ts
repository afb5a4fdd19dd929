/**
 * Full refreshes of the list: on start, when the popover opens on a list older than half a minute,
 * when the user asks, and slowly in the background. Concurrent asks share one request. The
 * outbox's changes stay on top of whatever comes back (the view lays them over the store).
 */
import type { AppError, Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import type { SyncState } from '../../shared/app-state';
import type { ActionItemsApi } from '../api/action-items-api';
import { inBackground } from '../background/in-background';
import type { Clock, Logger, TimerHandle } from '../ports';
import type { ItemStore } from './item-store';
import type { ReadBudget } from './read-budget';

export type RefreshReason = 'start' | 'manual' | 'popover' | 'background' | 'reminder' | 'connect';

export const POPOVER_STALE_MS = 30_000;
export const BACKGROUND_EVERY_MS = 10 * 60_000;

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

  constructor(private readonly deps: ItemSyncDeps) {}

  state(): SyncState {
    return this.current;
  }

  /** Forgets the last outcome (signed out). */
  reset(): void {
    this.current = { status: 'never' };
    this.deps.onStateChange();
  }

  refresh(reason: RefreshReason): Promise<Result<null>> {
    if (this.running) return this.running;
    const automatic = reason === 'popover' || reason === 'background' || reason === 'reminder';
    const api = this.deps.api();
    if (!api) return Promise.resolve(fail({ kind: 'unauthorized', message: 'Connect an API key first.' }));
    const allowedAt = this.deps.budget.nextAllowedAt(automatic);
    if (allowedAt !== null) {
      if (automatic) return Promise.resolve(ok(null));
      const minutes = Math.max(1, Math.ceil((allowedAt - this.deps.clock.now()) / 60_000));
      return Promise.resolve(
        fail({
          kind: 'rate_limited',
          message: `The list was refreshed many times in the last hour. To stay inside Omi's limits, try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
          retryAfterSeconds: minutes * 60,
        }),
      );
    }
    this.deps.budget.record(automatic);
    this.running = this.fetch(api).finally(() => {
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

  private async fetch(api: ActionItemsApi): Promise<Result<null>> {
    const startedAt = this.deps.clock.now();
    this.current = { status: 'loading' };
    this.deps.onStateChange();
    let result: Result<null>;
    try {
      const listed = await api.listAll();
      if (listed.ok) {
        this.deps.store.replaceAll(listed.value, startedAt);
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
      if (error.kind === 'rate_limited' && error.retryAfterSeconds !== undefined) {
        this.deps.budget.blockUntil(this.deps.clock.now() + error.retryAfterSeconds * 1000);
      }
      this.deps.logger.info('Refresh failed', { kind: error.kind });
      this.current = { status: 'error', at, error };
      this.deps.onFailure?.(error);
    }
    this.deps.onStateChange();
    return result;
  }
}
