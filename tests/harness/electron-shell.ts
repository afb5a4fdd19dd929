/**
 * The Electron shell: Playwright drives the real, unchanged app (out/main/index.js). Tray, menu,
 * notifications and shortcuts are Electron's own objects, watched by ./electron-observer (loaded
 * with NODE_OPTIONS=--require) and driven through `electronApp.evaluate`. Only runs where the
 * Electron binary is installed; the key is kept in the OS keychain under a service name of the run's own.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import type { Observed } from './electron-observer';
import type { OmiTrayApp } from './types';

export interface ElectronShellOptions {
  executablePath: string;
  dataDir: string;
  env: Record<string, string>;
  keychainService: string;
  takenShortcuts: readonly string[];
  /** The main process's Date and timers (see the observer) and the page's clock are the test's to move on. */
  controlledClock: boolean;
}

type Scope = typeof globalThis & { __omiTrayObserved: Observed };

let observer: Promise<string> | null = null;
function observerPath(): Promise<string> {
  observer ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'omi-tray-electron-observer-')), 'observer.cjs');
    await build({
      entryPoints: [join(__dirname, 'electron-observer.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      outfile,
      logLevel: 'silent',
    });
    return outfile;
  })();
  return observer;
}

/** What only this shell can do, beyond the common harness API. */
export interface ElectronShellApp extends Omit<OmiTrayApp, 'storedKey'> {
  /** Languages whose spellcheck dictionary the session began to download ('spellcheck-dictionary-download-begin'). */
  dictionaryDownloads(): Promise<string[]>;
}

export async function launchElectronShell(options: ElectronShellOptions): Promise<ElectronShellApp> {
  let running = await startOnce(options);
  const tray = () =>
    running.app.evaluate(() => {
      const found = (globalThis as Scope).__omiTrayObserved.trays[0];
      if (!found) throw new Error('The app has not created its tray icon');
      return {
        tooltip: found.tooltip,
        title: found.title,
        icon: found.icon,
        menu: (found.menu?.items ?? [])
          .filter((item) => item.type !== 'separator')
          .map((item) => item.label.replace(/&(&?)/g, '$1')),
      };
    });

  return {
    shell: 'electron',
    get page() {
      return running.page;
    },
    dataDir: options.dataDir,
    showPopover: () =>
      running.app.evaluate(() => {
        const found = (globalThis as Scope).__omiTrayObserved.trays[0];
        if (!found) throw new Error('The app has not created its tray icon');
        found.tray.emit(
          'click',
          { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false },
          found.tray.getBounds(),
          { x: 0, y: 0 },
        );
      }),
    pressShortcut: () =>
      running.app.evaluate(() => {
        const first = (globalThis as Scope).__omiTrayObserved.shortcuts.values().next();
        if (first.done) throw new Error('No global shortcut is registered');
        first.value();
      }),
    popoverVisible: () =>
      running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((window) => window.isVisible())),
    notifications: () =>
      running.app.evaluate(() =>
        (globalThis as Scope).__omiTrayObserved.notifications.map((shown) => ({
          title: shown.title,
          body: shown.body,
        })),
      ),
    openedFolders: () => running.app.evaluate(() => [...(globalThis as Scope).__omiTrayObserved.openedPaths]),
    clickNotification: (index) =>
      running.app.evaluate((_electron, at) => {
        const shown = (globalThis as Scope).__omiTrayObserved.notifications[at];
        if (!shown) throw new Error(`No notification #${at}`);
        shown.emit('click', { preventDefault: () => undefined, defaultPrevented: false });
      }, index),
    async trayState() {
      const state = await tray();
      const overdueIcon = state.icon !== null && /overdue/i.test(state.icon);
      const counted = /^\d+$/.test(state.title) ? state.title : /(\d+) past due/.exec(state.tooltip)?.[1];
      return {
        tooltip: state.tooltip,
        menu: state.menu,
        overdue: overdueIcon && counted !== undefined ? Number(counted) : 0,
      };
    },
    clickTrayMenu: (label) =>
      running.app.evaluate(({ BrowserWindow }, wanted) => {
        const found = (globalThis as Scope).__omiTrayObserved.trays[0];
        const item = found?.menu?.items.find(
          (candidate) => candidate.type !== 'separator' && candidate.label.replace(/&(&?)/g, '$1') === wanted,
        );
        if (!item) throw new Error(`No tray menu entry "${wanted}"`);
        if (!item.enabled) throw new Error(`Tray menu entry "${wanted}" is disabled`);
        if (item.type === 'checkbox') item.checked = !item.checked;
        item.click(undefined, BrowserWindow.getFocusedWindow() ?? undefined, undefined);
      }, label),
    dictionaryDownloads: () =>
      running.app.evaluate(() => [...(globalThis as Scope).__omiTrayObserved.dictionaryDownloads]),
    async advanceClock(ms) {
      await running.app.evaluate((_electron, by) => {
        const clock = (globalThis as Scope).__omiTrayObserved.clock;
        if (!clock)
          throw new Error('The app was launched without a controlled clock (launch({ controlledClock: true }))');
        clock.advance(by);
      }, ms);
      await running.app.context().clock.fastForward(ms);
    },
    now: () => running.app.evaluate(() => Date.now()),
    async restart() {
      await running.app.close();
      running = await startOnce(options);
    },
    close: () => running.app.close(),
  };
}

async function startOnce(options: ElectronShellOptions): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await _electron.launch({
    executablePath: options.executablePath,
    args: [join(process.cwd(), 'out', 'main', 'index.js')],
    env: {
      ...(process.env as Record<string, string>),
      ...options.env,
      NODE_OPTIONS: `--require ${await observerPath()}`,
      OMI_TRAY_DATA_DIR: options.dataDir,
      OMI_TRAY_KEYCHAIN_SERVICE: options.keychainService,
      OMI_TRAY_TAKEN_SHORTCUTS: JSON.stringify(options.takenShortcuts),
      ...(options.controlledClock ? { OMI_TRAY_CONTROLLED_CLOCK: '1' } : {}),
    },
  });
  // The page's clock starts at the main process's time; timers the page armed before this run on real time.
  if (options.controlledClock) await app.context().clock.install({ time: await app.evaluate(() => Date.now()) });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}
