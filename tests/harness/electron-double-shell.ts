/**
 * The electron-double shell: the BUILT app (out/main/index.js, out/preload/index.cjs,
 * out/renderer) unchanged, in a Node process of its own per app run, with `electron` resolved to
 * the typed double in tests/electron-double (loaded by `node --require`).
 *
 * Why this shape: a child process makes quit, restart and kill what they are for users (the
 * process ends; the data folder and the keychain stay) and lets V8 measure the built main bundle
 * with NODE_V8_COVERAGE. Each BrowserWindow is a real Chromium page this harness opens on the
 * app's request and loads with the URL the app asked for; the built preload runs in an isolated
 * world of that page against contextBridge/ipcRenderer doubles
 * (tests/electron-double/renderer/preload-host.ts), so the page sees only what it exposes, and
 * every ipcRenderer.invoke reaches the app's own ipcMain handler with the calling frame's real
 * facts, so the app's sender policy decides every call. The page's navigations, window.open and
 * permission requests go to the app's handlers first. The key lives in the real keychain adapter
 * (keytar) against the Secret Service of the D-Bus session the tests run in, under a service name
 * of this run's own.
 *
 * The app's process leads a process group of its own, and ends (quitting the orderly way, at most
 * a few seconds) when this harness goes away, killed or not: no app process outlives its test run.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Frame, Page, Route } from '@playwright/test';
import { childHookPath } from '../electron-double/bundle-child';
import { Link } from '../electron-double/link';
import type { CallingFrame, NotificationState, TrayState } from '../electron-double/main/control';
import type { PowerEvent } from '../electron-double/main/power-monitor';
import type { SchemeAnswer } from '../electron-double/main/protocol';
import { fromPageUrl, isAppScheme, pageOrigin, toPageUrl } from '../electron-double/scheme-url';
import { preloadDelivery, type PreloadDelivery } from './preload-delivery';
import { preloadScript } from '../electron-double/preload-script';
import { bundlePageScript } from './bundle-page-script';
import { chromiumFor } from './chromium';
import { closeWithCoverage, coverageDir } from './page-coverage';
import type { RunKeychain } from './run-keychain';
import type { OmiTrayApp } from './types';

export interface ElectronDoubleOptions {
  dataDir: string;
  env: Record<string, string>;
  /** Where the app keeps its key: the real Secret Service under this run's own service name. */
  keychain: RunKeychain;
  takenShortcuts: readonly string[];
  /** app.isPackaged in the app's process. */
  packaged: boolean;
  /** The app process's Date and timers, and its pages' clocks, are the test's to move on (advanceClock). */
  controlledClock: boolean;
  /** app.getLocale() / app.getSystemLocale() in the app's process. */
  locale: string;
  /** The Chromium to open the app's pages in; default: one of this app's own. */
  browser: Browser | undefined;
}

/** What only this shell can do, beyond the common harness API. */
export interface ElectronDoubleApp extends OmiTrayApp {
  readonly keychain: RunKeychain;
  power(what: PowerEvent): Promise<void>;
  /** Starts the app again with `args` while it runs: the second instance hands them over and quits. */
  secondInstance(args: string[]): Promise<number | null>;
  /** Ends the app's process at once (SIGKILL), as a crash or power cut would; restart() starts it again. */
  kill(): Promise<void>;
  /** Message boxes the app showed (dialog.showMessageBox), oldest first; each stays open until answered. */
  dialogs(): Promise<{ message: string; detail: string; buttons: string[] }[]>;
  /** Presses button `response` (0 = the first) in message box `index`. */
  answerDialog(index: number, response: number): Promise<void>;
  /** What the app told the default session (spellchecker calls), in order. */
  sessionCalls(): Promise<string[]>;
  /** Quits, changes the environment (null removes a variable) and starts again on the same data folder. */
  restartWith(env: Record<string, string | null>): Promise<void>;
  /** The app's process id (its process group's too). */
  readonly pid: number;
  /**
   * An IPC call from the popover page's first frame whose URL holds `urlPart` (a subframe), with
   * that frame's real facts, as a subframe's own ipcRenderer would send it; what ipcMain answered.
   */
  invokeFromFrame(urlPart: string, channel: string, args: unknown[]): Promise<unknown>;
  /**
   * Calls `listener` for every push the app sends a window (webContents.send), as it reaches the
   * harness: its channel, and the push as sent (SentPush). Returns the unsubscribe.
   */
  onPush(listener: PushListener): () => void;
}

