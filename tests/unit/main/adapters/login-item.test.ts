/**
 * Launch at login per system, against the Electron double's app: Electron's login items on macOS
 * and Windows, the XDG autostart entry on Linux (real files in a temp folder), and words where it
 * cannot work (a development run, a system without either).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { recordingLogger } from '../../../doubles/recording-logger';

vi.mock('electron', async () => ({ app: (await import('../../../electron-double/main/app')).app }));
const { app } = await import('../../../electron-double/main/app');
const { createLoginItem } = await import('../../../../electron/main/adapters/login-item');

describe('launch at login', () => {
  it.each(['darwin', 'win32'] as const)(
    'on %s, the installed app uses the login item Electron keeps, and reads it back',
    (platform) => {
      const loginItem = createLoginItem({ platform, packaged: true, env: {}, logger: recordingLogger().logger });
      expect(loginItem.set(true)).toEqual({ enabled: true, canChange: true, problem: null });
      expect(app.getLoginItemSettings().openAtLogin).toBe(true);
      expect(loginItem.state().enabled).toBe(true);
      expect(loginItem.set(false)).toEqual({ enabled: false, canChange: true, problem: null });
    },
  );

  it('a login item the system refuses is said in words and logged', () => {
    const log = recordingLogger();
    const loginItem = createLoginItem({ platform: 'darwin', packaged: true, env: {}, logger: log.logger });
    const refuse = vi.spyOn(app, 'setLoginItemSettings').mockImplementation(() => {
      throw new Error('Operation not permitted');
    });
    expect(loginItem.set(true)).toEqual({
      enabled: false,
      canChange: true,
      problem: 'The system refused launch at login (Operation not permitted).',
    });
    expect(log.messages('warn')).toEqual(['The system refused launch at login (Operation not permitted).']);
    refuse.mockRestore();
  });

  it('on Linux, the installed app writes the autostart entry in $XDG_CONFIG_HOME/autostart', () => {
    const config = mkdtempSync(join(tmpdir(), 'omi-tray-login-'));
    const loginItem = createLoginItem({
      platform: 'linux',
      packaged: true,
      env: { XDG_CONFIG_HOME: config, APPIMAGE: '/home/ada/Omi Tray.AppImage', APPDIR: dirname(process.execPath) },
      logger: recordingLogger().logger,
    });
    expect(loginItem.set(true).enabled).toBe(true);
    expect(readFileSync(join(config, 'autostart', 'omi-tray.desktop'), 'utf8')).toContain(
      'Exec="/home/ada/Omi Tray.AppImage"',
    );
    loginItem.set(false);
    expect(existsSync(join(config, 'autostart', 'omi-tray.desktop'))).toBe(false);
  });

  it('a development run, and a system with neither, say so in words and change nothing', () => {
    const before = app.getLoginItemSettings();
    const dev = createLoginItem({ platform: 'darwin', packaged: false, env: {}, logger: recordingLogger().logger });
    expect(dev.set(true)).toEqual({
      enabled: false,
      canChange: false,
      problem: 'Only the installed app can launch at login.',
    });
    expect(dev.state()).toEqual({
      enabled: false,
      canChange: false,
      problem: 'Only the installed app can launch at login.',
    });
    const other = createLoginItem({ platform: 'freebsd', packaged: true, env: {}, logger: recordingLogger().logger });
    expect(other.set(true).problem).toBe(
      "Launch at login is not available here: add Omi Tray to your desktop's startup applications.",
    );
    expect(app.getLoginItemSettings()).toEqual(before);
  });
});
