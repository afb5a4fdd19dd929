import type { ItemView } from './action-item';
import type { AppError } from './app-error';
import type { AboutApp, LoginItemState } from './login-item';
import type { Settings } from './settings';
import type { SinceLastLooked } from './since-last-looked';
import type { SuggestionsShown } from './suggestion';
import type { SuggestionGroups } from './suggestion-groups';
import type { ClockStyle } from './due-date/clock-style';
import type { ItemTable } from './item-table';

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

/**
 * Why edits wait, said once by core in words: the popover's one status line and the tray tooltip.
 * A healthy save in flight has `reason: null`; the popover stays quiet until `oldestSince` is a few
 * seconds old. `retryAt` is when the sender will try again by itself (a Retry-After in force, a backoff).
 */
export interface OutboxStatus {
  /** Edits waiting to be sent for this account and server (0: nothing to say). */
  waiting: number;
  /** ISO time the oldest waiting edit was queued, or null when none waits. */
  oldestSince: string | null;
  reason: OutboxWaitReason | null;
  /** Whether a Retry pressed now could help (false while a Retry-After is in force or nothing waits). */
  canRetry: boolean;
  /** Changes made with an earlier key (or for another server) that wait for the person's word; absent or null when none. */
  stranded?: StrandedStatus | null;
}

/** "Send 3 changes made before you changed keys?": answered with Send (when it can help) or Discard. */
export interface StrandedStatus {
  count: number;
  /** One sentence: the question, or why they wait. */
  words: string;
  /** Send can help: they are for the server in use. */
  canSend: boolean;
}

export interface OutboxWaitReason {
  kind: 'offline' | 'rate_limited' | 'server' | 'refused' | 'signed_out' | 'other_account';
  /** One sentence for the user, e.g. "Omi asked to wait: sending again at 18:05." */
  words: string;
  /** ISO time of the next automatic try, or null when none is planned. */
  retryAt: string | null;
}

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

/**
 * Everything the popover renders. `app:getSnapshot` answers it whole; a push (SnapshotPush) leaves
 * the items out when they did not change, as they are the bulk (2,000 items are most of a megabyte).
 */
export interface AppSnapshot {
  /** Counts the snapshots core makes: the page takes in only one newer than what it shows. */
  seq: number;
  /** Names these items: it moves on whenever the checklist's items change, and only then. */
  itemsSeq: number;
  /** Names this `sinceLastLooked` the same way: it moves on only when what the region shows changes. */
  looksSeq: number;
  /** Names these `suggestions` the same way (a thousand may wait, and most pushes change none). */
  suggestionsSeq: number;
  connection: Connection;
  items: ItemView[];
  sync: SyncState;
  /** Number of edits waiting in the outbox. */
  outboxSize: number;
  /** Why edits wait (see OutboxStatus). */
  outbox: OutboxStatus;
  /** Last edit the server refused: shown once as an alert. */
  lastRefusal: { id: string; error: AppError; at: string } | null;
  pendingDeletes: PendingDelete[];
  settings: Settings;
  reminders: ReminderState;
  /** Problems the user must hear about that are not tied to an item (shortcut taken, keychain missing, corrupt file moved aside). */
  warnings: string[];
  /** The local time zone name, e.g. Europe/Berlin, used when showing parsed dates. */
  timeZone: string;
  /** How this computer writes times and dates (12- or 24-hour, day or month first), Settings' choice applied. */
  clock: ClockStyle;
  /** Launch at login as the system has it (the setting says what was asked). */
  loginItem: LoginItemState;
  /** Version, data folder and log folder, for the bottom of Settings. */
  about: AboutApp;
  /** What changed on Omi's side since the person last looked; absent or null when nothing did, or there is nothing to compare with. */
  sinceLastLooked?: SinceLastLooked | null;
  /** A tick made from the tray menu, still in its undo window: the popover offers Undo when it opens. */
  trayTick?: { id: string; description: string } | null;
  /**
   * To-dos Omi heard in recent conversations that the list does not hold ("From your conversations"):
   * the newest few, or all of them while the page asks (`suggestions:showAll`).
   */
  suggestions: SuggestionsShown;
}

/**
 * What `snapshot:changed` carries: the snapshot, with `items` null when they are the items named by
 * `itemsSeq` that an earlier push or answer carried, and `sinceLastLooked` and `suggestions` left
 * out (undefined) when they are the ones named by `looksSeq` and `suggestionsSeq`. Each can be
 * large (2,000 items after a big sync, as many new ones since the last look, a thousand
 * suggestions), and most pushes change none of them. A page that does not hold those asks for the
 * whole snapshot (src/common/snapshot-receiver.ts).
 */
export type SnapshotPush = Omit<AppSnapshot, 'items' | 'sinceLastLooked' | 'suggestions'> & {
  /** As a table (../shared/item-table), the page makes the items again; null when they are the ones named by `itemsSeq`. */
  items: ItemTable | null;
  sinceLastLooked?: SinceLastLooked | null | undefined;
  /**
   * Grouped by conversation (../shared/suggestion-groups), the page makes them again; left out
   * (undefined) when they are the ones named by `suggestionsSeq`.
   */
  suggestions?: SuggestionGroups | undefined;
};
