/**
 * Keeps every GET of the item list well inside Omi's read limit (120 action-item reads per key per
 * hour, counted in a fixed hour that starts at the key's first read). It counts requests, not
 * refreshes: a full list is two GETs (six for 1,500 open and 1,000 completed items), and a lookup for a create whose answer was lost draws
 * from the same budget. Reads the app starts by itself get a smaller share than the ones the user
 * asks for (and the lookups an unsent item needs), so clicking "Refresh" still works after a busy
 * hour; the reminder's look at the list before it rings has a small share of its own that nothing
 * else may take. A 429 stops this bucket's reads until its Retry-After, or, when the server names no
 * time, for a pause that doubles while the 429s go on.
 *
 * Omi counts every key on its own, so does this budget: each key (by its tag, a hash) has its own
 * count and pause, kept in reads.json (read-ledger) across sign-outs and restarts; a new key reads at
 * once however the last one fared. Conversations are another of Omi's buckets, counted by a second
 * ReadBudget with their own limits (conversations/conversation-read-share).
 */
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import type { Clock } from '../ports';
import { ReadLedger, type KeyReads, type ReadBucket } from './read-ledger';

const HOUR_MS = 60 * 60_000;
export const FIRST_PAUSE_MS = 60_000;
const LONGEST_PAUSE_MS = 15 * 60_000;

/** automatic: popover shown, background. asked: the user's refresh, a lost create's lookup. reminder: the check before a reminder rings. */
export type ReadKind = 'automatic' | 'asked' | 'reminder';

export interface ReadBudgetLimits {
  /** GETs per hour the app may start by itself. */
  automaticPerHour: number;
  /** GETs per hour in all, the reminder's share left out. */
  totalPerHour: number;
  /** GETs per hour kept for the reminder's check, on top of the total (default none). */
  reminderPerHour?: number;
}

/**
 * 80 + 10 of Omi's 120 a key may read in an hour: the rest is left for the user's other apps with the
 * same key. Someone who clicks Refresh every minute spends the whole total (a full list of a few
 * thousand items is several reads), so the total is what such an hour reads: 90 at most with the
 * reminder's share, clearly inside the 100 the app promises and Omi's 120.
 */
export const DEFAULT_READ_LIMITS: ReadBudgetLimits = { automaticPerHour: 60, totalPerHour: 80, reminderPerHour: 10 };

export interface ReadBudgetOptions {
  /** Omi's bucket these reads count in; default 'items'. */
  bucket?: ReadBucket;
  /** The tag of the key in use (null while signed out). Default: one record for every read. */
  owner?: () => string | null;
  /** Where each key's record is kept; default one of this budget's own, for this run only. */
  ledger?: ReadLedger;
}

export class ReadBudget {
  private readonly bucket: ReadBucket;
  private readonly owner: () => string | null;
  private readonly ledger: ReadLedger;

  constructor(
    private readonly clock: Clock,
    private readonly limits: ReadBudgetLimits = DEFAULT_READ_LIMITS,
    options: ReadBudgetOptions = {},
  ) {
    this.bucket = options.bucket ?? 'items';
    this.owner = options.owner ?? (() => null);
    this.ledger = options.ledger ?? new ReadLedger({ clock });
  }

  /** Null when `gets` GETs of this kind may go now with the key in use, else the epoch ms when they may. */
  nextAllowedAt(kind: ReadKind, gets = 1): number | null {
    const now = this.clock.now();
    const record = this.record();
    if (now < record.pausedUntil) return record.pausedUntil;
    forgetOld(record, now);
    if (kind === 'reminder')
      return this.at(
        record.reads.filter((read) => read.kind === 'reminder'),
        this.limits.reminderPerHour ?? 0,
        gets,
      );
    const shared = record.reads.filter((read) => read.kind !== 'reminder');
    const total = this.at(shared, this.limits.totalPerHour, gets);
    const automatic =
      kind === 'automatic'
        ? this.at(
            shared.filter((read) => read.kind === 'automatic'),
            this.limits.automaticPerHour,
            gets,
          )
        : null;
    if (total === null && automatic === null) return null;
    return Math.max(total ?? 0, automatic ?? 0);
  }

  /** Epoch ms until which Omi asked this key to read nothing here, or null when it did not. */
  pausedUntil(): number | null {
    const until = this.record().pausedUntil;
    return this.clock.now() < until ? until : null;
  }

  /** Records one GET about to leave, or says in words why it may not. */
  take(kind: ReadKind): Result<null> {
    const allowedAt = this.nextAllowedAt(kind);
    if (allowedAt !== null) return fail(waitError(allowedAt - this.clock.now(), this.pausedUntil() !== null));
    this.record().reads.push({ at: this.clock.now(), kind });
    this.ledger.changed();
    return ok(null);
  }

  /** The server said 429: no read with this key until Retry-After, or a growing pause when it named no time. */
  rateLimited(retryAfterSeconds: number | undefined): void {
    const record = this.record();
    const now = this.clock.now();
    // Pages read side by side meet the same limit: one pause grows once, not once per page.
    if (retryAfterSeconds === undefined && now < record.pausedUntil) return;
    record.pauses += 1;
    const pause =
      retryAfterSeconds !== undefined
        ? retryAfterSeconds * 1000
        : Math.min(FIRST_PAUSE_MS * 2 ** (record.pauses - 1), LONGEST_PAUSE_MS);
    record.pausedUntil = Math.max(record.pausedUntil, now + pause);
    this.ledger.changed();
  }

  /** A read was answered: the next 429 without Retry-After starts the pause over. */
  answered(): void {
    const record = this.record();
    if (record.pauses === 0) return;
    record.pauses = 0;
    this.ledger.changed();
  }

  /** GETs the key in use made in the last hour (for figures and tests). */
  spentInLastHour(): number {
    const record = this.record();
    forgetOld(record, this.clock.now());
    return record.reads.length;
  }

  private record(): KeyReads {
    return this.ledger.of(this.owner(), this.bucket);
  }

  private at(spent: readonly { at: number }[], limit: number, gets: number): number | null {
    if (spent.length + gets <= limit) return null;
    const index = Math.max(0, spent.length + gets - limit - 1);
    const oldest = spent[Math.min(index, spent.length - 1)];
    return oldest ? oldest.at + HOUR_MS : this.clock.now() + HOUR_MS;
  }
}

function forgetOld(record: KeyReads, now: number): void {
  while (record.reads.length > 0 && (record.reads[0]?.at ?? now) <= now - HOUR_MS) record.reads.shift();
}

/** The words for a read held back, as a rate-limit error with the wait. */
export function waitError(
  waitMs: number,
  serverAsked: boolean,
): { kind: 'rate_limited'; message: string; retryAfterSeconds: number } {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  const when = `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return {
    kind: 'rate_limited',
    message: serverAsked
      ? `Omi asked Omi Tray to slow down reading the list: try again in ${when}.`
      : `The list was read many times in the last hour. To stay inside Omi's limits, try again in ${when}.`,
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  };
}
