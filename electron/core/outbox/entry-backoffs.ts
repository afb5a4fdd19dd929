/**
 * Changes Omi keeps refusing with server trouble (a 5xx for this one item) wait on their own
 * backoff, so one such change never holds every later change of other items. Each waits twice as
 * long after every failure in a row (./retry-backoff), one timer wakes the sender at the soonest,
 * and a change that goes through or leaves starts from nothing again.
 */
import type { AppError } from '../../shared/app-error';
import type { Clock } from '../ports';
import { retryDelayMs } from './retry-backoff';
import { WakeTimer } from './wake-timer';

interface Backoff {
  failures: number;
  until: number;
  error: AppError;
}

export class EntryBackoffs {
  private readonly backoffs = new Map<string, Backoff>();
  private readonly timer: WakeTimer;

  constructor(
    private readonly clock: Clock,
    retry: () => void,
  ) {
    this.timer = new WakeTimer(clock, retry);
  }

  /** The change `key` failed with `error`: it waits longer than last time. Returns until when (epoch ms). */
  failed(key: string, error: AppError): number {
    const failures = (this.backoffs.get(key)?.failures ?? 0) + 1;
    const until = this.clock.now() + retryDelayMs(failures, error);
    this.backoffs.set(key, { failures, until, error });
    return until;
  }

  /** The change `key` may not go yet. */
  waiting(key: string): boolean {
    return (this.backoffs.get(key)?.until ?? 0) > this.clock.now();
  }

  /** The change `key` went through or left: its backoff is over. */
  settled(key: string): void {
    this.backoffs.delete(key);
  }

  /** The change whose backoff ends soonest, with the failure behind it; null when none waits. */
  soonest(): { key: string; until: number; error: AppError } | null {
    const now = this.clock.now();
    let best: { key: string; until: number; error: AppError } | null = null;
    for (const [key, backoff] of this.backoffs) {
      if (backoff.until > now && (best === null || backoff.until < best.until))
        best = { key, until: backoff.until, error: backoff.error };
    }
    return best;
  }

  /** Arms the wake-up for the soonest backoff still running; forgets changes `queued` no longer holds. */
  wakeAtSoonest(queued: (key: string) => boolean): void {
    for (const key of this.backoffs.keys()) if (!queued(key)) this.backoffs.delete(key);
    this.timer.wakeAt(this.soonest()?.until ?? null);
  }

  /** The user asked to try now: every change may go once; the backoffs keep their length. */
  skipOnce(): void {
    for (const backoff of this.backoffs.values()) backoff.until = 0;
    this.timer.clear();
  }

  clear(): void {
    this.timer.clear();
  }

  stop(): void {
    this.timer.stop();
  }
}
