/**
 * The module `electron` as the app's main process sees it in the electron-double shell. Every
 * member is checked against the electron package's own declarations (each double `implements` or
 * `satisfies` a Pick of the real type, and this object may only carry names Electron exports), so
 * a change in Electron's API breaks `npm run typecheck`; tests/unit/electron-double checks that
 * every name the app imports from 'electron' is here.
 */
import type * as Electron from 'electron';
import { app } from './main/app';
import { BrowserWindow } from './main/browser-window';
import { dialog } from './main/dialog';
import { globalShortcut } from './main/global-shortcut';
import { ipcMain } from './main/ipc-main';
import { Menu } from './main/menu';
import { nativeImage } from './main/native-image';
import { net } from './main/net';
import { Notification } from './main/notification';
import { powerMonitor } from './main/power-monitor';
import { protocol } from './main/protocol';
import { screen } from './main/screen';
import { session } from './main/session';
import { shell } from './main/shell';
import { TrayDouble as Tray } from './main/tray';

export const electronMain = {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  nativeImage,
  net,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  Tray,
} satisfies Partial<Record<keyof typeof Electron, unknown>>;
