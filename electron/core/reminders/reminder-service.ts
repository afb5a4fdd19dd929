/**
 * Desktop reminders while the app runs. One timer is armed for the next reminder and everything is
 * re-planned from wall-clock time on every change, on wake and when a periodic check sees the wall
 * clock jump (sleep without a resume event, clock changes). Before showing anything it makes sure
 * the items are fresh, so a reminder for an item completed or deleted elsewhere is never shown.
 * What was shown is written to reminders.json before it is shown, so a restart never repeats it.
 */
import type { ActionItem } from '../../shared/action-item';
import type { ReminderState } from '../../shared/app-state';
import type { Clock, Logger, NotifierPort, NotificationRequest, TimerHandle } from '../ports';
import type { JsonFile } from '../storage/json-file';
import { LATE_AFTER_MS, planReminders, type DueReminder, type ReminderPlan } from './reminder-plan';
import type { StoredReminders } from './reminder-state-file';
import { groupedReminder, singleReminder, type GroupReason } from './reminder-words';
import { TEN_MINUTES_MS } from './snooze-presets';

/** setTimeout fires at once beyond 2^31-1 ms; longer waits are re-armed when this cap elapses. */
export const MAX_TIMER_MS = 2 ** 31 - 1 - 60_000;
/** How often the wall clock is compared with the timer clock. */
export const DRIFT_CHECK_MS = 60_000;
/** A drift check arriving this much later than expected means the machine slept or the clock moved. */
const JUMP_TOLERANCE_MS = 30_000;
/** More reminders than this at the same moment are shown as one notification. */
const MAX_SEPARATE = 3;
/** The popover offers Done and Snooze for this many of the newest reminders shown. */
export const MAX_RINGING = 50;

export interface ReminderServiceDeps {
  clock: Clock;
  notifier: NotifierPort;
  /** reminders.json; build it with reminderStateFile(). */
  stateFile: JsonFile<StoredReminders>;
  logger: Logger;
  /** Read on every planning pass, so a settings change needs only replan(). */
  getLeadMinutes(): number;
  /** Fresh items when the last refresh is stale (re-fetched) or recent; null when they could not be had. */
  refreshIfStale(): Promise<ActionItem[] | null>;
  /** Shows the popover with this item focused. */
  openItem(id: string): void;
  /** The notification's Done action. */
  completeItem(id: string): void | Promise<unknown>;
  /** IANA zone for the words ("Due at 17:00"); a function when the machine's zone can change while running. */
  timeZone: string | (() => string);
  /** Told whenever the pause or the snoozes change, also when a pause ends or a snooze is used up by itself. */
  onStateChange?(state: ReminderState): void;
}

export class ReminderService {
  private readonly deps: ReminderServiceDeps;
  private items: readonly ActionItem[] = [];
  private readonly snoozes = new Map<string, number>();
  private readonly delivered = new Map<string, number>();
  /**
   * Reminders shown in this run and not yet answered (done, snoozed, re-dated): item id -> the due
   * time shown (NaN when undated), oldest first. The popover offers Done and Snooze for them, also
   * where a notification click never arrives (Linux).
   */
  private readonly ringing = new Map<string, number>();
  private pausedUntil: number | null = null;
  private watchedUntil = 0;
  /** Reminders held back by a pause are caught up with their own words when it ends. */
  private pauseEnded = false;
  /**
   * After a start, a wake or a clock jump, the list in hand may predate items dated elsewhere
   * meanwhile; if the unwatched gap is long, the next pass fetches before it moves the watch mark.
   */
  private recheckGap = true;
  private nextAt: number | null = null;
  private timer: TimerHandle | null = null;
  private driftTimer: TimerHandle | null = null;
  private driftExpectedAt = 0;
  private started = false;
  private stopped = false;
  private dirty = false;
  private mustPersist = false;
  private running: Promise<void> | null = null;

  constructor(deps: ReminderServiceDeps) {
    this.deps = deps;
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
    if (this.stopped) return;
    this.load(stored);
    // No pruning yet: the list given at start may be an old snapshot or empty until the first sync.
    this.items = items;
    this.started = true;
    await this.persist();
    this.armDriftCheck();
    this.kick();
  }

