/** What each desktop needs from a tray app before and after `ready`. */
import { app, Menu } from 'electron';

/** The Windows app id: it must match electron-builder's appId, which the Start-menu shortcut carries. */
export const APP_ID = 'me.omi.tray';

export function beforeReady(options: { platform: NodeJS.Platform }): void {
  if (options.platform === 'win32') {
    // Toasts are attributed to this id; an unpackaged run has no shortcut with it, so use the binary's path.
    app.setAppUserModelId(app.isPackaged ? APP_ID : process.execPath);
  }
  if (options.platform === 'linux') {
    // Global shortcuts on Wayland go through the desktop portal.
    const features = app.commandLine.getSwitchValue('enable-features');
    app.commandLine.appendSwitch(
      'enable-features',
      features ? `${features},GlobalShortcutsPortal` : 'GlobalShortcutsPortal',
    );
  }
  // A tray app stays in the tray when its only window is closed.
  app.on('window-all-closed', () => undefined);
}

export function afterReady(options: { platform: NodeJS.Platform }): void {
  if (options.platform === 'darwin') {
    // An agent app: no dock icon, and the popover shows over full-screen apps.
    app.dock?.hide();
    // Text fields need the Edit menu's key equivalents (copy, paste, undo) on macOS.
    Menu.setApplicationMenu(Menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }]));
  } else {
    // Chromium's text fields handle editing keys themselves; the default menu would only add reload and DevTools keys.
    Menu.setApplicationMenu(null);
  }
}
