/**
 * Changes that wait to learn what an earlier write whose answer was lost did: each until a list can
 * show it (or Omi lets the app read again). Meanwhile the sender passes them by; one timer wakes it
 * at the soonest, and the status line names them.
 */
import type { AppError } from '../../shared/app-error';
import type { Clock } from '../ports';
import { WakeTimer } from './wake-timer';

/** A change waiting to be checked, and what the user reads meanwhile. */
export interface Checking {
  key: string;
  until: number;
  error: AppError;
}

export class LostWriteChecks {
  private readonly waits = new Map<string, { until: number; error: AppError }>();
  private readonly timer: WakeTimer;

  constructor(
    private readonly clock: Clock,
    check: () => void,
  ) {
    this.timer = new WakeTimer(clock, check);
  }

  /** The change `key` waits until `until` (epoch ms); `error` says why. */
  waitUntil(key: string, until: number, error: AppError): void {
    this.waits.set(key, { until, error });
  }

  /** The change `key` is settled (sent, refused or dropped): it waits no more. */
  settled(key: string): void {
    this.waits.delete(key);
  }

  /** The change `key` may not go yet. */
  waiting(key: string): boolean {
    const wait = this.waits.get(key);
    return wait !== undefined && wait.until > this.clock.now();
  }

  /** The changes waiting now, soonest first. */
  checking(): Checking[] {
    const now = this.clock.now();
    const checking = [...this.waits].filter(([, wait]) => wait.until > now).map(([key, wait]) => ({ key, ...wait }));
    return checking.sort((a, b) => a.until - b.until);
  }

  /** Arms the wake-up for the soonest wait still ahead; forgets changes `queued` no longer holds. */
  wakeAtSoonest(queued: (key: string) => boolean): void {
    const now = this.clock.now();
    let soonest: number | null = null;
    for (const [key, wait] of this.waits) {
      if (!queued(key)) this.waits.delete(key);
      else if (wait.until > now) soonest = Math.min(soonest ?? wait.until, wait.until);
    }
    this.timer.wakeAt(soonest);
  }

  /** Drops the wake-up; the waits stay. */
  clear(): void {
    this.timer.clear();
  }

  stop(): void {
    this.timer.stop();
  }
}
