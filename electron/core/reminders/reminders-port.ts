/**
 * What core needs from the desktop reminders: the popover's snooze and pause, and the state the
 * snapshot shows. The lifecycle hooks are optional so a do-nothing stand-in fits.
 */
import type { ActionItem } from '../../shared/action-item';
import type { ReminderState } from '../../shared/app-state';
import type { ClockStyle } from '../../shared/due-date/clock-style';
import type { Clock, Logger, NotifierPort } from '../ports';
import type { JsonFile } from '../storage/json-file';
import type { StoredReminders } from './reminder-state-file';

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

/** What the composition root hands a reminder service when it builds one (the one context of reminders). */
export interface RemindersContext {
  clock: Clock;
  notifier: NotifierPort;
  /** reminders.json; build it with reminderStateFile(). */
  stateFile: JsonFile<StoredReminders>;
  logger: Logger;
  /** Read on every planning pass, so a settings change needs only replan(). */
  getLeadMinutes(): number;
  /** Fresh items when the last refresh is stale (re-fetched) or recent; null when they could not be had. */
  refreshIfStale(): Promise<ActionItem[] | null>;
  /** When the list in hand was read from Omi (epoch ms, null: never): said on a reminder the refresh could not check. */
  listAsOf?(): number | null;
  /** Shows the popover with this item focused. */
  openItem(id: string): void;
  /** The notification's Done action. */
  completeItem(id: string): void | Promise<unknown>;
  /** IANA zone for the words ("Due at 17:00"); a function when the machine's zone can change while running. */
  timeZone: string | (() => string);
  /** The person's clock for the words; the 24-hour clock, day before month, when not given. */
  clockStyle?(): ClockStyle;
  /** Told whenever the pause or the snoozes change, also when a pause ends or a snooze is used up by itself. */
  onStateChange?(state: ReminderState): void;
}
