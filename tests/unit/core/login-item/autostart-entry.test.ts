/** Launch at login on Linux: the XDG autostart entry is written, read back and removed as real files. */
import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autostartEntry, autostartFolder, desktopEntry } from '../../../../electron/core/login-item/autostart-entry';

const temp = () => mkdtempSync(join(tmpdir(), 'omi-tray-autostart-'));

describe('autostart folder', () => {
  it('is $XDG_CONFIG_HOME/autostart, else ~/.config/autostart; a relative XDG_CONFIG_HOME is ignored', () => {
    expect(autostartFolder('/x/config', '/home/ada')).toBe('/x/config/autostart');
    expect(autostartFolder(undefined, '/home/ada')).toBe('/home/ada/.config/autostart');
    expect(autostartFolder('', '/home/ada')).toBe('/home/ada/.config/autostart');
    expect(autostartFolder('config', '/home/ada')).toBe('/home/ada/.config/autostart');
  });
});

describe('desktop entry', () => {
  it('starts the executable, quoted so spaces and reserved characters survive', () => {
    const text = desktopEntry('/opt/Omi Tray/omi-tray');
    expect(text).toMatch(/^\[Desktop Entry\]\n/);
    expect(text).toContain('Type=Application\n');
    expect(text).toContain('Exec="/opt/Omi Tray/omi-tray"\n');
    expect(desktopEntry('/a/$b"c%d')).toContain('Exec="/a/\\\\$b\\\\"c%%d"\n');
  });
});

describe('autostart entry', () => {
  it('turning on writes the entry (creating the folder), turning off removes it, and the state says so', () => {
    const folder = join(temp(), 'config', 'autostart');
    const entry = autostartEntry({ folder, executable: '/opt/Omi Tray/omi-tray', fs });
    expect(entry.state()).toEqual({ enabled: false, canChange: true, problem: null });

    expect(entry.set(true)).toEqual({ enabled: true, canChange: true, problem: null });
    const file = join(folder, 'omi-tray.desktop');
    expect(readFileSync(file, 'utf8')).toContain('Exec="/opt/Omi Tray/omi-tray"');
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(entry.state().enabled).toBe(true);

    expect(entry.set(false)).toEqual({ enabled: false, canChange: true, problem: null });
    expect(existsSync(file)).toBe(false);
    // Turning off what is already off is quiet.
    expect(entry.set(false)).toEqual({ enabled: false, canChange: true, problem: null });
  });

  it('a folder that cannot be used is said in words, and the state stays what the system has', () => {
    const config = temp();
    const folder = join(config, 'autostart');
    writeFileSync(folder, 'not a folder');
    const entry = autostartEntry({ folder, executable: '/usr/bin/omi-tray', fs });
    const after = entry.set(true);
    expect(after.enabled).toBe(false);
    expect(after.problem).toBe(
      `Launch at login could not be turned on: ${folder} cannot be used (a file stands where the folder should be).`,
    );
  });

  it('refuses a path with a line break, which would add lines to the entry', () => {
    const folder = join(temp(), 'autostart');
    const after = autostartEntry({ folder, executable: '/tmp/x\nExec=/bin/evil', fs }).set(true);
    expect(after).toEqual({
      enabled: false,
      canChange: true,
      problem: 'Launch at login cannot be set: the path of the app has a line break in it.',
    });
    expect(existsSync(folder)).toBe(false);
  });

  it('a write the system refuses (permissions) is said in words', () => {
    const folder = join(temp(), 'autostart');
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const entry = autostartEntry({
      folder,
      executable: '/usr/bin/omi-tray',
      fs: {
        ...fs,
        writeFileSync: () => {
          throw denied;
        },
      },
    });
    expect(entry.set(true).problem).toBe(
      `Launch at login could not be turned on: ${folder} cannot be used (it may not be written to).`,
    );
  });

  it('an unexpected failure keeps its code in the words', () => {
    const folder = join(temp(), 'autostart');
    const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    const entry = autostartEntry({
      folder,
      executable: '/usr/bin/omi-tray',
      fs: {
        ...fs,
        rmSync: () => {
          throw full;
        },
      },
    });
    expect(entry.set(false).problem).toBe(
      `Launch at login could not be turned off: ${folder} cannot be used (ENOSPC).`,
    );
  });
});
