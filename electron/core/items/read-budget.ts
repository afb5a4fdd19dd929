/**
 * Keeps every GET of the item list well inside Omi's read limit (about 120 reads per key per hour).
 * It counts requests, not refreshes: a full list is two GETs (six for 1,500 open and 1,000 completed
 * items), and a lookup for a create whose answer was lost draws from the same budget. Reads the app starts by itself get a smaller
 * share than the ones the user asks for (and the lookups an unsent item needs), so clicking
 * "Refresh" still works after a busy hour. A 429 stops every read until its Retry-After, or, when
 * the server names no time, for a pause that doubles while the 429s go on.
 */
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import type { Clock } from '../ports';

const HOUR_MS = 60 * 60_000;
export const FIRST_PAUSE_MS = 60_000;
export const LONGEST_PAUSE_MS = 15 * 60_000;

/** automatic: popover shown, background, reminders. asked: the user's refresh, a lost create's lookup. */
export type ReadKind = 'automatic' | 'asked';

export interface ReadBudgetLimits {
  /** GETs per hour the app may start by itself. */
  automaticPerHour: number;
  /** GETs per hour in all. */
  totalPerHour: number;
}

export const DEFAULT_READ_LIMITS: ReadBudgetLimits = { automaticPerHour: 60, totalPerHour: 100 };

export class ReadBudget {
  private readonly spent: { at: number; kind: ReadKind }[] = [];
  private blockedUntil = 0;
  private pauses = 0;

  constructor(
    private readonly clock: Clock,
    private readonly limits: ReadBudgetLimits = DEFAULT_READ_LIMITS,
  ) {}

  /** Null when `gets` GETs of this kind may go now, else the epoch ms when they may. */
  nextAllowedAt(kind: ReadKind, gets = 1): number | null {
    const now = this.clock.now();
    if (now < this.blockedUntil) return this.blockedUntil;
    this.forgetOld(now);
    const total = this.at(this.spent, this.limits.totalPerHour, gets);
    const automatic = kind === 'automatic' ? this.at(this.spent.filter((spend) => spend.kind === 'automatic'), this.limits.automaticPerHour, gets) : null;
    if (total === null && automatic === null) return null;
    return Math.max(total ?? 0, automatic ?? 0);
  }

  /** Records one GET about to leave, or says in words why it may not. */
  take(kind: ReadKind): Result<null> {
    const allowedAt = this.nextAllowedAt(kind);
    if (allowedAt !== null) return fail(waitError(allowedAt - this.clock.now(), this.clock.now() < this.blockedUntil));
    this.spent.push({ at: this.clock.now(), kind });
    return ok(null);
  }

  /** The server said 429: no read until Retry-After, or a growing pause when it named no time. */
  rateLimited(retryAfterSeconds: number | undefined): void {
    // Pages read side by side meet the same limit: one pause grows once, not once per page.
    if (retryAfterSeconds === undefined && this.clock.now() < this.blockedUntil) return;
    this.pauses += 1;
    const pause = retryAfterSeconds !== undefined ? retryAfterSeconds * 1000 : Math.min(FIRST_PAUSE_MS * 2 ** (this.pauses - 1), LONGEST_PAUSE_MS);
    this.blockedUntil = Math.max(this.blockedUntil, this.clock.now() + pause);
  }

  /** A read was answered: the next 429 without Retry-After starts the pause over. */
  answered(): void {
    this.pauses = 0;
  }

  /** GETs recorded in the last hour (for figures and tests). */
  spentInLastHour(): number {
    this.forgetOld(this.clock.now());
    return this.spent.length;
  }

  private at(spent: readonly { at: number }[], limit: number, gets: number): number | null {
    if (spent.length + gets <= limit) return null;
    const index = Math.max(0, spent.length + gets - limit - 1);
    const oldest = spent[Math.min(index, spent.length - 1)];
    return oldest ? oldest.at + HOUR_MS : this.clock.now() + HOUR_MS;
  }

  private forgetOld(now: number): void {
    while (this.spent.length > 0 && (this.spent[0]?.at ?? now) <= now - HOUR_MS) this.spent.shift();
  }
}

/** The words for a read held back, as a rate-limit error with the wait. */
export function waitError(waitMs: number, serverAsked: boolean): { kind: 'rate_limited'; message: string; retryAfterSeconds: number } {
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
