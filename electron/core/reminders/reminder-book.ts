/**
 * What the reminders remember and plan from: the items, snoozes, reminders already shown, the ones
 * the popover still offers (ringing), the pause, and how far time has been watched. It knows nothing
 * of timers or notifications; the service asks it for a plan and tells it what was shown.
 */
import type { ActionItem } from '../../shared/action-item';
import type { ReminderState } from '../../shared/app-state';
import { LATE_AFTER_MS, planReminders, type DueReminder, type ReminderPlan } from './reminder-plan';
import type { StoredReminders } from './reminder-state-file';
import type { GroupReason } from './reminder-words';

/** The popover offers Done and Snooze for this many of the newest reminders shown. */
export const MAX_RINGING = 50;

/**
 * Reminders are not paused (`off`), paused until an instant (`on`), or the pause has just ended and
 * what it held back is still to be caught up, in words that say so (`ended`).
 */
type Pause = { kind: 'off' } | { kind: 'on'; until: number } | { kind: 'ended' };

const iso = (ms: number): string => new Date(ms).toISOString();

export class ReminderBook {
  items: readonly ActionItem[] = [];
  private readonly snoozes = new Map<string, number>();
  private readonly delivered = new Map<string, number>();
  /**
   * Reminders shown in this run and not yet answered (done, snoozed, re-dated): item id -> the due
   * time shown (NaN when undated), oldest first. The popover offers Done and Snooze for them, also
   * where a notification click never arrives (Linux).
   */
  private readonly ringing = new Map<string, number>();
  private pause: Pause = { kind: 'off' };
  private watchedUntil = 0;

  isPaused(now: number): boolean {
    return this.pause.kind === 'on' && now < this.pause.until;
  }

  snooze(id: string, untilMs: number): void {
    this.snoozes.set(id, untilMs);
    this.ringing.delete(id);
  }

  /** Pauses until `untilMs`; null (or a time already past) resumes. */
  pauseUntil(untilMs: number | null, now: number, nextAt: number | null): void {
    if (untilMs === null || untilMs <= now) {
      if (this.pause.kind === 'on') this.pause = { kind: 'ended' };
    } else {
      // Reminders from here on are held back and caught up when the pause ends.
      this.advanceWatch(now, nextAt);
      this.pause = { kind: 'on', until: untilMs };
    }
  }

  /** The clock was set back: forget the future we thought we had watched. */
  noticeClockSetBack(now: number): void {
    if (now < this.watchedUntil) this.watchedUntil = now;
  }

  /** True when a pause ran out by itself. */
  endPauseIfOver(now: number): boolean {
    if (this.pause.kind !== 'on' || now < this.pause.until) return false;
    this.pause = { kind: 'ended' };
    return true;
  }

  /** Time went unwatched for longer than a reminder may be late: items dated meanwhile may be missing. */
  unwatchedTooLong(now: number): boolean {
    return !this.isPaused(now) && now - this.watchedUntil > LATE_AFTER_MS;
  }

  plan(now: number, leadMinutes: number): ReminderPlan {
    return planReminders({
      items: this.items,
      leadMinutes,
      snoozes: this.snoozes,
      pausedUntil: this.pause.kind === 'on' ? this.pause.until : null,
      delivered: this.delivered,
      watchedUntil: this.watchedUntil,
      now,
    });
  }

  /** Records a reminder as shown: it is not shown again for the same due time, and the popover offers it. */
  shown(reminder: DueReminder): void {
    if (!Number.isNaN(reminder.dueMs)) this.delivered.set(reminder.item.id, reminder.dueMs);
    this.snoozes.delete(reminder.item.id);
    this.ring(reminder.item.id, reminder.dueMs);
  }

  /** Why reminders arrive late: held back by a pause that just ended, or the app was away. */
  lateReason(): GroupReason {
    return this.pause.kind === 'ended' ? 'paused' : 'away';
  }

  /** After a pass: unless paused, the catch-up is done and time up to now (or the next reminder) is watched. */
  passDone(now: number, nextAt: number | null): void {
    if (this.isPaused(now)) return;
    if (this.pause.kind === 'ended') this.pause = { kind: 'off' };
    this.advanceWatch(now, nextAt);
  }

  /** A snooze set for a time already watched (set in the past) has nothing left to delay. True when one went. */
  dropSpentSnoozes(): boolean {
    let dropped = false;
    for (const [id, until] of this.snoozes) {
      if (until <= this.watchedUntil) {
        this.snoozes.delete(id);
        dropped = true;
      }
    }
    return dropped;
  }

  /**
   * Moves the watch mark forward to `now`, but never past a reminder still waiting for its timer
   * (`nextAt`): that reminder must not be mistaken for one set in the past.
   */
  advanceWatch(now: number, nextAt: number | null): void {
    if (this.isPaused(now)) return;
    const limit = nextAt === null ? now : Math.min(now, nextAt - 1);
    if (limit > this.watchedUntil) this.watchedUntil = limit;
  }

  state(now: number): ReminderState {
    const snoozed: Record<string, string> = {};
    for (const [id, until] of this.snoozes) snoozed[id] = iso(until);
    return {
      pausedUntil: this.pause.kind === 'on' && this.isPaused(now) ? iso(this.pause.until) : null,
      snoozed,
      ringing: [...this.ringing.keys()].reverse(),
    };
  }

  /**
   * Forgets snoozes and shown-markers of items that are gone, done or re-dated, so state stays small.
   * An empty list proves little (signed out, not synced yet), and stale entries are harmless: skip it.
   * True when a reminder the popover offers went away.
   */
  prune(): boolean {
    if (this.items.length === 0 || (this.snoozes.size === 0 && this.delivered.size === 0 && this.ringing.size === 0))
      return false;
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
  load(stored: StoredReminders): void {
    this.watchedUntil = Date.parse(stored.watchedUntil);
    if (this.pause.kind !== 'on' && stored.pausedUntil !== null)
      this.pause = { kind: 'on', until: Date.parse(stored.pausedUntil) };
    for (const [id, until] of Object.entries(stored.snoozed)) {
      if (!this.snoozes.has(id)) this.snoozes.set(id, Date.parse(until));
    }
    for (const [id, dueAt] of Object.entries(stored.delivered)) this.delivered.set(id, Date.parse(dueAt));
  }

  /** What reminders.json keeps. */
  toStored(): StoredReminders {
    const snoozed: Record<string, string> = {};
    for (const [id, until] of this.snoozes) snoozed[id] = iso(until);
    const delivered: Record<string, string> = {};
    for (const [id, dueMs] of this.delivered) delivered[id] = iso(dueMs);
    return {
      version: 1,
      watchedUntil: iso(this.watchedUntil),
      pausedUntil: this.pause.kind === 'on' ? iso(this.pause.until) : null,
      snoozed,
      delivered,
    };
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
}