/**
 * A push as the app sent it: when its process sent it (ms since the epoch), and its arguments, read
 * from the push's JSON text only when asked. A bench keeps the pushes while it measures and reads
 * them after: reading 2,000 items (and checking them) in the harness takes a core's time from the
 * app and Chromium on a machine of two.
 */
export interface SentPush {
  sentAt: number;
  args(): unknown[];
}

type PushListener = (channel: string, push: SentPush) => void;

/** Whether a launched app runs in the electron-double shell (its handle has the double's abilities). */
export function isElectronDouble(app: object): app is ElectronDoubleApp {
  return 'onPush' in app;
}

const QUIT_LIMIT_MS = 15_000;
/** The isolated world the preload runs in, and the placeholder for the page's own bridge channel name. */
const PRELOAD_WORLD = 'Electron Isolated Context';
const CHANNEL_PLACEHOLDER = '__ELECTRON_DOUBLE_CHANNEL__';
const START_LIMIT_MS = 60_000;
const MAIN = join(process.cwd(), 'out', 'main', 'index.js');

interface Window {
  page: Promise<Page>;
  close: Promise<() => Promise<void>>;
  /** Pushes to the page, in order. */
  queue: Promise<unknown>;
  /** Hands a push (its JSON text) straight to the preload's world of the page's current document, once the page is open. */
  deliverToPreload: Promise<PreloadDelivery>;
}

interface Run {
  child: ChildProcess;
  link: Link;
  windows: Map<number, Window>;
  firstLoad: Promise<Page>;
  exited: Promise<number | null>;
  output: string[];
  /** Closes the page opened ahead of the first window if the app never asked for one. */
  discardSpare(): Promise<void>;
  /** The window whose page loaded first (the popover). */
  firstWindow(): number | null;
}

export async function launchElectronDoubleShell(options: ElectronDoubleOptions): Promise<ElectronDoubleApp> {
  const { browser, close: closeBrowser } = await chromiumFor('electron-double', options.browser);
  const keychainService = options.keychain.service;
  const uncaught: string[] = [];
  const pushListeners = new Set<PushListener>();
  const start = () => startRun(browser, options, keychainService, uncaught, pushListeners);
  let run = await start();
  let page = await run.firstLoad;

  const ask = <T>(name: string, ...args: unknown[]) => run.link.ask<T>(name, ...args);
  const failOnUncaught = () => {
    if (uncaught.length > 0) throw new Error(`The app's main process threw:\n${uncaught.join('\n')}`);
  };

  const app: ElectronDoubleApp = {
    shell: 'electron-double',
    get page() {
      return page;
    },
    dataDir: options.dataDir,
    keychain: options.keychain,
    get pid() {
      return run.child.pid ?? 0;
    },
    async invokeFromFrame(urlPart, channel, args) {
      const frame = page.frames().find((candidate) => candidate.url().includes(urlPart));
      if (!frame) throw new Error(`No frame whose URL holds "${urlPart}"`);
      return ask('ipc:invoke', run.firstWindow(), channel, args, callingFrame(frame));
    },
    onPush(listener) {
      pushListeners.add(listener);
      return () => {
        pushListeners.delete(listener);
      };
    },
    showPopover: () => ask('tray:click'),
    pressShortcut: () => ask('shortcut:press'),
    popoverVisible: () => ask<boolean>('windows:visible'),
    async notifications() {
      return (await ask<NotificationState[]>('notifications')).map(({ title, body }) => ({ title, body }));
    },
    clickNotification: (index) => ask('notification:click', index),
    async trayState() {
      const state = await ask<TrayState>('tray:state');
      return { tooltip: state.tooltip, menu: state.menu, overdue: overdueShown(state) };
    },
    async clickTrayMenu(label) {
      await ask('tray:clickMenu', label);
      failOnUncaught();
    },
    power: (what) => ask('power', what),
    openedFolders: () => ask<string[]>('openedPaths'),
    storedKey: () => options.keychain.read(new URL(options.env.OMI_API_BASE_URL ?? '').origin),
    async advanceClock(ms) {
      await ask('clock:advance', ms);
      for (const window of run.windows.values()) await (await window.page).clock.fastForward(ms);
    },
    now: () => ask<number>('clock:now'),
    async secondInstance(args) {
      const second = fork(MAIN, args, await childOptions(options, keychainService));
      second.stdout?.resume();
      second.stderr?.resume();
      return new Promise((resolve) => second.on('exit', (code) => resolve(code)));
    },
    async kill() {
      killGroup(run.child, 'SIGKILL');
      await run.exited;
      await closeWindows(run);
    },
    dialogs: () => ask('dialogs'),
    answerDialog: (index, response) => ask('dialog:answer', index, response),
    sessionCalls: () => ask<string[]>('session:calls'),
    async restartWith(env) {
      for (const [name, value] of Object.entries(env)) {
        if (value === null) delete options.env[name];
        else options.env[name] = value;
      }
      await app.restart();
    },
    async restart() {
      await stopRun(run);
      failOnUncaught();
      run = await start();
      page = await run.firstLoad;
    },
    async close() {
      try {
        await stopRun(run);
      } finally {
        await closeBrowser();
        await options.keychain.clear();
      }
      failOnUncaught();
    },
  };
  return app;
}

