import type { ItemView } from './action-item';
import type { AppError } from './app-error';
import type { Settings } from './settings';

/** Whether a key is stored for the current API origin, and what it may do. */
export type Connection =
  | { status: 'signed_out' }
  | {
      status: 'connected';
      origin: string;
      /** The key lacks action_items:write: the list shows, ticking and editing are refused. */
      readOnly: boolean;
      /** Where the key lives: the OS keychain, or this run's memory when no keychain is reachable. */
      keyStorage: 'keychain' | 'memory' | 'environment';
    };

export type SyncState =
  | { status: 'never' }
  | { status: 'loading' }
  | { status: 'ok'; at: string }
  | { status: 'error'; at: string; error: AppError };

/** Pending delete the user can still undo. */
export interface PendingDelete {
  id: string;
  description: string;
  /** ISO time when it will be sent to the server. */
  sendAt: string;
}

export interface ReminderState {
  /** ISO time until which reminders are paused, or null. */
  pausedUntil: string | null;
  /** Local snoozes: item id -> ISO time of the next reminder. */
  snoozed: Record<string, string>;
  /** Items whose reminder was shown in this run and not yet answered (done, snoozed, re-dated), newest first. */
  ringing?: string[];
}

/** Everything the popover renders, pushed whole on every change (small: items are the bulk). */
export interface AppSnapshot {
  connection: Connection;
  items: ItemView[];
  sync: SyncState;
  /** Number of edits waiting in the outbox. */
  outboxSize: number;
  /** Last edit the server refused: shown once as an alert. */
  lastRefusal: { id: string; error: AppError; at: string } | null;
  pendingDeletes: PendingDelete[];
  settings: Settings;
  reminders: ReminderState;
  /** Problems the user must hear about that are not tied to an item (shortcut taken, keychain missing, corrupt file moved aside). */
  warnings: string[];
  /** The local time zone name, e.g. Europe/Berlin, used when showing parsed dates. */
  timeZone: string;
}
