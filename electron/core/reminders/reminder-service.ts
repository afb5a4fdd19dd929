/**
 * Desktop reminders while the app runs. One timer is armed for the next reminder and everything is
 * re-planned from wall-clock time on every change, on wake and when a periodic check sees the wall
 * clock jump (sleep without a resume event, clock changes). Before showing anything it makes sure
 * the items are fresh, so a reminder for an item completed or deleted elsewhere is never shown.
 * What was shown is written to reminders.json before it is shown, so a restart never repeats it.
 *
 * This class runs the planning passes, one at a time, and connects three parts: the book (what is
 * remembered and planned from: reminder-book), the alarm (firing: reminder-alarm) and the answers
 * (notifications and what their clicks and actions do: reminder-answers).
 */
import type { ActionItem } from '../../shared/action-item';
import type { ReminderState } from '../../shared/app-state';
import { DAY_FIRST_24_HOUR } from '../../shared/due-date/clock-style';
import { ReminderAlarm } from './reminder-alarm';
import { ReminderAnswers } from './reminder-answers';
import { ReminderBook } from './reminder-book';
import type { StoredReminders } from './reminder-state-file';
import type { RemindersContext } from './reminders-port';

/**
 * Not started yet, running, or stopped for good: after running (each stop still records how far
 * reminders were watched) or before start had finished (nothing to record).
 */
type Lifecycle = 'new' | 'running' | 'stopped' | 'stopped_before_start';

export class ReminderService {
  private readonly deps: RemindersContext;
  private readonly book = new ReminderBook();
  private readonly alarm: ReminderAlarm;
  private readonly answers: ReminderAnswers;
  private lifecycle: Lifecycle = 'new';
  /**
   * After a start, a wake or a clock jump, the list in hand may predate items dated elsewhere
   * meanwhile; if the unwatched gap is long, the next pass fetches before it moves the watch mark.
   */
  private recheckGap = true;
  /** A change came in since the running pass began: another pass follows. */
  private dirty = false;
  /** The next pass writes reminders.json even if it changes nothing itself. */
  private mustPersist = false;
  private running: Promise<void> | null = null;

  constructor(deps: RemindersContext) {
    this.deps = deps;
    this.alarm = new ReminderAlarm({
      clock: deps.clock,
      logger: deps.logger,
      onTime: () => this.kick(),
      onJump: () => {
        this.recheckGap = true;
        this.kick();
      },
      onSteady: (now) => {
        if (!this.running) this.book.advanceWatch(now, this.alarm.nextAt());
      },
    });
    this.answers = new ReminderAnswers({
      clock: deps.clock,
      notifier: deps.notifier,
      logger: deps.logger,
      timeZone: () => (typeof deps.timeZone === 'function' ? deps.timeZone() : deps.timeZone),
      clockStyle: () => deps.clockStyle?.() ?? DAY_FIRST_24_HOUR,
      openItem: (id) => deps.openItem(id),
      completeItem: (id) => deps.completeItem(id),
      snooze: (id, untilMs) => this.snooze(id, untilMs),
    });
  }

  /** Loads reminders.json, then plans. The first start ever shows nothing for items already due. */
  async start(items: readonly ActionItem[]): Promise<void> {
    const now = this.deps.clock.now();
    const fresh: StoredReminders = {
      version: 1,
      watchedUntil: new Date(now).toISOString(),
      pausedUntil: null,
      snoozed: {},
      delivered: {},
    };
    let stored = fresh;
    try {
      stored = await this.deps.stateFile.read(fresh);
    } catch (error) {
      this.deps.logger.error('Reminder state could not be read; starting afresh', { error: String(error) });
    }
    if (this.stopped()) return;
    this.book.load(stored);
    // No pruning yet: the list given at start may be an old snapshot or empty until the first sync.
    this.book.items = items;
    this.lifecycle = 'running';
    await this.persist();
    this.alarm.startDriftCheck();
    this.kick();
  }

  /** The full current list (open and completed); call on every change. */
  itemsChanged(items: readonly ActionItem[]): void {
    this.book.items = items;
    if (this.book.prune()) this.deps.onStateChange?.(this.state());
    if (this.lifecycle === 'running') this.kick();
  }

  /** Delays this item's reminder to `untilMs`; never changes its due date. */
  async snooze(id: string, untilMs: number): Promise<void> {
    this.book.snooze(id, untilMs);
    await this.stateChanged();
  }

