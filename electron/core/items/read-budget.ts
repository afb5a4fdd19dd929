/**
 * Keeps full refreshes well inside Omi's read limit (about 120 reads per key per hour; a refresh
 * is two reads). Refreshes the app starts by itself get a smaller share than the ones the user
 * asks for, so clicking "Refresh" still works after a busy hour. A 429 stops all until Retry-After.
 */
import type { Clock } from '../ports';

const HOUR_MS = 60 * 60_000;

export interface ReadBudgetLimits {
  /** Refreshes per hour the app may start by itself (popover shown, background, reminders). */
  automaticPerHour: number;
  /** Refreshes per hour in all, the user's included. */
  totalPerHour: number;
}

export const DEFAULT_READ_LIMITS: ReadBudgetLimits = { automaticPerHour: 20, totalPerHour: 45 };

export class ReadBudget {
  private readonly spent: { at: number; automatic: boolean }[] = [];
  private blockedUntil = 0;

  constructor(
    private readonly clock: Clock,
    private readonly limits: ReadBudgetLimits = DEFAULT_READ_LIMITS,
  ) {}

  /** Null when a refresh may go now, else the epoch ms when one may. */
  nextAllowedAt(automatic: boolean): number | null {
    const now = this.clock.now();
    if (now < this.blockedUntil) return this.blockedUntil;
    this.forgetOld(now);
    const counted = automatic ? this.spent.filter((spend) => spend.automatic) : this.spent;
    const limit = automatic ? this.limits.automaticPerHour : this.limits.totalPerHour;
    if (counted.length < limit) return null;
    const oldest = counted[counted.length - limit];
    return oldest ? oldest.at + HOUR_MS : null;
  }

  record(automatic: boolean): void {
    this.spent.push({ at: this.clock.now(), automatic });
  }

  /** The server said 429: nothing until then. */
  blockUntil(epochMs: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, epochMs);
  }

  private forgetOld(now: number): void {
    while (this.spent.length > 0 && (this.spent[0]?.at ?? now) <= now - HOUR_MS) this.spent.shift();
  }
}
