/**
 * The platform adapters core is built with. electron/main builds real ones; tests and the browser
 * harness hand in fakes. Nothing here may import electron.
 */
import type { PopoverShown, PushEvents } from '../shared/ipc-contract';
import type { LoginItemState } from '../shared/login-item';

/** Time is a dependency: everything that reads the clock or arms a timer takes one. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}
export type TimerHandle = { readonly __timer: unique symbol } | number | object;

/** The API key, per API origin. Implementations: keytar (OS keychain), memory. */
export interface SecretStore {
  /** 'keychain' when the key survives restarts, 'memory' when it lives only for this run. */
  readonly kind: 'keychain' | 'memory';
  get(origin: string): Promise<string | null>;
  set(origin: string, key: string): Promise<void>;
  delete(origin: string): Promise<void>;
}

export interface TrayMenuEntry {
  label: string;
  /** Checkbox entries tick items; `checked` shows state. */
  kind: 'action' | 'checkbox' | 'separator';
  checked?: boolean;
  enabled?: boolean;
  /** What a click does; absent for separators. */
  run?: () => void;
}

export interface TrayView {
  tooltip: string;
  overdue: number;
  /** Items due today (including overdue ones not counted again). */
  dueToday: number;
  menu: TrayMenuEntry[];
}

export interface TrayPort {
  show(view: TrayView): void;
}

export interface NotificationRequest {
  title: string;
  body: string;
  /** Item to focus when clicked; null for grouped catch-up notifications. */
  itemId: string | null;
  /** Offer Done and Snooze where the platform has notification actions. */
  actions: boolean;
  /** Offer Undo instead (a tick from the tray menu), where the platform has notification actions. */
  undo?: boolean;
}

/** A notification's button: a reminder's Done and Snooze, or Undo. */
export type NotificationAction = 'done' | 'snooze' | 'undo';

export interface NotifierPort {
  show(request: NotificationRequest, handlers: { onClick(): void; onAction?(action: NotificationAction): void }): void;
}

export interface ShortcutPort {
  /** Registers the accelerator; false when another app owns it or it is not valid. */
  register(accelerator: string, onPress: () => void): boolean;
  unregisterAll(): void;
}

export interface PopoverPort {
  show(how: PopoverShown): void;
  hide(): void;
  /** Shows the checklist, or hides the popover when it shows; true only when this call showed it. */
  toggle(): boolean;
  /** Tells whenever the popover is shown or hidden, however that happened (a click elsewhere hides it too). */
  onVisibilityChange?(listener: (visible: boolean) => void): void;
}

export interface PowerPort {
  /** Calls back on resume from sleep and on screen unlock. */
  onWake(callback: () => void): void;
}

export interface LoginItemPort {
  /** What the next login will do, read from the system. */
  state(): LoginItemState;
  /** Asks the system to launch the app at login or not; answers the state after (a failure in words, never a throw). */
  set(enabled: boolean): LoginItemState;
}

/** A yes-or-no question the main process asks in a dialog of its own, never through the page. */
export interface Question {
  message: string;
  detail: string;
  /** The button that says yes; the other one says `no` and is what Escape chooses. */
  yes: string;
  no: string;
}

/** Asks the person; resolves true only when they chose `yes`. */
export type AskPort = (question: Question) => Promise<boolean>;

export interface Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** Pushes an event to the renderer (whichever window shows the popover). */
export type SendToRenderer = <P extends keyof PushEvents>(channel: P, payload: PushEvents[P]) => void;

export interface Platform {
  clock: Clock;
  fetch: typeof fetch;
  secrets: SecretStore;
  /** Absolute path of the data folder (settings, item snapshot, outbox, reminder state). */
  dataDir: string;
  /** Absolute path of the folder the log is written to. */
  logDir: string;
  /** The app's version, as the installer names it. */
  version: string;
  /** Shows a folder in the file manager; answers why it could not, in words, or null. */
  openFolder(path: string): Promise<string | null>;
  tray: TrayPort;
  notifier: NotifierPort;
  shortcuts: ShortcutPort;
  popover: PopoverPort;
  power: PowerPort;
  loginItem: LoginItemPort;
  /** A main-process dialog (changing the API address is confirmed there, never in the page). */
  ask: AskPort;
  send: SendToRenderer;
  logger: Logger;
  /** OMI_API_BASE_URL and OMI_API_KEY override settings and keychain. */
  env: { OMI_API_BASE_URL?: string; OMI_API_KEY?: string };
  /**
   * The machine's IANA zone now, e.g. Europe/Berlin: asked at every use, since the zone changes when
   * the user travels and the app keeps running.
   */
  timeZone: () => string;
  /** The locale the system formats dates and times in, e.g. en-US (asked at every use). */
  locale: () => string;
  /** Ask the app to quit (tray menu "Quit"). */
  quit(): void;
}