/** The count a user can read: none while the normal icon shows; else the macOS title, or the tooltip's number. */
function overdueShown(state: TrayState): number {
  if (!state.icon?.includes('overdue') && !state.icon?.includes('Overdue')) return 0;
  const counted = /^\d+$/.test(state.title) ? state.title : /(\d+) past due/.exec(state.tooltip)?.[1];
  return counted === undefined ? 0 : Number(counted);
}

async function childOptions(options: ElectronDoubleOptions, keychainService: string) {
  // The harness's own OMI_API_KEY never reaches the app; a test's (options.env) does.
  const inherited = { ...(process.env as Record<string, string>) };
  delete inherited.OMI_API_KEY;
  const env: Record<string, string> = {
    ...inherited,
    ...options.env,
    OMI_TRAY_DATA_DIR: options.dataDir,
    // An installed app ignores OMI_TRAY_DATA_DIR and keeps its data in $XDG_CONFIG_HOME/Omi Tray: never the user's own.
    ...(options.packaged && !options.env.XDG_CONFIG_HOME ? { XDG_CONFIG_HOME: options.dataDir } : {}),
    OMI_TRAY_KEYCHAIN_SERVICE: keychainService,
    OMI_TRAY_DOUBLE: JSON.stringify({
      takenShortcuts: options.takenShortcuts,
      packaged: options.packaged,
      controlledClock: options.controlledClock,
      locale: options.locale,
    }),
  };
  delete env.NODE_OPTIONS;
  const coverage = coverageDir();
  if (coverage) env.NODE_V8_COVERAGE = join(coverage, 'node');
  return {
    execArgv: ['--require', await childHookPath()],
    env,
    // A process group of its own, so the harness can end the app and anything it started together.
    detached: true,
    serialization: 'advanced' as const,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'] as ('ignore' | 'pipe' | 'ipc')[],
  };
}

