/**
 * What became of a write whose answer was lost, read from a full list of the user's items: one a
 * refresh already fetched after the write left, or one fetched now through the read budget. Omi may
 * save a write later than it answers (or fails to answer), so a list is trusted to show a lost write
 * only once `LATE_SAVE_MS` have passed since it left.
 */
import type { ActionItem } from '../../shared/action-item';
import type { AppError } from '../../shared/app-error';
import type { ActionItemsApi } from '../api/action-items-api';
import { budgetedFullSync } from '../items/item-sync';
import type { ReadBudget } from '../items/read-budget';
import type { Clock } from '../ports';
import { notConfirmed, type Unconfirmed } from './checking-words';
import { findCreatedItems } from './find-created-item';
import type { Outbox } from './outbox';
import type { CreateState } from './outbox-entry';
import { LATE_SAVE_MS } from './late-saves';

/** A lookup whose list changed while it was read is repeated after this. */
const SHIFTED_LOOK_AGAIN_MS = 60_000;

/** Why a change cannot go on now: try again after the backoff, or wait until `until`. */
export type NotYet = { kind: 'retry'; error: AppError } | { kind: 'wait'; until: number; error: AppError };

/** The server's full list as the item store keeps it. */
export interface ListedItems {
  /** A full list fetched to look for a lost write (known items not proven gone among them); `startedAt` is when the request left. */
  listed(items: ActionItem[], startedAt: number): void;
  all(): ActionItem[];
  /** When the request of the newest full list left; null before the first. */
  lastListStartedAt(): number | null;
}

export interface LostWriteLookupDeps {
  outbox: Pick<Outbox, 'adoptedIds'>;
  clock: Clock;
  /** The budget every GET of the list draws from. */
  reads: ReadBudget;
  server: ListedItems;
  /** Something the user must read that is no refusal (a possible duplicate). */
  told?(words: string): void;
}

export class LostWriteLookup {
  constructor(private readonly deps: LostWriteLookupDeps) {}

  /**
   * The item a POST whose answer was lost created, or null when a list that would show it does not.
   * `outOfReach`: Omi could not list every open item (too many made in one instant), so "not found" proves nothing.
   */
  async findCreated(
    api: ActionItemsApi,
    create: CreateState,
  ): Promise<{ kind: 'done'; item: ActionItem | null; outOfReach: boolean } | NotYet> {
    if (create.attemptedAt === null || create.sentDescription === null)
      return { kind: 'done', item: null, outOfReach: false };
    const lastLeft = create.lastAttemptAt ?? create.attemptedAt;
    const what: Unconfirmed = { newItem: create.sentDescription };
    const attempt = {
      attemptedAt: create.attemptedAt,
      description: create.sentDescription,
      ...(create.knownIds ? { knownIds: create.knownIds } : {}),
    };
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
  async listAfter(
    api: ActionItemsApi,
    at: number,
    what: Unconfirmed,
  ): Promise<{ kind: 'done'; outOfReach: boolean } | NotYet> {
    const started = this.deps.server.lastListStartedAt();
    if (started !== null && started >= at) return { kind: 'done', outOfReach: false };
    const now = this.deps.clock.now();
    const checking = notConfirmed(what);
    if (now < at) return { kind: 'wait', until: at, error: checking };
    const listed = await budgetedFullSync(api, this.deps.reads, 'asked', this.deps.server.all());
    if (!listed.ok) {
      if (listed.error.kind !== 'rate_limited') return { kind: 'retry', error: listed.error };
      const waitMs = (listed.error.retryAfterSeconds ?? 60) * 1000;
      return {
        kind: 'wait',
        until: this.deps.clock.now() + waitMs,
        error: { ...listed.error, message: checking.message },
      };
    }
    this.deps.server.listed(listed.value.items, now);
    if (listed.value.shifted)
      return { kind: 'wait', until: this.deps.clock.now() + SHIFTED_LOOK_AGAIN_MS, error: checking };
    return { kind: 'done', outOfReach: listed.value.unsure.includes('open') };
  }
}