  /** Pauses all reminders until `untilMs`; null resumes. Held-back reminders arrive as one catch-up. */
  async pause(untilMs: number | null): Promise<void> {
    this.book.pauseUntil(untilMs, this.deps.clock.now(), this.alarm.nextAt());
    await this.stateChanged();
  }

  /** Resume from sleep or screen unlock: re-plan from the wall clock now. */
  wake(): void {
    this.alarm.restartDriftWindow();
    this.recheckGap = true;
    if (this.lifecycle === 'running') this.kick();
  }

  /** Re-plan now, e.g. after the lead time setting changed. */
  replan(): void {
    if (this.lifecycle === 'running') this.kick();
  }

  state(): ReminderState {
    return this.book.state(this.deps.clock.now());
  }

  /** The next instant a reminder (or the end of a pause) is planned for; null when none. */
  nextReminderAt(): number | null {
    return this.alarm.nextAt();
  }

  /** Resolves once no planning pass is running (tests, shutdown). */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Stops all timers and records how far reminders were watched. */
  async stop(): Promise<void> {
    const started = this.lifecycle === 'running' || this.lifecycle === 'stopped';
    this.lifecycle = started ? 'stopped' : 'stopped_before_start';
    this.alarm.stop();
    await this.whenIdle();
    if (!started) return;
    this.book.advanceWatch(this.deps.clock.now(), this.alarm.nextAt());
    await this.persist();
  }

  private stopped(): boolean {
    return this.lifecycle === 'stopped' || this.lifecycle === 'stopped_before_start';
  }

  /** Written by the next planning pass, so every write of reminders.json goes through one queue. */
  private async stateChanged(): Promise<void> {
    this.deps.onStateChange?.(this.state());
    if (this.lifecycle !== 'running') return;
    this.mustPersist = true;
    this.kick();
    await this.whenIdle();
  }

  /** Schedules a planning pass; passes never overlap, and a change during one triggers another. */
  private kick(): void {
    if (this.stopped()) return;
    this.dirty = true;
    if (this.running) return;
    this.running = this.loop()
      .catch((error: unknown) => this.deps.logger.error('Reminder planning failed', { error: String(error) }))
      .finally(() => {
        this.running = null;
      });
  }

  private async loop(): Promise<void> {
    while (this.dirty && !this.stopped()) {
      this.dirty = false;
      await this.pass();
    }
  }

  private async pass(): Promise<void> {
    const book = this.book;
    let now = this.deps.clock.now();
    book.noticeClockSetBack(now);
    const persist = this.mustPersist;
    this.mustPersist = false;
    let stateChanged = book.endPauseIfOver(now);

    let plan = book.plan(now, this.deps.getLeadMinutes());
    const longGap = this.recheckGap && book.unwatchedTooLong(now);
    this.recheckGap = false;
    let checked = true;
    if (plan.due.length > 0 || longGap) {
      const fresh = await this.freshItems();
      if (this.stopped()) return;
      if (fresh) {
        book.items = fresh;
        if (book.prune()) stateChanged = true;
      } else checked = false;
      now = this.deps.clock.now();
      plan = book.plan(now, this.deps.getLeadMinutes());
    }

    const due = plan.due;
    for (const reminder of due) book.shown(reminder);
    if (due.length > 0) stateChanged = true;
    const reason = book.lateReason();
    book.passDone(now, plan.nextAt);
    if (book.dropSpentSnoozes()) stateChanged = true;
    if (due.length > 0 || stateChanged || persist) await this.persist();
    this.answers.announce(due, now, reason, checked ? null : (this.deps.listAsOf?.() ?? null));
    this.alarm.arm(plan.nextAt, now);
    if (stateChanged) this.deps.onStateChange?.(this.state());
  }

  private async freshItems(): Promise<readonly ActionItem[] | null> {
    try {
      return await this.deps.refreshIfStale();
    } catch (error) {
      this.deps.logger.warn('Items could not be refreshed before a reminder; using the last known list', {
        error: String(error),
      });
      return null;
    }
  }

  private async persist(): Promise<void> {
    try {
      await this.deps.stateFile.write(this.book.toStored());
    } catch (error) {
      // Showing the reminder matters more than the record of it; a restart may repeat this one.
      this.deps.logger.error('Reminder state could not be written', { error: String(error) });
    }
  }
}
