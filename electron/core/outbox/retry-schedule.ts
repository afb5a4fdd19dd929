/**
 * When the outbox sender tries again after a failure: a backoff that grows with every failure in a
 * row (./retry-backoff), one timer, and the failure behind it for the status line. Only the change
 * whose failure started the backoff ends it by going through: another change going through says
 * nothing about the one that failed.
 */
import type { AppError } from '../../shared/app-error';
import type { Clock } from '../ports';
import { retryDelayMs } from './retry-backoff';
import { WakeTimer } from './wake-timer';

export class RetrySchedule {
  private failures = 0;
  private lastError: AppError | null = null;
  /** The entry whose failure set the backoff; null when none did (or nothing failed). */
  private failedKey: string | null = null;
  private readonly timer: WakeTimer;

  constructor(
    private readonly clock: Clock,
    retry: () => void,
  ) {
    this.timer = new WakeTimer(clock, retry);
  }

  /** The failure that made the sender wait; null once the change behind it went through. */
  lastFailure(): AppError | null {
    return this.lastError;
  }

  /** When the timer tries again (epoch ms); null when no try is planned. */
  retryAt(): number | null {
    return this.timer.at();
  }

  /** A backoff is still running: only its timer sends. */
  backingOff(): boolean {
    const at = this.timer.at();
    return at !== null && at > this.clock.now();
  }

  /**
   * Sending failed (`key`: the change that did, when one did): the backoff grows and the timer is
   * armed. Returns when it fires (epoch ms).
   */
  failed(error: AppError, key?: string): number {
    this.failures += 1;
    this.lastError = error;
    if (key !== undefined) this.failedKey = key;
    const at = this.clock.now() + retryDelayMs(this.failures, error);
    this.timer.wakeAt(at);
    return at;
  }

  /** The change `key` went through; `queued` tells which changes still wait. */
  wentThrough(key: string, queued: (key: string) => boolean): void {
    if (this.failedKey !== null && this.failedKey !== key && queued(this.failedKey)) return;
    this.failures = 0;
    this.lastError = null;
    this.failedKey = null;
  }

  /**
   * The network seems back (a list came back, the machine woke). False when that cannot help: the
   * last failure was not the network's. Otherwise the backoff starts again from its shortest step.
   */
  networkBack(): boolean {
    if (this.lastError !== null && this.lastError.kind !== 'offline') return false;
    this.failures = 0;
    return true;
  }

  /** Tries at `at` (epoch ms) unless a try is planned already (a Retry-After kept across a restart). */
  tryAt(at: number): void {
    if (this.timer.at() === null) this.timer.wakeAt(at);
  }

  /** Drops the planned try; the backoff keeps its length. */
  cancel(): void {
    this.timer.clear();
  }

  stop(): void {
    this.timer.stop();
  }
}
