/**
 * The popover window per platform: hidden until asked for, placed beside the tray icon, hidden by
 * a click elsewhere without the same click opening it again, above full-screen apps on macOS, kept
 * open through Windows' early focus loss, brought back after a crash a few times, and only hidden
 * (never closed) until the app quits.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Rectangle } from 'electron';
import type { RendererLocation } from '../../../../electron/main/app-paths';
import type { SnapshotPush } from '../../../../electron/shared/app-state';
import { createPopoverWindow, type PopoverWindow } from '../../../../electron/main/adapters/popover-window';
import { app } from '../../../electron-double/main/app';
import { BrowserWindowDouble } from '../../../electron-double/main/browser-window';
import { pageHost, settled } from '../support/page-host';
import { recordingLogger, type LoggedLine } from '../../../doubles/recording-logger';

vi.mock('electron', async () => (await import('../../../electron-double/electron-main')).electronMain);

const PAGE = 'app://omi-tray/index.html';
const renderer: RendererLocation = {
  url: PAGE,
  devServer: false,
  rootDir: null,
  load: (window) => window.loadURL(PAGE),
};
const host = pageHost();
// Every popover this file opens listens for the app quitting.
app.setMaxListeners(0);
const checklist = { mode: 'checklist', focusItemId: null } as const;

interface Opened {
  popover: PopoverWindow;
  window: BrowserWindowDouble;
  clock: { at: number };
  log: LoggedLine[];
}

function open(platform: NodeJS.Platform, trayBounds: Rectangle | null = null): Opened {
  const clock = { at: 1_000_000 };
  const { logger, lines } = recordingLogger();
  const popover = createPopoverWindow({
    renderer,
    preload: '/app/preload/index.cjs',
    devTools: false,
    platform,
    now: () => clock.at,
    trayBounds: () => trayBounds,
    logger,
  });
  const window = BrowserWindowDouble.fromId(popover.trustedSender().windowId) as unknown as BrowserWindowDouble;
  return { popover, window, clock, log: lines };
}

async function openLoaded(platform: NodeJS.Platform, trayBounds: Rectangle | null = null): Promise<Opened> {
  const opened = open(platform, trayBounds);
  await settled();
  return opened;
}

beforeEach(() => {
  app.focusRequests.length = 0;
});

describe('the popover window', () => {
  it('starts hidden, frameless and out of the taskbar, its page sandboxed with no Node', () => {
    const { window } = open('linux');
    expect(window.isVisible()).toBe(false);
    expect(window.options).toMatchObject({
      show: false,
      frame: false,
      skipTaskbar: true,
      resizable: false,
      width: 380,
      height: 560,
    });
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('has spellcheck off (Chromium would fetch dictionaries, and the popover needs no network)', () => {
    const { window } = open('linux');
    expect(window.options.webPreferences?.spellcheck).toBe(false);
  });

  it('loads the popover page, and names that page and window as the only one IPC is taken from', async () => {
    const { popover, window } = await openLoaded('linux');
    expect(host.loads(window.id)).toEqual([PAGE]);
    expect(popover.trustedSender()).toEqual({ windowId: window.id, rendererUrl: PAGE });
  });

  it('logs a page that could not be loaded', async () => {
    host.refuseNextLoad('ERR_FILE_NOT_FOUND (404)');
    const { log } = await openLoaded('linux');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ level: 'error', message: 'The popover page could not be loaded' });
    expect(String(log[0]?.context?.error)).toContain('ERR_FILE_NOT_FOUND (404)');
  });

  it('holds pushes until its page has loaded, keeping only the latest of each', async () => {
    const { popover, window } = open('linux');
    popover.send('popover:shown', { mode: 'quickEdit', focusItemId: 'a' });
    popover.send('popover:shown', { mode: 'checklist', focusItemId: 'b' });
    expect(host.pushes(window.id)).toEqual([]);
    await settled();
    expect(host.pushes(window.id)).toEqual([
      { channel: 'popover:shown', payload: { mode: 'checklist', focusItemId: 'b' } },
    ]);
    popover.send('popover:shown', checklist);
    await settled();
    expect(host.pushes(window.id)).toHaveLength(2);
  });

  it('holds only the newest push of each kind while its page is not loaded, however many come (also while it reloads)', async () => {
    const { popover, window } = open('linux');
    const snapshot = (n: number) => ({ n }) as unknown as SnapshotPush;
    for (let n = 0; n < 1000; n += 1) {
      popover.send('snapshot:changed', snapshot(n));
      popover.send('popover:shown', { mode: 'checklist', focusItemId: `item-${n}` });
    }
    await settled();
    expect(host.pushes(window.id)).toEqual([
      { channel: 'snapshot:changed', payload: { n: 999 } },
      { channel: 'popover:shown', payload: { mode: 'checklist', focusItemId: 'item-999' } },
    ]);
    window.webContents.reload();
    for (let n = 1000; n < 2000; n += 1) popover.send('snapshot:changed', snapshot(n));
    await settled();
    expect(host.pushes(window.id).slice(2)).toEqual([{ channel: 'snapshot:changed', payload: { n: 1999 } }]);
  });

  it('tells the page how it was opened each time it shows', async () => {
    const { popover, window } = await openLoaded('linux');
    popover.show({ mode: 'quickEdit', focusItemId: 'item-7' });
    await settled();
    expect(window.isVisible()).toBe(true);
    expect(window.isFocused()).toBe(true);
    expect(host.pushes(window.id)).toEqual([
      { channel: 'popover:shown', payload: { mode: 'quickEdit', focusItemId: 'item-7' } },
    ]);
  });

  it('opens beside the tray icon, under a top panel', async () => {
    const { popover, window } = await openLoaded('linux', { x: 1500, y: 4, width: 24, height: 24 });
    popover.show(checklist);
    // Centred under the icon (1512 - 380 / 2), and below the 32 px panel of the display.
    expect(window.getPosition()).toEqual([1322, 32]);
  });

  it('opens in the middle of the display when the tray host does not say where the icon is', async () => {
    const { popover, window } = await openLoaded('linux', null);
    popover.show(checklist);
    expect(window.getPosition()).toEqual([(1920 - 380) / 2, 32 + (1048 - 560) / 2]);
  });

  it('hides on a second tray click, and tells which click showed it', async () => {
    const { popover, window } = await openLoaded('linux');
    expect(popover.toggle()).toBe(true);
    expect(window.isVisible()).toBe(true);
    expect(popover.toggle()).toBe(false);
    expect(window.isVisible()).toBe(false);
  });

  it('hides on a click elsewhere; a tray click that caused that does not open it again, a later one does', async () => {
    const { popover, window, clock } = await openLoaded('linux');
    popover.toggle();
    clock.at += 5_000;
    window.blur();
    expect(window.isVisible()).toBe(false);
    clock.at += 100;
    expect(popover.toggle()).toBe(false);
    expect(window.isVisible()).toBe(false);
    clock.at += 400;
    expect(popover.toggle()).toBe(true);
    expect(window.isVisible()).toBe(true);
  });

  it('tells whenever it shows or hides, also when a click elsewhere hid it', async () => {
    const { popover, window, clock } = await openLoaded('linux');
    const seen: boolean[] = [];
    popover.onVisibilityChange?.((visible) => seen.push(visible));
    popover.toggle();
    clock.at += 5_000;
    window.blur();
    popover.show(checklist);
    popover.hide();
    expect(seen).toEqual([true, false, true, false]);
  });

  it('hides when its close button would close it: the app lives on in the tray', async () => {
    const { popover, window } = await openLoaded('linux');
    popover.show(checklist);
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.isVisible()).toBe(false);
  });

  it('reloads a crashed page, at most three times, and holds pushes meanwhile', async () => {
    const { popover, window, log } = await openLoaded('linux');
    window.webContents.gone('crashed');
    popover.send('popover:shown', checklist);
    expect(host.pushes(window.id)).toEqual([]);
    await settled();
    expect(host.reloads(window.id)).toBe(1);
    expect(host.pushes(window.id)).toEqual([{ channel: 'popover:shown', payload: checklist }]);
    for (let crash = 0; crash < 4; crash++) window.webContents.gone('oom');
    await settled();
    expect(host.reloads(window.id)).toBe(3);
    expect(log.filter((line) => line.message === 'The popover page stopped')).toHaveLength(5);
    expect(log[0]?.context).toEqual({ reason: 'crashed', exitCode: 1 });
  });

  it('does not reload a page that ended cleanly', async () => {
    const { window } = await openLoaded('linux');
    window.webContents.gone('clean-exit');
    await settled();
    expect(host.reloads(window.id)).toBe(0);
  });

  it('ignores every request once its window is gone', async () => {
    const { popover, window } = await openLoaded('linux');
    window.destroy();
    expect(() => {
      popover.show(checklist);
      popover.toggle();
      popover.hide();
      popover.send('popover:shown', checklist);
    }).not.toThrow();
    await settled();
    expect(host.pushes(window.id)).toEqual([]);
  });
});

describe('the popover on macOS', () => {
  it('floats above other apps and over full-screen spaces, like a menu', () => {
    const { window } = open('darwin');
    expect(window.alwaysOnTopLevel).toBe('pop-up-menu');
    expect(window.onAllWorkspaces).toEqual({ visibleOnFullScreen: true });
  });

  it('takes the focus from the app in front when it opens, so typing reaches it', async () => {
    const { popover } = await openLoaded('darwin', { x: 1500, y: 0, width: 22, height: 24 });
    popover.show(checklist);
    expect(app.focusRequests).toEqual([{ steal: true }]);
  });
});

describe('the popover on Windows', () => {
  it('stays open through the focus loss Windows reports while the tray click is still handled', async () => {
    const { popover, window, clock } = await openLoaded('win32', { x: 1700, y: 1040, width: 24, height: 40 });
    popover.toggle();
    // Above a bottom taskbar icon, inside the display.
    expect(window.getPosition()).toEqual([1522, 480]);
    clock.at += 100;
    window.blur();
    expect(window.isVisible()).toBe(true);
    expect(window.isFocused()).toBe(true);
    clock.at += 1_000;
    window.blur();
    expect(window.isVisible()).toBe(false);
  });
});

describe('the popover on Linux', () => {
  it('is neither lifted over full-screen apps nor does it take focus from other apps', async () => {
    const { popover, window, clock } = await openLoaded('linux');
    popover.show(checklist);
    expect(window.alwaysOnTopLevel).toBeNull();
    expect(window.onAllWorkspaces).toBeNull();
    expect(app.focusRequests).toEqual([]);
    clock.at += 100;
    window.blur();
    expect(window.isVisible()).toBe(false);
  });
});

// Last: quitting reaches every popover of this file.
describe('quitting', () => {
  it('lets the window close, and a page that stops then is not brought back', async () => {
    const { window } = await openLoaded('linux');
    app.emit('before-quit', { preventDefault: () => undefined, defaultPrevented: false });
    window.webContents.gone('killed');
    await settled();
    expect(host.reloads(window.id)).toBe(0);
    window.close();
    expect(window.isDestroyed()).toBe(true);
  });
});