  /** The full current list (open and completed); call on every change. */
  itemsChanged(items: readonly ActionItem[]): void {
    this.items = items;
    if (this.prune()) this.deps.onStateChange?.(this.state());
    if (this.started) this.kick();
  }

  /** Delays this item's reminder to `untilMs`; never changes its due date. */
  async snooze(id: string, untilMs: number): Promise<void> {
    this.snoozes.set(id, untilMs);
    this.ringing.delete(id);
    await this.stateChanged();
  }

  /** Pauses all reminders until `untilMs`; null resumes. Held-back reminders arrive as one catch-up. */
  async pause(untilMs: number | null): Promise<void> {
    const now = this.deps.clock.now();
    if (untilMs === null || untilMs <= now) {
      if (this.pausedUntil !== null) this.pauseEnded = true;
      this.pausedUntil = null;
    } else {
      // Reminders from here on are held back and caught up when the pause ends.
      this.advanceWatch(now);
      this.pausedUntil = untilMs;
    }
    await this.stateChanged();
  }

  /** Resume from sleep or screen unlock: re-plan from the wall clock now. */
  wake(): void {
    this.driftExpectedAt = this.deps.clock.now() + DRIFT_CHECK_MS;
    this.recheckGap = true;
    if (this.started) this.kick();
  }

  /** Re-plan now, e.g. after the lead time setting changed. */
  replan(): void {
    if (this.started) this.kick();
  }

  state(): ReminderState {
    const now = this.deps.clock.now();
    const snoozed: Record<string, string> = {};
    for (const [id, until] of this.snoozes) snoozed[id] = new Date(until).toISOString();
    return {
      pausedUntil: this.isPaused(now) && this.pausedUntil !== null ? new Date(this.pausedUntil).toISOString() : null,
      snoozed,
      ringing: [...this.ringing.keys()].reverse(),
    };
  }

  /** The next instant a reminder (or the end of a pause) is planned for; null when none. */
  nextReminderAt(): number | null {
    return this.nextAt;
  }

