/**
 * The tray icon: tooltip, overdue icon variant (+ a count beside it on macOS), and the context
 * menu built from core's TrayView. Everything the user needs is in that menu, because on Linux
 * (AppIndicator) clicks on the icon may never arrive.
 *
 * Core shows a view after every change and each minute, and most of those look the same. A menu
 * set again can close under the pointer if it is open (electron/electron#1393), and on Linux each
 * one is sent to the tray host anew, so the menu is built and set only when its lines differ from
 * those shown, and the icon, tooltip and title only when they differ. A menu kept runs the newest
 * view's actions: a line in the same place, with the same words, does what the newest view says.
 */
import { join } from 'node:path';
import { Menu, Tray, nativeImage, type NativeImage, type Rectangle } from 'electron';
import type { TrayMenuEntry, TrayPort, TrayView } from '../../core';
import { sameMenu, trayMenuTemplate } from './tray-menu';

export interface TrayIcon extends TrayPort {
  /** Where the icon sits on screen; null where the tray host does not tell (Linux, Wayland). */
  bounds(): Rectangle | null;
  destroy(): void;
}

export interface TrayIconOptions {
  iconDir: string;
  platform: NodeJS.Platform;
  onClick(): void;
}

export function createTrayIcon(options: TrayIconOptions): TrayIcon {
  const { platform } = options;
  const icons = loadIcons(options.iconDir, platform);
  const tray = new Tray(icons.normal);
  let menu: Menu | null = null;
  let latest: TrayView | null = null;
  let clickedAt: Rectangle | null = null;
  const showTooltip = whenChanged<string>('', (text: string) => tray.setToolTip(text));
  const showOverdue = whenChanged<boolean>(false, (overdue: boolean) =>
    tray.setImage(overdue ? icons.overdue : icons.normal),
  );
  const showTitle = whenChanged<string>('', (count: string) => tray.setTitle(count, { fontType: 'monospacedDigit' }));
  // No menu before the first view: every view has lines (Open Omi Tray, Quick edit…).
  const showMenu = whenChanged<readonly TrayMenuEntry[]>(
    [],
    (lines) => {
      // A line runs what the newest view has in its place.
      const routed = lines.map((entry, index) => ({ ...entry, run: () => latest?.menu[index]?.run?.() }));
      menu = Menu.buildFromTemplate(trayMenuTemplate(routed, platform));
      // Linux only picks up a changed menu when it is set again.
      if (platform !== 'darwin') tray.setContextMenu(menu);
    },
    sameMenu,
  );
  showTooltip('Omi Tray');

  tray.on('click', (_event, bounds) => {
    // Windows reports the icon's true place with the click; getBounds can be off in the overflow flyout.
    clickedAt = usable(bounds);
    options.onClick();
  });
  if (platform === 'darwin') {
    // A menu set with setContextMenu would open on every left click on macOS and swallow it:
    // left click opens the popover, right click the menu, as menu-bar apps do.
    tray.setIgnoreDoubleClickEvents(true);
    tray.on('right-click', () => {
      if (menu) tray.popUpContextMenu(menu);
    });
  }

  return {
    show(view: TrayView) {
      latest = view;
      showTooltip(view.tooltip);
      showOverdue(view.overdue > 0);
      if (platform === 'darwin') showTitle(view.overdue > 0 ? String(view.overdue) : '');
      showMenu(view.menu);
    },
    bounds: () => clickedAt ?? usable(tray.getBounds()),
    destroy: () => tray.destroy(),
  };
}

/**
 * `set`, called only with a value unlike the last one it was called with (`first` before any): what
 * the tray shows already is not set again.
 */
function whenChanged<T>(
  first: T,
  set: (value: T) => void,
  same: (shown: T, next: T) => boolean = Object.is,
): (value: T) => void {
  let shown = first;
  return (value) => {
    if (same(shown, value)) return;
    shown = value;
    set(value);
  };
}

function loadIcons(dir: string, platform: NodeJS.Platform): { normal: NativeImage; overdue: NativeImage } {
  if (platform === 'darwin') {
    // Template images follow the menu bar's light or dark look; the @2x files load alongside.
    const normal = nativeImage.createFromPath(join(dir, 'trayTemplate.png'));
    const overdue = nativeImage.createFromPath(join(dir, 'trayOverdueTemplate.png'));
    normal.setTemplateImage(true);
    overdue.setTemplateImage(true);
    return { normal, overdue };
  }
  const extension = platform === 'win32' ? 'ico' : 'png';
  return {
    normal: nativeImage.createFromPath(join(dir, `tray.${extension}`)),
    overdue: nativeImage.createFromPath(join(dir, `tray-overdue.${extension}`)),
  };
}

function usable(bounds: Rectangle): Rectangle | null {
  return bounds.width > 0 && bounds.height > 0 ? bounds : null;
}
