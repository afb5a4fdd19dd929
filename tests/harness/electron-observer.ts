/**
 * Loaded into the real Electron main process (NODE_OPTIONS=--require) by the Electron shell, before
 * the app: it watches Electron's own Tray, nativeImage, Notification and globalShortcut so tests can
 * read what the app set and play clicks on the very objects the app made. The app is unchanged and
 * knows nothing of it. Folders it asks the file manager to show are recorded, not opened. Accelerators listed in OMI_TRAY_TAKEN_SHORTCUTS (JSON) act as owned by another
 * application: registering them answers false, as Electron does then.
 */
import {
  app,
  globalShortcut,
  nativeImage,
  Notification,
  session,
  shell,
  Tray,
  type Menu,
  type NativeImage,
} from 'electron';
import type { ShiftedClock } from './shifted-clock';
import { shiftProcessTime } from './shifted-globals';

export interface Observed {
  trays: { tray: Tray; tooltip: string; title: string; icon: string | null; menu: Menu | null }[];
  notifications: Notification[];
  shortcuts: Map<string, () => void>;
  /** Folders the app asked the file manager to show: recorded, never opened. */
  openedPaths: string[];
  /** Languages whose spellcheck dictionary the default session began to download. */
  dictionaryDownloads: string[];
  /** With OMI_TRAY_CONTROLLED_CLOCK=1: this process's Date and timers, which the harness moves on. */
  clock: ShiftedClock | null;
}

const observed: Observed = {
  trays: [],
  notifications: [],
  shortcuts: new Map(),
  openedPaths: [],
  dictionaryDownloads: [],
  clock: process.env.OMI_TRAY_CONTROLLED_CLOCK === '1' ? shiftProcessTime() : null,
};
(globalThis as unknown as { __omiTrayObserved: Observed }).__omiTrayObserved = observed;

const imagePaths = new WeakMap<NativeImage, string>();
const createFromPath = nativeImage.createFromPath.bind(nativeImage);
nativeImage.createFromPath = (path: string) => {
  const image = createFromPath(path);
  imagePaths.set(image, path);
  return image;
};

function entry(tray: Tray) {
  let found = observed.trays.find((candidate) => candidate.tray === tray);
  if (!found) {
    found = { tray, tooltip: '', title: '', icon: null, menu: null };
    observed.trays.push(found);
  }
  return found;
}

const proto = Tray.prototype;
const { setToolTip, setTitle, setImage, setContextMenu, popUpContextMenu } = proto;
proto.setToolTip = function (this: Tray, toolTip: string) {
  entry(this).tooltip = toolTip;
  return setToolTip.call(this, toolTip);
};
proto.setTitle = function (this: Tray, title: string, options?: Electron.TitleOptions) {
  entry(this).title = title;
  return setTitle.call(this, title, options);
};
proto.setImage = function (this: Tray, image: NativeImage | string) {
  entry(this).icon = typeof image === 'string' ? image : (imagePaths.get(image) ?? null);
  return setImage.call(this, image);
};
proto.setContextMenu = function (this: Tray, menu: Menu | null) {
  entry(this).menu = menu;
  return setContextMenu.call(this, menu);
};
proto.popUpContextMenu = function (this: Tray, menu?: Menu, position?: Electron.Point) {
  if (menu) entry(this).menu = menu;
  return popUpContextMenu.call(this, menu, position);
};

const show = Notification.prototype.show;
Notification.prototype.show = function (this: Notification) {
  observed.notifications.push(this);
  return show.call(this);
};

const taken = new Set<string>(JSON.parse(process.env.OMI_TRAY_TAKEN_SHORTCUTS || '[]') as string[]);
const register = globalShortcut.register.bind(globalShortcut);
globalShortcut.register = (accelerator: string, callback: () => void) => {
  if (taken.has(accelerator)) return false;
  const registered = register(accelerator, callback);
  if (registered) observed.shortcuts.set(accelerator, callback);
  return registered;
};
const unregisterAll = globalShortcut.unregisterAll.bind(globalShortcut);
globalShortcut.unregisterAll = () => {
  observed.shortcuts.clear();
  unregisterAll();
};

shell.openPath = (path: string) => {
  observed.openedPaths.push(path);
  return Promise.resolve('');
};

void app.whenReady().then(() => {
  session.defaultSession.on('spellcheck-dictionary-download-begin', (_event, language: string) => {
    observed.dictionaryDownloads.push(language);
  });
});
