/** The handle the composition root (./omi-tray) returns to electron/main and to the test harness. */
import type { ItemView } from '../shared/action-item';
import type { AppSnapshot } from '../shared/app-state';
import type { InvokeHandlers } from '../shared/ipc-contract';
import type { ActionItemsApi, OmiClientOptions } from './api/action-items-api';
import type { Reminders, RemindersContext } from './reminders/reminders-port';

export interface OmiTray {
  /** One handler per IPC channel; main wraps each with the sender guard and argument validation. */
  readonly handlers: InvokeHandlers;
  /** Loads settings, snapshot, outbox and reminder state from the data folder, then syncs. */
  start(): Promise<void>;
  /** A click on the tray icon or its "Open" entry: toggles the popover on the checklist. */
  trayClicked(): void;
  /** The global shortcut, the tray's "Quick edit" entry, or `omi-tray --quick-edit`. */
  quickEditRequested(): void;
  /** Another launch of the app: focus this one (with --quick-edit: quick edit). */
  secondInstance(argv: readonly string[]): void;
  /** Shows the popover with this item focused (notification click). */
  openItem(id: string): void;
  /** Sends what must not be lost (deletes past their undo choice), stops timers, writes state. */
  shutdown(): Promise<void>;
  snapshot(): AppSnapshot;
  /**
   * Told the checklist's items (server items with local changes on top; items being deleted left
   * out) after every change, at most once per tick. Returns the unsubscribe function.
   */
  onItemsChanged(listener: (items: readonly ItemView[]) => void): () => void;
}

export interface OmiTrayOverrides {
  /** Builds the API client; defaults to OmiClient over HTTP. */
  createApi?: (options: OmiClientOptions) => ActionItemsApi;
  /** Builds the reminder service; defaults to desktop reminders (ReminderService). */
  createReminders?: (context: RemindersContext) => Reminders;
}