async function startRun(
  browser: Browser,
  options: ElectronDoubleOptions,
  keychainService: string,
  uncaught: string[],
  pushListeners: ReadonlySet<PushListener>,
): Promise<Run> {
  const forkOptions = await childOptions(options, keychainService);
  // The first window's page opens while the app's process starts: a new page takes Chromium a while.
  let spare: Promise<Page> | null = browser.newPage();
  spare.catch(() => undefined);
  const openPage = async (width: number, height: number): Promise<Page> => {
    const ready = spare;
    spare = null;
    if (!ready) return browser.newPage({ viewport: { width, height } });
    const opened = await ready;
    await opened.setViewportSize({ width, height });
    return opened;
  };
  const discardSpare = async () => {
    const left = spare;
    spare = null;
    await left?.then((page) => page.close()).catch(() => undefined);
  };
  const child = fork(MAIN, [], forkOptions);
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.on('error', (error) => output.push(`harness: ${error.message}\n`));
  const link = new Link({
    // A message that cannot go (the app is ending) is dropped: its exit fails every open question.
    send: (message) => {
      if (child.connected) child.send(message as never, (error) => error && output.push(`harness: ${error.message}\n`));
    },
    onMessage: (listener) => child.on('message', listener),
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      link.failAll(`The app's process has ended (exit code ${code}):\n${output.join('').slice(-4000)}`);
      resolve(code);
    }),
  );
  const windows = new Map<number, Window>();
  /** Windows whose page the app itself is loading or reloading: no 'will-navigate' for that, as in Electron. */
  const appLoading = new Set<number>();
  let firstWindowId: number | null = null;
  let loadedFirst: (page: Page) => void = () => undefined;
  const firstLoad = new Promise<Page>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The app showed no page within ${START_LIMIT_MS / 1000} s:\n${output.join('')}`)),
      START_LIMIT_MS,
    );
    loadedFirst = (page) => {
      clearTimeout(timer);
      resolve(page);
    };
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The app's process ended (exit code ${code}) before its page loaded:\n${output.join('')}`));
    });
  });
  firstLoad.catch(() => undefined);
  const host = await bundlePageScript(join(__dirname, '..', 'electron-double', 'renderer', 'preload-host.ts'));
  const agent = await bundlePageScript(join(__dirname, '..', 'electron-double', 'renderer', 'main-world-agent.ts'));

  const windowOf = (id: number): Window => {
    const window = windows.get(id);
    if (!window) throw new Error(`No window ${id}`);
    return window;
  };

  link.answer('window:create', (id: number, spec: { width: number; height: number; preload: string | null }) => {
    const opened = (async () => {
      const created = await openPage(spec.width, spec.height);
      // The page's clock starts at the app's time and moves on with it (advanceClock).
      if (options.controlledClock) await created.clock.install({ time: await link.ask<number>('clock:now') });
      await created.exposeBinding('__electronDoubleInvoke', (source, channel: string, args: unknown[]) =>
        link.ask('ipc:invoke', id, channel, args, callingFrame(source.frame)),
      );
      // What the page asks of Electron itself goes to the app's handlers (tests/electron-double/main/page-requests.ts).
      await created.exposeBinding('__electronDoubleOpen', (_source, url: string, name: string, features: string) =>
        link.ask('page:window-open', id, fromPageUrl(url), name, features),
      );
      await created.exposeBinding('__electronDoublePermission', (source, permission: string) =>
        link.ask('page:permission', id, permission, fromPageUrl(source.frame.url())),
      );
      await created.route('**/*', (route) => guardNavigation(route, created, () => appLoading.has(id), link, id));
      // The two worlds talk over DOM events under a name of this page's own, which the page cannot guess.
      const channel = `electron-double-${randomUUID()}`;
      await created.addInitScript({ content: agent.replaceAll(CHANNEL_PLACEHOLDER, channel) });
      // The preload and its host in an isolated world, as with contextIsolation: the page never sees their globals.
      const cdp = await created.context().newCDPSession(created);
      await cdp.send('Page.enable');
      const deliver = await preloadDelivery(cdp, PRELOAD_WORLD);
      await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
        source: host.replaceAll(CHANNEL_PLACEHOLDER, channel),
        worldName: PRELOAD_WORLD,
      });
      if (spec.preload)
        await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
          source: await preloadScript(spec.preload),
          worldName: PRELOAD_WORLD,
        });
      return { created, deliver };
    })();
    const page = opened.then(({ created }) => created);
    const deliverToPreload = opened.then(({ deliver }) => deliver);
    // A page that failed to open is reported through `page`; pushes to it are dropped.
    deliverToPreload.catch(() => undefined);
    windows.set(id, {
      page,
      close: page.then((created) => closeWithCoverage(created)),
      queue: Promise.resolve(),
      deliverToPreload,
    });
  });
  link.answer('window:load', async (id: number, url: string) => {
    const window = windowOf(id);
    const page = await window.page;
    await window.close;
    appLoading.add(id);
    let response;
    try {
      response = await page.goto(await routeAppScheme(page, link, url, () => appLoading.has(id), id));
    } finally {
      appLoading.delete(id);
    }
    if (response !== null && !response.ok()) throw new Error(`ERR_FILE_NOT_FOUND (${response.status()})`);
    firstWindowId ??= id;
    loadedFirst(page);
  });
  link.answer('window:reload', async (id: number) => {
    appLoading.add(id);
    try {
      await (await windowOf(id).page).reload();
    } finally {
      appLoading.delete(id);
    }
  });
  link.answer('window:send', (id: number, channel: string, text: string | null, sentAt: number) => {
    // The double passes plain JSON data only (every push the app makes): a Date or an undefined
    // would reach the page changed, so such a push fails the run instead, naming its channel.
    if (text === null) {
      uncaught.push(
        `webContents.send('${channel}') carried more than plain JSON data, which the double does not pass on`,
      );
      return undefined;
    }
    const window = windowOf(id);
    // Read in the preload's world from the JSON text, as Electron deserialises a message there; the
    // page's own scripts have no door to it.
    window.queue = window.queue
      .then(() => window.deliverToPreload)
      .then((deliver) => deliver(channel, text))
      .catch(() => undefined);
    // Those who listen hear of it once it is on its way; each reading of its arguments is a copy of its own.
    if (pushListeners.size > 0) {
      const push: SentPush = { sentAt, args: () => JSON.parse(text) as unknown[] };
      setImmediate(() => {
        for (const listener of pushListeners) listener(channel, push);
      });
    }
    return window.queue.then(() => undefined);
  });
  link.answer('window:destroy', async (id: number) => {
    const window = windows.get(id);
    windows.delete(id);
    if (window) await (await window.close)();
  });
  link.answer('app:uncaught', (stack: string) => {
    uncaught.push(stack);
  });

  return { child, link, windows, firstLoad, exited, output, discardSpare, firstWindow: () => firstWindowId };
}