  /** Resolves once no planning pass is running (tests, shutdown). */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Stops all timers and records how far reminders were watched. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimers();
    await this.whenIdle();
    if (!this.started) return;
    this.advanceWatch(this.deps.clock.now());
    await this.persist();
  }

  /** Written by the next planning pass, so every write of reminders.json goes through one queue. */
  private async stateChanged(): Promise<void> {
    this.deps.onStateChange?.(this.state());
    if (!this.started) return;
    this.mustPersist = true;
    this.kick();
    await this.whenIdle();
  }

  private isPaused(now: number): boolean {
    return this.pausedUntil !== null && now < this.pausedUntil;
  }

  /** Schedules a planning pass; passes never overlap, and a change during one triggers another. */
  private kick(): void {
    if (this.stopped) return;
    this.dirty = true;
    if (this.running) return;
    this.running = this.loop()
      .catch((error: unknown) => this.deps.logger.error('Reminder planning failed', { error: String(error) }))
      .finally(() => {
        this.running = null;
      });
  }

  private async loop(): Promise<void> {
    while (this.dirty && !this.stopped) {
      this.dirty = false;
      await this.pass();
    }
  }

  private plan(now: number): ReminderPlan {
    return planReminders({
      items: this.items,
      leadMinutes: this.deps.getLeadMinutes(),
      snoozes: this.snoozes,
      pausedUntil: this.pausedUntil,
      delivered: this.delivered,
      watchedUntil: this.watchedUntil,
      now,
    });
  }

  private async pass(): Promise<void> {
    let now = this.deps.clock.now();
    // The clock was set back: forget the future we thought we had watched.
    if (now < this.watchedUntil) this.watchedUntil = now;
    let stateChanged = false;
    const persist = this.mustPersist;
    this.mustPersist = false;
    if (this.pausedUntil !== null && !this.isPaused(now)) {
      this.pausedUntil = null;
      this.pauseEnded = true;
      stateChanged = true;
    }

    let plan = this.plan(now);
    const longGap = this.recheckGap && !this.isPaused(now) && now - this.watchedUntil > LATE_AFTER_MS;
    this.recheckGap = false;
    if (plan.due.length > 0 || longGap) {
      const fresh = await this.freshItems();
      if (this.stopped) return;
      if (fresh) {
        this.items = fresh;
        if (this.prune()) stateChanged = true;
      }
      now = this.deps.clock.now();
      plan = this.plan(now);
    }

    const due = plan.due;
    for (const reminder of due) {
      if (!Number.isNaN(reminder.dueMs)) this.delivered.set(reminder.item.id, reminder.dueMs);
      if (this.snoozes.delete(reminder.item.id)) stateChanged = true;
      this.ring(reminder.item.id, reminder.dueMs);
      stateChanged = true;
    }
    const reason: GroupReason = this.pauseEnded ? 'paused' : 'away';
    if (!this.isPaused(now)) {
      this.pauseEnded = false;
      this.advanceWatch(now, plan.nextAt);
    }
    // A snooze set for a time already watched (set in the past) has nothing left to delay.
    for (const [id, until] of this.snoozes) {
      if (until <= this.watchedUntil) {
        this.snoozes.delete(id);
        stateChanged = true;
      }
    }
    if (due.length > 0 || stateChanged || persist) await this.persist();
    for (const notification of this.notificationsFor(due, now, reason)) this.show(notification.request, notification.itemId);
    this.arm(plan.nextAt, now);
    if (stateChanged) this.deps.onStateChange?.(this.state());
  }

  private notificationsFor(
    due: readonly DueReminder[],
    now: number,
    reason: GroupReason,
  ): { request: NotificationRequest; itemId: string | null }[] {
    const timeZone = this.timeZone();
    const onTime = due.filter((reminder) => !reminder.late);
    const late = due.filter((reminder) => reminder.late).sort((a, b) => a.remindAt - b.remindAt);
    const shown: { request: NotificationRequest; itemId: string | null }[] = [];
    if (late.length === 1 && late[0]) shown.push({ request: singleReminder(late[0], now, timeZone), itemId: late[0].item.id });
    else if (late.length > 1) shown.push({ request: groupedReminder(late, reason), itemId: late[0]?.item.id ?? null });
    if (onTime.length > MAX_SEPARATE) {
      shown.push({ request: groupedReminder(onTime, 'now'), itemId: onTime[0]?.item.id ?? null });
    } else {
      for (const reminder of onTime) shown.push({ request: singleReminder(reminder, now, timeZone), itemId: reminder.item.id });
    }
    return shown;
  }

  /** `focusId` is the item a click opens; for a grouped notification, the first of the group. */
  private show(request: NotificationRequest, focusId: string | null): void {
    const itemId = request.itemId;
    try {
      this.deps.notifier.show(request, {
        onClick: () => {
          if (focusId !== null) this.deps.openItem(focusId);
        },
        onAction:
          itemId === null
            ? undefined
            : (action) => {
                if (action === 'done') this.complete(itemId);
                else this.snoozeInBackground(itemId, this.deps.clock.now() + TEN_MINUTES_MS);
              },
      });
    } catch (error) {
      this.deps.logger.error('A reminder notification could not be shown', { error: String(error) });
    }
  }

  private complete(id: string): void {
    try {
      const result = this.deps.completeItem(id);
      if (result instanceof Promise) {
        result.catch((error: unknown) => this.deps.logger.error('Done from a notification failed', { error: String(error) }));
      }
    } catch (error) {
      this.deps.logger.error('Done from a notification failed', { error: String(error) });
    }
  }

  private snoozeInBackground(id: string, untilMs: number): void {
    this.snooze(id, untilMs).catch((error: unknown) =>
      this.deps.logger.error('Snooze from a notification failed', { error: String(error) }),
    );
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

  /**
   * Moves the watch mark forward to `now`, but never past a reminder still waiting for its timer:
   * that reminder must not be mistaken for one set in the past.
   */
  private advanceWatch(now: number, nextAt: number | null = this.nextAt): void {
    if (this.isPaused(now)) return;
    const limit = nextAt === null ? now : Math.min(now, nextAt - 1);
    if (limit > this.watchedUntil) this.watchedUntil = limit;
  }

  private arm(nextAt: number | null, now: number): void {
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
    this.nextAt = nextAt;
    if (nextAt === null || this.stopped) return;
    const delay = Math.min(Math.max(nextAt - now, 0), MAX_TIMER_MS);
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = null;
      this.kick();
    }, delay);
  }

  private armDriftCheck(): void {
    this.driftExpectedAt = this.deps.clock.now() + DRIFT_CHECK_MS;
    this.driftTimer = this.deps.clock.setTimeout(() => this.driftCheck(), DRIFT_CHECK_MS);
  }

  private driftCheck(): void {
    this.driftTimer = null;
    if (this.stopped) return;
    const now = this.deps.clock.now();
    const jumped = Math.abs(now - this.driftExpectedAt) > JUMP_TOLERANCE_MS;
    if (jumped) {
      this.deps.logger.info('Wall clock jumped; re-planning reminders', { byMs: now - this.driftExpectedAt });
      this.recheckGap = true;
      this.kick();
    } else if (!this.running) {
      // Time passed continuously and every timer had its chance: nothing before now is "missed".
      this.advanceWatch(now);
    }
    this.armDriftCheck();
  }

  private clearTimers(): void {
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer);
    if (this.driftTimer !== null) this.deps.clock.clearTimeout(this.driftTimer);
    this.timer = null;
    this.driftTimer = null;
  }

  private timeZone(): string {
    return typeof this.deps.timeZone === 'function' ? this.deps.timeZone() : this.deps.timeZone;
  }

  /** Newest last; the oldest beyond MAX_RINGING are no longer offered. */
  private ring(id: string, dueMs: number): void {
    this.ringing.delete(id);
    this.ringing.set(id, dueMs);
    if (this.ringing.size > MAX_RINGING) {
      const oldest = this.ringing.keys().next();
      if (!oldest.done) this.ringing.delete(oldest.value);
    }
  }

  /**
   * Forgets snoozes and shown-markers of items that are gone, done or re-dated, so state stays small.
   * An empty list proves little (signed out, not synced yet), and stale entries are harmless: skip it.
   * True when a reminder the popover offers went away.
   */
  private prune(): boolean {
    if (this.items.length === 0 || (this.snoozes.size === 0 && this.delivered.size === 0 && this.ringing.size === 0)) return false;
    const open = new Map<string, ActionItem>();
    for (const item of this.items) if (!item.completed) open.set(item.id, item);
    for (const id of this.snoozes.keys()) if (!open.has(id)) this.snoozes.delete(id);
    for (const [id, dueMs] of this.delivered) {
      const item = open.get(id);
      if (!item || item.dueAt === null || Date.parse(item.dueAt) !== dueMs) this.delivered.delete(id);
    }
    let answered = false;
    for (const [id, dueMs] of this.ringing) {
      const item = open.get(id);
      const nowDueMs = item === undefined || item.dueAt === null ? Number.NaN : Date.parse(item.dueAt);
      if (!item || !(nowDueMs === dueMs || (Number.isNaN(nowDueMs) && Number.isNaN(dueMs)))) {
        this.ringing.delete(id);
        answered = true;
      }
    }
    return answered;
  }

  /** Stored state, under any snooze or pause asked for before start finished. */
  private load(stored: StoredReminders): void {
    this.watchedUntil = Date.parse(stored.watchedUntil);
    if (this.pausedUntil === null && stored.pausedUntil !== null) this.pausedUntil = Date.parse(stored.pausedUntil);
    for (const [id, until] of Object.entries(stored.snoozed)) {
      if (!this.snoozes.has(id)) this.snoozes.set(id, Date.parse(until));
    }
    for (const [id, dueAt] of Object.entries(stored.delivered)) this.delivered.set(id, Date.parse(dueAt));
  }

  private async persist(): Promise<void> {
    const snoozed: Record<string, string> = {};
    for (const [id, until] of this.snoozes) snoozed[id] = new Date(until).toISOString();
    const delivered: Record<string, string> = {};
    for (const [id, dueMs] of this.delivered) delivered[id] = new Date(dueMs).toISOString();
    try {
      await this.deps.stateFile.write({
        version: 1,
        watchedUntil: new Date(this.watchedUntil).toISOString(),
        pausedUntil: this.pausedUntil === null ? null : new Date(this.pausedUntil).toISOString(),
        snoozed,
        delivered,
      });
    } catch (error) {
      // Showing the reminder matters more than the record of it; a restart may repeat this one.
      this.deps.logger.error('Reminder state could not be written', { error: String(error) });
    }
  }
}
