/**
 * The platform adapters of the browser shell: tray, notifier, shortcuts and popover record what the
 * app asked of them so tests can read and drive them. Everything else is real (clock, fetch, files).
 */
import { join } from 'node:path';
import { createLogger } from '../../electron/core/logging/logger';
import type {
  LoginItemPort,
  NotificationRequest,
  NotifierPort,
  Platform,
  PopoverPort,
  PowerPort,
  SecretStore,
  ShortcutPort,
  TrayPort,
  TrayView,
} from '../../electron/core/ports';
import { systemClock } from '../../electron/core/system-clock';
import type { PopoverShown } from '../../electron/shared/ipc-contract';
import type { LoginItemState } from '../../electron/shared/login-item';

export interface ShownNotification {
  request: NotificationRequest;
  onClick(): void;
  onAction?(action: 'done' | 'snooze'): void;
}

export class RecordingTray implements TrayPort {
  last: TrayView | null = null;
  show(view: TrayView): void {
    this.last = view;
  }
}

export class RecordingNotifier implements NotifierPort {
  readonly shown: ShownNotification[] = [];
  show(request: NotificationRequest, handlers: { onClick(): void; onAction?(action: 'done' | 'snooze'): void }): void {
    this.shown.push({ request, ...handlers });
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

/** The popover is the test page itself; showing it tells the renderer how it was opened. */
export class RecordingPopover implements PopoverPort {
  visible = false;
  constructor(private readonly announce: (how: PopoverShown) => void) {}
  show(how: PopoverShown): void {
    this.visible = true;
    this.announce(how);
  }
  hide(): void {
    this.visible = false;
  }
  toggle(): void {
    if (this.visible) this.hide();
    else this.show({ mode: 'checklist', focusItemId: null });
  }
}

export class RecordingPower implements PowerPort {
  private readonly listeners: (() => void)[] = [];
  onWake(callback: () => void): void {
    this.listeners.push(callback);
  }
  wake(): void {
    for (const listener of this.listeners) listener();
  }
}

export class RecordingLoginItem implements LoginItemPort {
  enabled = false;
  state(): LoginItemState {
    return { enabled: this.enabled, canChange: true, problem: null };
  }
  set(enabled: boolean): LoginItemState {
    this.enabled = enabled;
    return this.state();
  }
}

/** The file manager: folders asked for are recorded, never opened. */
export class RecordingFolders {
  readonly opened: string[] = [];
  open(path: string): Promise<string | null> {
    this.opened.push(path);
    return Promise.resolve(null);
  }
}

export interface RecordingPlatformOptions {
  dataDir: string;
  /** Default: the data folder's logs folder. */
  logDir?: string;
  /** The app's version; default: 0.0.0-test. */
  version?: string;
  secrets: SecretStore;
  env: Platform['env'];
  timeZone: string;
  /** Pushes to the page; default: dropped. */
  send?: Platform['send'];
  /** Default: a logger that writes nothing. */
  logger?: Platform['logger'];
  /** Told how the popover was shown; default: nobody. */
  onPopoverShown?: (how: PopoverShown) => void;
  /** Accelerators another application owns. */
  takenShortcuts?: readonly string[];
}

/** The whole Platform for the real core: real clock, fetch and files, recording desktop adapters. */
export interface RecordingPlatform {
  platform: Platform;
  tray: RecordingTray;
  notifier: RecordingNotifier;
  shortcuts: RecordingShortcuts;
  popover: RecordingPopover;
  power: RecordingPower;
  folders: RecordingFolders;
}

export function recordingPlatform(options: RecordingPlatformOptions): RecordingPlatform {
  const tray = new RecordingTray();
  const notifier = new RecordingNotifier();
  const shortcuts = new RecordingShortcuts();
  for (const accelerator of options.takenShortcuts ?? []) shortcuts.taken.add(accelerator);
  const popover = new RecordingPopover(options.onPopoverShown ?? (() => undefined));
  const power = new RecordingPower();
  const folders = new RecordingFolders();
  const platform: Platform = {
    clock: systemClock,
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
    loginItem: new RecordingLoginItem(),
    send: options.send ?? (() => undefined),
    logger: options.logger ?? createLogger({ sink: () => undefined }),
    env: options.env,
    timeZone: options.timeZone,
    quit: () => undefined,
  };
  return { platform, tray, notifier, shortcuts, popover, power, folders };
}
