/**
 * What core needs from the desktop reminders: the popover's snooze and pause, and the state the
 * snapshot shows. The lifecycle hooks are optional so a do-nothing stand-in fits.
 */
import type { ActionItem } from '../../shared/action-item';
import type { ReminderState } from '../../shared/app-state';
import type { ClockStyle } from '../../shared/due-date/clock-style';
import type { Clock, Logger, NotifierPort } from '../ports';

export interface Reminders {
  snooze(id: string, untilMs: number): void | Promise<void>;
  pause(untilMs: number | null): void | Promise<void>;
  state(): ReminderState;
  /** Called once, after the first list is known (saved or fetched). */
  start?(items: readonly ActionItem[]): void | Promise<void>;
  /** The full current list as the checklist shows it (open and completed), on every change. */
  itemsChanged?(items: readonly ActionItem[]): void;
  /** The machine woke from sleep or the screen was unlocked. */
  wake?(): void;
  /** Settings that change the plan (lead time) changed. */
  replan?(): void;
  stop?(): void | Promise<void>;
}

/** Until a reminder service is plugged in: remembers nothing and shows nothing. */
export const noReminders: Reminders = {
  snooze: () => undefined,
  pause: () => undefined,
  state: () => ({ pausedUntil: null, snoozed: {} }),
};

/**
 * A reminder about to show re-checks a list older than this: an item ticked on the phone a minute
 * ago must not ring here. Reminders are rare, so the extra read is cheap; it comes from a small share of
 * the key's reads kept for it (items/read-budget), and when none is left the reminder says how old the list is.
 */
export const REMINDER_STALE_MS = 5_000;

/** What the composition root hands a reminder service when it builds one. */
export interface RemindersContext {
  clock: Clock;
  notifier: NotifierPort;
  logger: Logger;
  /** reminders.json in the data folder. */
  stateFilePath: string;
  /** A state file that could not be read was moved aside: the user is told. */
  onCorrupt(message: string): void;
  /** The machine's zone now (asked at every use). */
  timeZone: () => string;
  /** The person's clock (12- or 24-hour, day or month first), asked at every use. */
  clockStyle: () => ClockStyle;
  getLeadMinutes(): number;
  /** The checklist's items, refreshed first when the last list is older than REMINDER_STALE_MS; null when that failed. */
  refreshIfStale(): Promise<ActionItem[] | null>;
  /** When the list in hand was read from Omi (epoch ms, null: never). */
  listAsOf(): number | null;
  /** Shows the popover with this item focused. */
  openItem(id: string): void;
  /** Ticks the item through the outbox (a notification's Done). */
  completeItem(id: string): Promise<unknown>;
  /** Pause or snoozes changed: the snapshot is pushed again. */
  onStateChange(): void;
}
