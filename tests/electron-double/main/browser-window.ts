/**
 * BrowserWindow and its webContents. The page is a real Chromium page the harness opens and loads
 * (with the window's preload run for it); this side keeps the window's own state (shown, focused,
 * position, destroyed) and emits Electron's events in Electron's order, so what the app decides
 * from them is what a test sees.
 */
import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
  HandlerDetails,
  LoadFileOptions,
  LoadURLOptions,
  WebContents as ElectronWebContents,
  WindowOpenHandlerResponse,
} from 'electron';
import { harness } from './harness-link';
import { electronEvent } from './electron-event';
import { checkWebPreferences } from './web-preferences';
import { isJsonData } from '../json-data';

let nextId = 1;

type AlwaysOnTopLevel = NonNullable<Parameters<ElectronBrowserWindow['setAlwaysOnTop']>[1]>;
type VisibleOnAllWorkspacesOptions = NonNullable<Parameters<ElectronBrowserWindow['setVisibleOnAllWorkspaces']>[1]>;

type WebContentsMembers =
  'id' | 'send' | 'reload' | 'getURL' | 'isDestroyed' | 'isLoading' | 'setWindowOpenHandler' | 'loadURL' | 'loadFile';

export class WebContentsDouble extends EventEmitter implements Pick<ElectronWebContents, WebContentsMembers> {
  readonly id = nextId++;
  private url = '';
  private loading = false;
  private destroyed = false;
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;

  constructor(readonly windowId: number) {
    super();
  }

  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isLoading(): boolean {
    return this.loading;
  }
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  async loadURL(url: string, _options?: LoadURLOptions): Promise<void> {
    this.url = url;
    this.loading = true;
    this.emit('did-start-loading');
    try {
      await harness().ask('window:load', this.windowId, url);
    } catch (error) {
      this.loading = false;
      const description = error instanceof Error ? error.message : String(error);
      this.emit('did-fail-load', electronEvent(), -6, description, url, true);
      throw new Error(`ERR_FAILED (-2) loading '${url}': ${description}`);
    }
    this.loading = false;
    this.emit('dom-ready', electronEvent());
    this.emit('did-finish-load');
  }

  loadFile(filePath: string, _options?: LoadFileOptions): Promise<void> {
    return this.loadURL(pathToFileURL(resolve(filePath)).href);
  }

  reload(): void {
    this.loading = true;
    this.emit('did-start-loading');
    harness()
      .ask('window:reload', this.windowId)
      .then(
        () => {
          this.loading = false;
          this.emit('did-finish-load');
        },
        () => undefined,
      );
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    // When it was sent (ms since the epoch, this process's clock), for figures timed across processes.
    const sentAt = performance.timeOrigin + performance.now();
    // The push goes to the harness as the JSON text the preload's world reads: text crosses between
    // processes as one string, where a graph of 2,000 items' objects cost more than the page's own
    // work. JSON data is written out as it is; anything else is cloned as Electron serialises it (a
    // value that cannot be cloned throws here too) and then refused (null: the harness reports it).
    const text = isJsonData(args) ? JSON.stringify(args) : (structuredClone(args), null);
    void harness()
      .ask('window:send', this.windowId, channel, text, sentAt)
      .catch(() => undefined);
  }

  /** The page process ended (crash or kill) while the window stays. */
  gone(reason: 'crashed' | 'killed' | 'oom' | 'clean-exit'): void {
    this.emit('render-process-gone', electronEvent(), { reason, exitCode: reason === 'clean-exit' ? 0 : 1 });
  }

  markDestroyed(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }
}

type WindowMembers =
  | 'id'
  | 'show'
  | 'showInactive'
  | 'hide'
  | 'focus'
  | 'blur'
  | 'isVisible'
  | 'isFocused'
  | 'isDestroyed'
  | 'setPosition'
  | 'getPosition'
  | 'setAlwaysOnTop'
  | 'isAlwaysOnTop'
  | 'setVisibleOnAllWorkspaces'
  | 'loadURL'
  | 'loadFile'
  | 'close'
  | 'destroy';

export class BrowserWindowDouble extends EventEmitter implements Pick<ElectronBrowserWindow, WindowMembers> {
  private static readonly windows: BrowserWindowDouble[] = [];
  /** Told of each new webContents, as app's 'web-contents-created'. */
  static onWebContentsCreated: (contents: WebContentsDouble) => void = () => undefined;
  static focused: BrowserWindowDouble | null = null;

