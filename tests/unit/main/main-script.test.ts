/**
 * The main script composes the app, in this order: the API key leaves the environment, the data
 * folder and the single-instance lock come first, app:// is registered before `ready`, and after it
 * the tray icon with its menu, the popover page and the IPC handlers for that page. Run here on
 * Linux against the Electron double (the e2e shells run the built script the same way).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { app } from '../../electron-double/main/app';
import { BrowserWindowDouble } from '../../electron-double/main/browser-window';
import { electronEvent } from '../../electron-double/main/electron-event';
import { ipcMain } from '../../electron-double/main/ipc-main';
import { protocol } from '../../electron-double/main/protocol';
import { TrayDouble } from '../../electron-double/main/tray';
import { until } from '../core/support/until';
import { pageHost } from './support/page-host';

vi.mock('electron', async () => (await import('../../electron-double/electron-main')).electronMain);

const PAGE = 'app://omi-tray/index.html';
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const host = pageHost();
const savedEnv = { ...process.env };
const signalListeners = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
const rejectionListeners = process.listeners('unhandledRejection');
let dataDir: string;
let quits = 0;
const quit = app.quit;
const write = process.stdout.write;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'omi-tray-main-'));
  process.env.OMI_TRAY_DATA_DIR = dataDir;
  process.env.OMI_TRAY_SECRET_STORE = 'memory';
  process.env.OMI_API_KEY = 'omi_dev_main_script_key';
  // Nothing answers here: the app starts offline.
  process.env.OMI_API_BASE_URL = 'http://127.0.0.1:9';
  delete process.env.ELECTRON_RENDERER_URL;
  // The double's quit would end this process; here it is only counted. (Set by hand: the test
  // runner restores spies before every test.)
  app.quit = () => {
    quits += 1;
  };
  // An unpackaged run echoes its log to the terminal.
  process.stdout.write = () => true;
  await import('../../../electron/main/index');
});

afterAll(async () => {
  // Quit as Electron would reach 'will-quit', so core stops its timers and saves.
  const event = electronEvent();
  app.emit('will-quit', event);
  await until(() => quits > 0, 'the app to finish its shutdown');
  app.quit = quit;
  process.stdout.write = write;
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal))
      if (!signalListeners.get(signal)?.includes(listener)) process.off(signal, listener);
  }
  for (const listener of process.listeners('unhandledRejection'))
    if (!rejectionListeners.includes(listener)) process.off('unhandledRejection', listener);
  process.env = savedEnv;
  app.releaseSingleInstanceLock();
  // Background writes may still be landing: retry the removal, as tempDir() does. (A read still under
  // way at quitting writes nothing: ReadLedger.close.)
  await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
});

describe('the main script', () => {
  it('takes the API key out of the environment before anything else can inherit it', () => {
    expect(process.env.OMI_API_KEY).toBeUndefined();
  });

  it('holds the single-instance lock in its own data folder, and registers app:// before ready', () => {
    expect(app.hasSingleInstanceLock()).toBe(true);
    expect(existsSync(join(dataDir, 'SingletonLock'))).toBe(true);
    expect(protocol.privileged.map((scheme) => scheme.scheme)).toEqual(['app']);
    expect(app.isReady()).toBe(false);
  });

  it('once ready, puts the icon in the tray with its menu, loads the popover and answers its page', async () => {
    app.becomeReady();
    await until(() => (TrayDouble.all[0]?.contextMenu?.entries().length ?? 0) > 0, 'the tray menu');
    const tray = TrayDouble.all[0]!;
    const labels = tray
      .contextMenu!.entries()
      .filter((entry) => entry.type !== 'separator')
      .map((entry) => entry.shownLabel('linux'));
    expect(labels).toContain('Open');
    expect(labels).toContain('Quit');

    const popover = BrowserWindowDouble.getAllWindows()[0] as unknown as BrowserWindowDouble;
    expect(host.loads(popover.id)).toEqual([PAGE]);
    expect(popover.isVisible()).toBe(false);

    const event = {
      sender: popover.webContents as unknown as WebContents,
      senderFrame: { url: PAGE, parent: null },
    } as unknown as IpcMainInvokeEvent;
    const snapshot = await ipcMain.invoke(event, 'app:getSnapshot', []);
    expect(snapshot).toMatchObject({ settings: expect.any(Object) });

    tray.click();
    expect(popover.isVisible()).toBe(true);
  });

  it('logs to its data folder', async () => {
    const log = join(dataDir, 'logs', 'omi-tray.log');
    await until(() => existsSync(log) && readFileSync(log, 'utf8').includes('Omi Tray starting'), 'the first log line');
    expect(readFileSync(log, 'utf8')).not.toContain('omi_dev_main_script_key');
  });
});
