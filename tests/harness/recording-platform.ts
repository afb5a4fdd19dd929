/**
 * The one set of recording platform adapters, shared by the browser shell, the soak and bench runs,
 * the integration tests and the unit tests that run the whole core: tray, notifier, shortcuts,
 * popover, power, login item and file manager keep every call the app made, so tests can read and
 * drive them. Everything else is real (fetch, files, and the clock unless a test passes its own).
 */
import { join } from 'node:path';
import { createLogger } from '../../electron/core/logging/logger';
import type {
  Clock,
  LoginItemPort,
  NotificationAction,
  NotificationRequest,
  NotifierPort,
  Platform,
  PopoverPort,
  PowerPort,
  Question,
  SecretStore,
  ShortcutPort,
  TrayPort,
  TrayView,
} from '../../electron/core/ports';
import { systemClock } from '../../electron/core/system-clock';
import type { PopoverShown } from '../../electron/shared/ipc-contract';
import type { LoginItemState } from '../../electron/shared/login-item';

/** A notification on the desktop, with what the user can do to it. */
export interface ShownNotification {
  request: NotificationRequest;
  click(): void;
  /** Presses one of its buttons; throws if it offers none. */
  act(action: NotificationAction): void;
}

class RecordingTray implements TrayPort {
  /** Every view the tray was given, oldest first. */
  readonly views: TrayView[] = [];
  show(view: TrayView): void {
    this.views.push(view);
  }
  /** What the tray shows now. */
  get last(): TrayView | null {
    return this.views.at(-1) ?? null;
  }
}

export class RecordingNotifier implements NotifierPort {
  readonly shown: ShownNotification[] = [];
  show(request: NotificationRequest, handlers: { onClick(): void; onAction?(action: NotificationAction): void }): void {
    this.shown.push({
      request,
      click: () => handlers.onClick(),
      act: (action) => {
        if (!handlers.onAction) throw new Error('This notification offers no actions');
        handlers.onAction(action);
      },
    });
  }
  titles(): string[] {
    return this.shown.map((entry) => entry.request.title);
  }
}

export class RecordingShortcuts implements ShortcutPort {
  readonly registered = new Map<string, () => void>();
  /** Accelerators that another application "owns": registering them fails, as on a real desktop. */
  readonly taken = new Set<string>();
  register(accelerator: string, onPress: () => void): boolean {
    if (this.taken.has(accelerator)) return false;
    this.registered.set(accelerator, onPress);
    return true;
  }
  unregisterAll(): void {
    this.registered.clear();
  }
  press(): void {
    const first = this.registered.values().next();
    if (first.done) throw new Error('No global shortcut is registered');
    first.value();
  }
}

/**
 * In the browser shell the popover is the test page itself: showing it tells the page how it was
 * opened. Every call is kept in order; a toggle is kept as a toggle, not also as a show or a hide.
 */
export class RecordingPopover implements PopoverPort {
  visible = false;
  readonly calls: (PopoverShown | 'toggle' | 'hide')[] = [];
  private readonly visibilityListeners: ((visible: boolean) => void)[] = [];
  constructor(private readonly announce: (how: PopoverShown) => void = () => undefined) {}
  show(how: PopoverShown): void {
    this.calls.push(how);
    this.open(how);
  }
  hide(): void {
    this.calls.push('hide');
    this.close();
  }
  toggle(): boolean {
    this.calls.push('toggle');
    if (this.visible) this.close();
    else this.open({ mode: 'checklist', focusItemId: null });
    return this.visible;
  }
  onVisibilityChange(listener: (visible: boolean) => void): void {
    this.visibilityListeners.push(listener);
  }
  /** How it was shown, for every show(). */
  get shown(): PopoverShown[] {
    return this.calls.filter((call) => typeof call === 'object');
  }
  get toggles(): number {
    return this.calls.filter((call) => call === 'toggle').length;
  }
  get hides(): number {
    return this.calls.filter((call) => call === 'hide').length;
  }
  private open(how: PopoverShown): void {
    if (!this.visible) for (const listener of this.visibilityListeners) listener(true);
    this.visible = true;
    this.announce(how);
  }
  private close(): void {
    if (this.visible) for (const listener of this.visibilityListeners) listener(false);
    this.visible = false;
  }
}

