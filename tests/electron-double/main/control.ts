/**
 * What the harness may ask of the app's process: read what the app set on its Electron objects,
 * and do what a user or the OS does to them (click the tray, a menu entry, a notification, press
 * a shortcut, sleep and wake, call IPC from the page). Nothing here reaches into the app: every
 * effect goes through the handlers the app itself registered. Notification buttons are pressed only
 * in unit tests (tests/unit/main/adapters/notifier.test.ts): the app shows them on macOS and
 * Windows, and the double runs as the machine it is on.
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { app } from './app';
import { BrowserWindowDouble } from './browser-window';
import { answerBox, shownBoxes } from './dialog';
import { pressShortcut, registeredShortcuts } from './global-shortcut';
import { harness } from './harness-link';
import { ipcMain } from './ipc-main';
import type { MenuDouble } from './menu';
import { NotificationDouble } from './notification';
import { powerMonitor, type PowerEvent } from './power-monitor';
import { protocol } from './protocol';
import { session } from './session';
import { openedExternally, openedPaths } from './shell';
import { TrayDouble } from './tray';

export interface TrayState {
  tooltip: string;
  title: string;
  /** The file of the icon shown, or null for an empty image. */
  icon: string | null;
  /** Entries as the user reads them (separators left out). */
  menu: string[];
}

export interface NotificationState {
  title: string;
  body: string;
  actions: string[];
}

/** The calling frame as the harness saw it in Chromium. */
export interface CallingFrame {
  url: string;
  isMainFrame: boolean;
  /** The URL of the frame's parent (null for the main frame) and of the page's main frame. */
  parentUrl: string | null;
  topUrl: string;
  name: string;
  /** The frame's place in the page's frame tree (main frame 1, then in order of appearance). */
  frameId: number;
}

function theTray(): TrayDouble {
  const tray = TrayDouble.all[0];
  if (!tray) throw new Error('The app has not created its tray icon');
  return tray;
}

/** The menu the user would open: the context menu, or the one the app pops up on a right click (macOS). */
function trayMenu(tray: TrayDouble): MenuDouble | null {
  if (tray.contextMenu) return tray.contextMenu;
  tray.poppedUp = null;
  tray.rightClick();
  return tray.poppedUp;
}

function notification(index: number): NotificationDouble {
  const shown = NotificationDouble.shown[index];
  if (!shown) throw new Error(`No notification #${index}; ${NotificationDouble.shown.length} shown`);
  return shown;
}

export function answerHarness(): void {
  const link = harness();
  link.answer('tray:state', (): TrayState => {
    const tray = theTray();
    const menu = trayMenu(tray);
    return {
      tooltip: tray.tooltip,
      title: tray.title,
      icon: tray.image.path,
      menu: (menu?.entries() ?? [])
        .filter((entry) => entry.type !== 'separator' && entry.visible)
        .map((entry) => entry.shownLabel(process.platform)),
    };
  });
  link.answer('tray:click', () => theTray().click());
  link.answer('tray:clickMenu', (label: string) => {
    const tray = theTray();
    const entry = trayMenu(tray)
      ?.entries()
      .find(
        (candidate) =>
          candidate.type !== 'separator' && candidate.visible && candidate.shownLabel(process.platform) === label,
      );
    if (!entry) throw new Error(`No tray menu entry "${label}"`);
    entry.click();
  });
  link.answer('notifications', (): NotificationState[] =>
    NotificationDouble.shown.map((shown) => ({
      title: shown.title,
      body: shown.body,
      actions: (shown.options.actions ?? []).map((action) => action.text ?? ''),
    })),
  );
  link.answer('notification:click', (index: number) => notification(index).click());
  link.answer('dialogs', () => shownBoxes());
  link.answer('session:calls', () => [...session.defaultSession.calls]);
  link.answer('dialog:answer', (index: number, response: number) => answerBox(index, response));
  link.answer('shortcuts', () => registeredShortcuts());
  link.answer('shortcut:press', (accelerator?: string) => pressShortcut(accelerator));
  link.answer('power', (what: PowerEvent) => powerMonitor.happen(what));
  link.answer('windows:visible', () => BrowserWindowDouble.getAllWindows().some((window) => window.isVisible()));
  link.answer('loginItem', () => app.getLoginItemSettings().openAtLogin);
  link.answer('openedExternally', () => [...openedExternally]);
  link.answer('openedPaths', () => [...openedPaths]);
  link.answer('protocol:request', (url: string, method: string, headers: Record<string, string>) =>
    protocol.answer(url, method, headers),
  );
  link.answer('ipc:invoke', (windowId: number, channel: string, args: unknown[], frame: CallingFrame) => {
    const window = BrowserWindowDouble.fromId(windowId);
    if (!window) throw new Error(`Error invoking remote method '${channel}': the window is gone`);
    const sender = window.webContents as unknown as WebContents;
    const top = { url: frame.topUrl, parent: null, name: '', frameTreeNodeId: 1 };
    const senderFrame = frame.isMainFrame
      ? top
      : {
          url: frame.url,
          parent: { url: frame.parentUrl ?? '' },
          top,
          name: frame.name,
          frameTreeNodeId: frame.frameId,
        };
    const event = {
      sender,
      senderFrame,
      frameId: frame.frameId,
      processId: 1,
      type: 'frame',
      preventDefault: () => undefined,
      defaultPrevented: false,
    } as unknown as IpcMainInvokeEvent;
    return ipcMain.invoke(event, channel, args);
  });
}
