/**
 * The browser shell: the built renderer in Chromium, `window.omi` from the real API factory, its
 * calls routed to the real core (createOmiTray) running in the test process with real files, a real
 * HTTP client and recording fakes for the tray, notifier, shortcuts and popover.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { createOmiTray } from '../../electron/core/omi-tray';
import type { OmiTray } from '../../electron/core/omi-tray.types';
import type { SecretStore } from '../../electron/core/ports';
import { createLogger } from '../../electron/core/logging/logger';
import { dispatchInvoke, type DispatchDeps } from '../../electron/core/ipc/dispatch-invoke';
import { chromiumFor } from './chromium';
import { closeWithCoverage } from './page-coverage';
import { pageBridgeScript } from './page-bridge-script';
import { recordingPlatform, type RecordingPlatform } from './recording-platform';
import { shiftedClock, type ShiftedClock } from './shifted-clock';
import type { OmiTrayApp } from './types';

export interface BrowserShellOptions {
  rendererUrl: string;
  dataDir: string;
  /** Stands in for the OS keychain: it outlives restarts of the app, as the keychain does. */
  secrets: SecretStore;
  env: Record<string, string>;
  takenShortcuts: readonly string[];
  /** The core's Clock and the page's clock are the test's to move on (advanceClock). */
  controlledClock: boolean;
  /** The system's locale the core formats for. */
  locale: string;
  /** The Chromium to open the page in; default: one of this app's own. */
  browser: Browser | undefined;
}

/** A run of the app: its core, its page, and the recorders of its platform. */
interface Running extends Omit<RecordingPlatform, 'platform'> {
  core: OmiTray;
  page: Page;
  /** Closes the page, first saving its coverage when coverage is recorded. */
  closePage(): Promise<void>;
}

export async function launchBrowserShell(options: BrowserShellOptions): Promise<OmiTrayApp & { wake(): void }> {
  const { browser, close: closeBrowser } = await chromiumFor('browser', options.browser);
  // One clock for the app's whole life: a restart keeps the time the test moved on to.
  const clock = options.controlledClock
    ? shiftedClock({
        now: () => Date.now(),
        setTimeout: (run, ms) => setTimeout(run, ms),
        clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      })
    : null;
  let running = await startOnce(browser, options, clock);

  const app = {
    shell: 'browser' as const,
    get page() {
      return running.page;
    },
    dataDir: options.dataDir,
    async showPopover() {
      running.core.trayClicked();
    },
    async pressShortcut() {
      running.shortcuts.press();
    },
    async popoverVisible() {
      return running.popover.visible;
    },
    async notifications() {
      return running.notifier.shown.map(({ request }) => ({ title: request.title, body: request.body }));
    },
    async openedFolders() {
      return [...running.folders.opened];
    },
    async clickNotification(index: number) {
      const shown = running.notifier.shown[index];
      if (!shown) throw new Error(`No notification #${index}; ${running.notifier.shown.length} shown`);
      shown.click();
    },
    async trayState() {
      const view = running.tray.last;
      if (!view) throw new Error('The app has not shown its tray yet');
      const menu = view.menu.filter((entry) => entry.kind !== 'separator').map((entry) => entry.label);
      return { tooltip: view.tooltip, menu, overdue: view.overdue };
    },
    async clickTrayMenu(label: string) {
      const entry = running.tray.last?.menu.find((candidate) => candidate.label === label);
      if (!entry?.run) throw new Error(`No tray menu entry "${label}"`);
      if (entry.enabled === false) throw new Error(`Tray menu entry "${label}" is disabled`);
      entry.run();
    },
    storedKey: () => options.secrets.get(new URL(options.env.OMI_API_BASE_URL ?? '').origin),
    async advanceClock(ms: number) {
      if (!clock)
        throw new Error('The app was launched without a controlled clock (launch({ controlledClock: true }))');
      clock.advance(ms);
      await running.page.clock.fastForward(ms);
    },
    async now() {
      return clock ? clock.now() : Date.now();
    },
    async restart() {
      await stopOnce(running);
      running = await startOnce(browser, options, clock);
    },
    async close() {
      await stopOnce(running);
      await closeBrowser();
    },
    wake() {
      running.power.wake();
    },
  };
  return app;
}

async function startOnce(browser: Browser, options: BrowserShellOptions, clock: ShiftedClock | null): Promise<Running> {
  const page = await browser.newPage({ viewport: { width: 380, height: 560 } });
  if (clock) await page.clock.install({ time: clock.now() });
  const closePage = await closeWithCoverage(page);
  let pageReady = false;
  let pushes: Promise<unknown> = Promise.resolve();

  const push = (channel: string, payload: unknown) => {
    if (!pageReady) return;
    pushes = pushes
      .then(() => page.evaluate(([c, p]) => window.__omiPush(c, p), [channel, payload] as const))
      .catch(() => undefined);
  };

  const logFile = join(options.dataDir, 'logs', 'omi-tray.log');
  await mkdir(join(options.dataDir, 'logs'), { recursive: true });
  const logger = createLogger({ sink: (line) => void appendFile(logFile, `${line}\n`) });
  const { platform, ...recorders } = recordingPlatform({
    dataDir: options.dataDir,
    logDir: join(options.dataDir, 'logs'),
    version: (JSON.parse(await readFile(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version,
    secrets: options.secrets,
    env: { OMI_API_BASE_URL: options.env.OMI_API_BASE_URL, OMI_API_KEY: options.env.OMI_API_KEY },
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    send: (channel, payload) => push(channel, payload),
    logger,
    onPopoverShown: (how) => push('popover:shown', how),
    takenShortcuts: options.takenShortcuts,
    ...(clock ? { clock } : {}),
    locale: options.locale,
  });
  const core = createOmiTray(platform);

  // The same path as electron/main's registration: the sender facts of the calling frame, checked
  // against this shell's one popover page (window 1), then validation, the call and errors in words.
  const deps: DispatchDeps = {
    handlers: core.handlers,
    trustedSender: () => ({ windowId: 1, rendererUrl: options.rendererUrl }),
    logger,
  };
  await page.exposeBinding('__omiInvoke', (source, channel: unknown, raw: unknown) =>
    dispatchInvoke(
      {
        channel,
        raw,
        sender: { frameUrl: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame(), windowId: 1 },
      },
      deps,
    ),
  );
  await page.addInitScript({ content: await pageBridgeScript() });
  await core.start();
  await page.goto(options.rendererUrl);
  pageReady = true;
  return { core, page, closePage, ...recorders };
}

async function stopOnce(running: Running): Promise<void> {
  await running.core.shutdown();
  await running.closePage();
}
