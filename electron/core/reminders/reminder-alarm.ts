/**
 * Firing: one timer armed for the next reminder, and a periodic check that compares the wall clock
 * with the timer clock, so sleep without a resume event or a clock change is noticed. It decides
 * nothing about reminders; it tells the service when to plan again.
 */
import type { Clock, Logger, TimerHandle } from '../ports';

/** setTimeout fires at once beyond 2^31-1 ms; longer waits are re-armed when this cap elapses. */
const MAX_TIMER_MS = 2 ** 31 - 1 - 60_000;
/** How often the wall clock is compared with the timer clock. */
const DRIFT_CHECK_MS = 60_000;
/** A drift check arriving this much later than expected means the machine slept or the clock moved. */
const JUMP_TOLERANCE_MS = 30_000;

export interface ReminderAlarmDeps {
  clock: Clock;
  logger: Logger;
  /** The armed time has come (or the cap elapsed): plan again. */
  onTime(): void;
  /** The wall clock jumped: plan again, and look for what may have been missed. */
  onJump(): void;
  /** Time passed continuously up to `now`: every timer had its chance. */
  onSteady(now: number): void;
}

export class ReminderAlarm {
  private readonly deps: ReminderAlarmDeps;
  private timer: TimerHandle | null = null;
  private driftTimer: TimerHandle | null = null;
  private driftExpectedAt = 0;
  private armedFor: number | null = null;
  private stopped = false;

  constructor(deps: ReminderAlarmDeps) {
    this.deps = deps;
  }

  /** The instant the timer is armed for; null when none. */
  nextAt(): number | null {
    return this.armedFor;
  }

  /** Arms the one timer for `nextAt` (null: none), replacing the one before. */
  arm(nextAt: number | null, now: number): void {
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
    this.armedFor = nextAt;
    if (nextAt === null || this.stopped) return;
    const delay = Math.min(Math.max(nextAt - now, 0), MAX_TIMER_MS);
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = null;
      this.deps.onTime();
    }, delay);
  }

  startDriftCheck(): void {
    this.driftExpectedAt = this.deps.clock.now() + DRIFT_CHECK_MS;
    this.driftTimer = this.deps.clock.setTimeout(() => this.driftCheck(), DRIFT_CHECK_MS);
  }

  /** After a resume: the next check counts from now, so the sleep itself is not taken for a jump. */
  restartDriftWindow(): void {
    this.driftExpectedAt = this.deps.clock.now() + DRIFT_CHECK_MS;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer);
    if (this.driftTimer !== null) this.deps.clock.clearTimeout(this.driftTimer);
    this.timer = null;
    this.driftTimer = null;
  }

  private driftCheck(): void {
    this.driftTimer = null;
    if (this.stopped) return;
    const now = this.deps.clock.now();
    if (Math.abs(now - this.driftExpectedAt) > JUMP_TOLERANCE_MS) {
      this.deps.logger.info('Wall clock jumped; re-planning reminders', { byMs: now - this.driftExpectedAt });
      this.deps.onJump();
    } else {
      this.deps.onSteady(now);
    }
    this.startDriftCheck();
  }
}