class RecordingPower implements PowerPort {
  private readonly listeners: (() => void)[] = [];
  onWake(callback: () => void): void {
    this.listeners.push(callback);
  }
  wake(): void {
    for (const listener of this.listeners) listener();
  }
}

class RecordingLoginItem implements LoginItemPort {
  enabled = false;
  /** Every value the app set, oldest first. */
  readonly sets: boolean[] = [];
  state(): LoginItemState {
    return { enabled: this.enabled, canChange: true, problem: null };
  }
  set(enabled: boolean): LoginItemState {
    this.sets.push(enabled);
    this.enabled = enabled;
    return this.state();
  }
}

/** The main-process dialog: every question is kept; the answer is `answer` (yes unless a test says no). */
export class RecordingQuestions {
  readonly asked: Question[] = [];
  answer = true;
  ask(question: Question): Promise<boolean> {
    this.asked.push(question);
    return Promise.resolve(this.answer);
  }
}

/** The file manager: folders asked for are recorded, never opened. */
class RecordingFolders {
  readonly opened: string[] = [];
  open(path: string): Promise<string | null> {
    this.opened.push(path);
    return Promise.resolve(null);
  }
}

export interface RecordingPlatformOptions {
  dataDir: string;
  /** Default: the system clock. */
  clock?: Clock;
  /** Default: the data folder's logs folder. */
  logDir?: string;
  /** The app's version; default: 0.0.0-test. */
  version?: string;
  secrets: SecretStore;
  env: Platform['env'];
  /** The machine's zone: a name, or a source asked at every use (a zone that changes while the app runs). */
  timeZone: string | (() => string);
  /** The system's locale, e.g. en-US; default en-GB (the 24-hour clock, day before month). */
  locale?: string;
  /** Pushes to the page; default: dropped. */
  send?: Platform['send'];
  /** Default: a logger that writes nothing. */
  logger?: Platform['logger'];
  /** Told how the popover was shown; default: nobody. */
  onPopoverShown?: (how: PopoverShown) => void;
  /** Accelerators another application owns. */
  takenShortcuts?: readonly string[];
}

/** The whole Platform for the real core: real fetch and files, recording desktop adapters. */
export interface RecordingPlatform {
  platform: Platform;
  tray: RecordingTray;
  notifier: RecordingNotifier;
  shortcuts: RecordingShortcuts;
  popover: RecordingPopover;
  power: RecordingPower;
  loginItem: RecordingLoginItem;
  folders: RecordingFolders;
  questions: RecordingQuestions;
}

export function recordingPlatform(options: RecordingPlatformOptions): RecordingPlatform {
  const tray = new RecordingTray();
  const notifier = new RecordingNotifier();
  const shortcuts = new RecordingShortcuts();
  for (const accelerator of options.takenShortcuts ?? []) shortcuts.taken.add(accelerator);
  const popover = new RecordingPopover(options.onPopoverShown);
  const power = new RecordingPower();
  const loginItem = new RecordingLoginItem();
  const folders = new RecordingFolders();
  const questions = new RecordingQuestions();
  const platform: Platform = {
    clock: options.clock ?? systemClock,
    fetch: globalThis.fetch.bind(globalThis),
    secrets: options.secrets,
    dataDir: options.dataDir,
    logDir: options.logDir ?? join(options.dataDir, 'logs'),
    version: options.version ?? '0.0.0-test',
    openFolder: (path) => folders.open(path),
    tray,
    notifier,
    shortcuts,
    popover,
    power,
    loginItem,
    ask: (question) => questions.ask(question),
    send: options.send ?? (() => undefined),
    logger: options.logger ?? createLogger({ sink: () => undefined }),
    env: options.env,
    timeZone: typeof options.timeZone === 'function' ? options.timeZone : () => options.timeZone as string,
    locale: () => options.locale ?? 'en-GB',
    quit: () => undefined,
  };
  return { platform, tray, notifier, shortcuts, popover, power, loginItem, folders, questions };
}