  readonly id = nextId++;
  readonly webContents: WebContentsDouble;
  readonly options: BrowserWindowConstructorOptions;
  private visible = false;
  private destroyed = false;
  private alwaysOnTop: boolean;
  /** The level asked for with setAlwaysOnTop (macOS and Windows tell levels apart; 'floating' is Electron's default). */
  alwaysOnTopLevel: AlwaysOnTopLevel | null = null;
  /** Set by setVisibleOnAllWorkspaces(true, …) (macOS: over other spaces, full-screen ones if asked). */
  onAllWorkspaces: { visibleOnFullScreen: boolean } | null = null;
  private position: [number, number] = [0, 0];

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    checkWebPreferences(options.webPreferences);
    this.options = options;
    this.alwaysOnTop = options.alwaysOnTop ?? false;
    this.webContents = new WebContentsDouble(this.id);
    BrowserWindowDouble.windows.push(this);
    void harness()
      .ask('window:create', this.id, {
        width: options.width ?? 800,
        height: options.height ?? 600,
        preload: options.webPreferences?.preload ?? null,
      })
      .catch(() => undefined);
    BrowserWindowDouble.onWebContentsCreated(this.webContents);
    if (options.show ?? true) this.show();
  }

  static getAllWindows(): ElectronBrowserWindow[] {
    return BrowserWindowDouble.windows.filter((window) => !window.destroyed) as unknown as ElectronBrowserWindow[];
  }
  static fromWebContents(contents: ElectronWebContents): ElectronBrowserWindow | null {
    const found = BrowserWindowDouble.windows.find(
      (window) => (window.webContents as unknown) === contents && !window.destroyed,
    );
    return (found ?? null) as unknown as ElectronBrowserWindow | null;
  }
  static fromId(id: number): ElectronBrowserWindow | null {
    const found = BrowserWindowDouble.windows.find((window) => window.id === id && !window.destroyed);
    return (found ?? null) as unknown as ElectronBrowserWindow | null;
  }
  static getFocusedWindow(): ElectronBrowserWindow | null {
    return BrowserWindowDouble.focused as unknown as ElectronBrowserWindow | null;
  }

  show(): void {
    this.alive();
    const wasVisible = this.visible;
    this.visible = true;
    if (!wasVisible) this.emit('show');
    this.focus();
  }
  showInactive(): void {
    this.alive();
    if (this.visible) return;
    this.visible = true;
    this.emit('show');
  }
  hide(): void {
    this.alive();
    if (!this.visible) return;
    // As in Electron, the window is already hidden when its focus loss is reported.
    this.visible = false;
    this.emit('hide');
    this.blur();
  }
  focus(): void {
    this.alive();
    if (BrowserWindowDouble.focused === this) return;
    BrowserWindowDouble.focused?.blur();
    BrowserWindowDouble.focused = this;
    this.emit('focus');
  }
  blur(): void {
    if (BrowserWindowDouble.focused !== this) return;
    BrowserWindowDouble.focused = null;
    this.emit('blur');
  }
  isVisible(): boolean {
    return !this.destroyed && this.visible;
  }
  isFocused(): boolean {
    return BrowserWindowDouble.focused === this;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setPosition(x: number, y: number, _animate?: boolean): void {
    this.position = [Math.round(x), Math.round(y)];
    this.emit('move');
  }
  getPosition(): number[] {
    return [...this.position];
  }
  setAlwaysOnTop(flag: boolean, level?: AlwaysOnTopLevel): void {
    this.alwaysOnTop = flag;
    this.alwaysOnTopLevel = flag ? (level ?? 'floating') : null;
  }
  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }
  setVisibleOnAllWorkspaces(visible: boolean, options?: VisibleOnAllWorkspacesOptions): void {
    // One workspace here: only what was asked is kept.
    this.onAllWorkspaces = visible ? { visibleOnFullScreen: options?.visibleOnFullScreen ?? false } : null;
  }
  loadURL(url: string, options?: LoadURLOptions): Promise<void> {
    return this.webContents.loadURL(url, options);
  }
  loadFile(filePath: string, options?: LoadFileOptions): Promise<void> {
    return this.webContents.loadFile(filePath, options);
  }

  /** Like a click on the window's close button: 'close' may be prevented, else the window goes. */
  close(): void {
    if (this.destroyed) return;
    const event = electronEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.blur();
    this.destroyed = true;
    this.visible = false;
    this.webContents.markDestroyed();
    void harness()
      .ask('window:destroy', this.id)
      .catch(() => undefined);
    this.emit('closed');
  }

  private alive(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }
}

export const BrowserWindow = BrowserWindowDouble satisfies Pick<
  typeof ElectronBrowserWindow,
  'getAllWindows' | 'fromWebContents' | 'fromId' | 'getFocusedWindow'
>;