/**
 * Signals the app's whole process group (the app is its leader: see childOptions), so nothing the
 * app started outlives it; called only while the app still runs, so the group id is still its own.
 */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

async function closeWindows(run: Run): Promise<void> {
  await run.discardSpare();
  const open = [...run.windows.values()];
  run.windows.clear();
  for (const window of open) await (await window.close)();
}

/** Quits as the session ending does (SIGTERM, which the app turns into app.quit()), and waits for the process to end. */
async function stopRun(run: Run): Promise<void> {
  if (run.child.exitCode === null && run.child.signalCode === null) {
    run.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), QUIT_LIMIT_MS)));
    const outcome = await Promise.race([run.exited, limit]);
    clearTimeout(timer);
    if (outcome === 'late') {
      killGroup(run.child, 'SIGKILL');
      await run.exited;
      await closeWindows(run);
      throw new Error(
        `The app did not quit within ${QUIT_LIMIT_MS / 1000} s of SIGTERM:\n${run.output.join('').slice(-4000)}`,
      );
    }
    if (outcome !== 0) {
      await closeWindows(run);
      throw new Error(`The app quit with exit code ${outcome}:\n${run.output.join('').slice(-4000)}`);
    }
  }
  await closeWindows(run);
}

/** The facts Electron gives ipcMain about the frame a call came from, read from the real frame. */
function callingFrame(frame: Frame): CallingFrame {
  const page = frame.page();
  const frames = page.frames();
  return {
    url: fromPageUrl(frame.url()),
    isMainFrame: frame === page.mainFrame(),
    parentUrl: frame.parentFrame() ? fromPageUrl(frame.parentFrame()!.url()) : null,
    topUrl: fromPageUrl(page.mainFrame().url()),
    name: frame.name(),
    frameId: frames.indexOf(frame) + 1,
  };
}

/**
 * A navigation of the main frame that the page started (a link, location.href, a form) goes to
 * the app's 'will-navigate' first; if the app prevents it, it does not happen. True when refused.
 */
async function refusedNavigation(
  route: Route,
  page: Page,
  loadingByApp: () => boolean,
  link: Link,
  windowId: number,
): Promise<boolean> {
  const request = route.request();
  if (!request.isNavigationRequest() || request.frame() !== page.mainFrame() || loadingByApp()) return false;
  const prevented = await link
    .ask<boolean>('page:will-navigate', windowId, fromPageUrl(request.url()))
    .catch(() => true);
  if (prevented) await route.abort('aborted').catch(() => undefined);
  return prevented;
}

async function guardNavigation(
  route: Route,
  page: Page,
  loadingByApp: () => boolean,
  link: Link,
  windowId: number,
): Promise<void> {
  if (!(await refusedNavigation(route, page, loadingByApp, link, windowId))) await route.fallback();
}

/**
 * An app-scheme URL (app://omi-tray/…) is shown at its stand-in http URL, and every request to that
 * origin is answered by the app's own protocol handler in its process; other URLs load as they are.
 */
async function routeAppScheme(
  page: Page,
  link: Link,
  url: string,
  loadingByApp: () => boolean,
  windowId: number,
): Promise<string> {
  if (!isAppScheme(url)) return url;
  await page.route(`${pageOrigin(url)}/**`, async (route) => {
    if (await refusedNavigation(route, page, loadingByApp, link, windowId)) return;
    const request = route.request();
    try {
      const answer = (await link.ask(
        'protocol:request',
        fromPageUrl(request.url()),
        request.method(),
        await request.allHeaders(),
      )) as SchemeAnswer;
      await route.fulfill({
        status: answer.status,
        headers: Object.fromEntries(answer.headers),
        body: answer.body === null ? '' : Buffer.from(answer.body),
      });
    } catch {
      await route.abort('failed').catch(() => undefined);
    }
  });
  return toPageUrl(url);
}
