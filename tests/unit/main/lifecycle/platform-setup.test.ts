/**
 * What each desktop gets before and after `ready`: Windows attributes toasts to the app's id,
 * Linux asks for global shortcuts through the Wayland portal, macOS keeps the Edit menu's copy and
 * paste keys, and closing the popover never quits a tray app.
 */
import { describe, expect, it, vi } from 'vitest';
import { afterReady, APP_ID, beforeReady } from '../../../../electron/main/lifecycle/platform-setup';
import { app } from '../../../electron-double/main/app';
import { MenuDouble } from '../../../electron-double/main/menu';

vi.mock('electron', async () => (await import('../../../electron-double/electron-main')).electronMain);

describe('before ready', () => {
  it('on Windows names the app for its notifications: the binary when unpackaged, which has no Start-menu shortcut with the id', () => {
    beforeReady({ platform: 'win32' });
    expect(app.isPackaged).toBe(false);
    expect(app.appUserModelId).toBe(process.execPath);
    expect(APP_ID).toBe('me.omi.tray');
  });

  it('on Linux turns on the shortcut portal, keeping features asked for on the command line', () => {
    app.commandLine.removeSwitch('enable-features');
    beforeReady({ platform: 'linux' });
    expect(app.commandLine.getSwitchValue('enable-features')).toBe('GlobalShortcutsPortal');
    app.commandLine.appendSwitch('enable-features', 'WaylandWindowDecorations');
    beforeReady({ platform: 'linux' });
    expect(app.commandLine.getSwitchValue('enable-features')).toBe('WaylandWindowDecorations,GlobalShortcutsPortal');
  });

  it('on macOS touches neither, and on every platform keeps the app running when its last window closes', () => {
    app.appUserModelId = null;
    app.commandLine.removeSwitch('enable-features');
    app.removeAllListeners('window-all-closed');
    beforeReady({ platform: 'darwin' });
    expect(app.appUserModelId).toBeNull();
    expect(app.commandLine.hasSwitch('enable-features')).toBe(false);
    // Electron quits when the last window closes unless someone listens for it.
    expect(app.listenerCount('window-all-closed')).toBe(1);
  });
});

describe('after ready', () => {
  it('on macOS has an app menu and an Edit menu, whose key equivalents copy and paste in text fields', () => {
    afterReady({ platform: 'darwin' });
    expect(MenuDouble.applicationMenu?.entries().map((entry) => entry.role)).toEqual(['appMenu', 'editMenu']);
  });

  it.each(['win32', 'linux'] as const)(
    'on %s has no application menu (its reload and DevTools keys would only get in the way)',
    (platform) => {
      afterReady({ platform: 'darwin' });
      afterReady({ platform });
      expect(MenuDouble.applicationMenu).toBeNull();
    },
  );
});
