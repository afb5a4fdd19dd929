/**
 * app: ready, paths, version, the single-instance lock with 'second-instance', login items, and
 * the quit sequence as Electron runs it: 'before-quit' (preventable) → every window's 'close'
 * (preventable, which cancels the quit) → 'will-quit' (preventable) → 'quit' → the process exits.
 * exit() leaves at once, with no events.
 */
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { App, CommandLine, LoginItemSettings, Settings } from 'electron';
import { BrowserWindowDouble } from './browser-window';
import { SingleInstanceLock } from './single-instance';
import { electronEvent } from './electron-event';
import { launchFacts } from './harness-link';

/** The app's package.json: Electron reads name and version from the folder of the main script. */
function appPackage(): { name: string; productName?: string; version: string } {
  let dir = dirname(process.argv[1] ?? process.cwd());
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    productName?: string;
    version: string;
  };
}

class CommandLineDouble implements Pick<CommandLine, 'appendSwitch' | 'getSwitchValue' | 'hasSwitch' | 'removeSwitch'> {
  readonly switches = new Map<string, string>();
  appendSwitch(name: string, value?: string): void {
    this.switches.set(name, value ?? '');
  }
  getSwitchValue(name: string): string {
    return this.switches.get(name) ?? '';
  }
  hasSwitch(name: string): boolean {
    return this.switches.has(name);
  }
  removeSwitch(name: string): void {
    this.switches.delete(name);
  }
}

type AppMembers =
  | 'whenReady'
  | 'isReady'
  | 'quit'
  | 'exit'
  | 'getPath'
  | 'setPath'
  | 'getVersion'
  | 'getLocale'
  | 'getSystemLocale'
  | 'getName'
  | 'isPackaged'
  | 'requestSingleInstanceLock'
  | 'releaseSingleInstanceLock'
  | 'hasSingleInstanceLock'
  | 'setAppUserModelId'
  | 'focus'
  | 'setLoginItemSettings'
  | 'getLoginItemSettings';

class AppDouble extends EventEmitter implements Pick<App, AppMembers> {
  readonly isPackaged = launchFacts().packaged;
  readonly commandLine = new CommandLineDouble();
  /** macOS only: undefined elsewhere, as in Electron. */
  readonly dock = undefined;
  loginItem: LoginItemSettings = {
    openAtLogin: false,
    wasOpenedAtLogin: false,
    status: 'not-registered',
    executableWillLaunchAtLogin: false,
    launchItems: [],
  };
  appUserModelId: string | null = null;
  /** Every app.focus() call, in order (macOS: steal makes the app active even while another app is). */
  readonly focusRequests: { steal: boolean }[] = [];
  private readonly pkg = appPackage();
  private readonly paths = new Map<string, string>();
  private ready = false;
  private readonly readyPromise: Promise<void>;
  private markReady: () => void = () => undefined;
  private readonly lock = new SingleInstanceLock();
  private ownsLock = false;
  private quitting = false;

  constructor() {
    super();
    this.readyPromise = new Promise((resolve) => {
      this.markReady = resolve;
    });
    const config = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
    this.paths.set('home', homedir());
    this.paths.set('appData', config);
    this.paths.set('userData', join(config, this.getName()));
    this.paths.set('temp', tmpdir());
    this.paths.set('exe', process.execPath);
    // A packaged Electron app finds its extra resources here (the app's resources folder stands in).
    if (this.isPackaged)
      (process as { resourcesPath?: string }).resourcesPath = join(
        dirname(process.argv[1] ?? ''),
        '..',
        '..',
        'resources',
      );
  }

  /** Called once the main script has run, as Electron does after its first tick. */
  becomeReady(): void {
    this.emit('will-finish-launching');
    this.ready = true;
    this.markReady();
    this.emit('ready', electronEvent(), {});
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  getName(): string {
    return this.pkg.productName ?? this.pkg.name;
  }
  getVersion(): string {
    return this.pkg.version;
  }
  getLocale(): string {
    return launchFacts().locale;
  }
  getSystemLocale(): string {
    return launchFacts().locale;
  }
  getPath(name: Parameters<App['getPath']>[0]): string {
    const path = this.paths.get(name) ?? (name === 'logs' ? join(this.paths.get('userData')!, 'logs') : undefined);
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }

  requestSingleInstanceLock(_additionalData?: Record<string, unknown>): boolean {
    if (this.ownsLock) return true;
    this.ownsLock = this.lock.request(this.getPath('userData'), ({ argv, cwd }) => {
      this.emit('second-instance', electronEvent(), argv, cwd, {});
    });
    return this.ownsLock;
  }
  hasSingleInstanceLock(): boolean {
    return this.ownsLock;
  }
  releaseSingleInstanceLock(): void {
    if (this.ownsLock) this.lock.release();
    this.ownsLock = false;
  }

  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  focus(options?: { steal: boolean }): void {
    // The one app on this display has the focus already; whether it asked to take it from another app is kept.
    this.focusRequests.push({ steal: options?.steal ?? false });
  }
  setLoginItemSettings(settings: Settings): void {
    const openAtLogin = settings.openAtLogin ?? false;
    this.loginItem = { ...this.loginItem, openAtLogin, status: openAtLogin ? 'enabled' : 'not-registered' };
  }
  getLoginItemSettings(): LoginItemSettings {
    return { ...this.loginItem };
  }

  quit(): void {
    if (this.quitting) return;
    this.quitting = true;
    // Electron runs the sequence from its message loop, never inside the caller's stack.
    setImmediate(() => {
      this.quitting = false;
      const beforeQuit = electronEvent();
      this.emit('before-quit', beforeQuit);
      if (beforeQuit.defaultPrevented) return;
      for (const window of BrowserWindowDouble.getAllWindows()) {
        window.close();
        // A window that would not close cancels the quit.
        if (!window.isDestroyed()) return;
      }
      const willQuit = electronEvent();
      this.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) return;
      this.emit('quit', electronEvent(), 0);
      this.releaseSingleInstanceLock();
      void this.lock.handingOver.then(() => process.exit(0));
    });
  }

  exit(exitCode = 0): void {
    this.releaseSingleInstanceLock();
    void this.lock.handingOver.then(() => process.exit(exitCode));
  }
}

export const app = new AppDouble();
BrowserWindowDouble.onWebContentsCreated = (contents) => app.emit('web-contents-created', electronEvent(), contents);
