/**
 * Launch at login on Linux desktops: an XDG autostart entry, `omi-tray.desktop` in
 * $XDG_CONFIG_HOME/autostart (~/.config/autostart by default), that starts the installed
 * executable. The folder and the file functions come in, so a test writes real files in a temp folder.
 */
import { isAbsolute, join } from 'node:path';
import type { LoginItemState } from '../../shared/login-item';
import type { LoginItemPort } from '../ports';

const AUTOSTART_FILE_NAME = 'omi-tray.desktop';

/** The file functions the entry needs (node:fs fits). */
export interface AutostartFs {
  existsSync(path: string): boolean;
  mkdirSync(path: string, options: { recursive: true }): unknown;
  writeFileSync(path: string, text: string, options: { mode: number }): void;
  rmSync(path: string, options: { force: true }): void;
}

/** $XDG_CONFIG_HOME/autostart; a relative or empty XDG_CONFIG_HOME is ignored, as the XDG spec says. */
export function autostartFolder(xdgConfigHome: string | undefined, home: string): string {
  const config = xdgConfigHome && isAbsolute(xdgConfigHome) ? xdgConfigHome : join(home, '.config');
  return join(config, 'autostart');
}

/** The Exec key quotes the path, so spaces and the characters the spec reserves are safe. */
export function desktopEntry(executable: string): string {
  const quoted = `"${executable.replace(/[\\"`$]/g, (c) => `\\${c}`)}"`;
  // A desktop file's string values escape backslashes once more; % is a field code unless doubled.
  const exec = quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Omi Tray',
    'Comment=Your Omi items in the tray',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function autostartEntry(options: { folder: string; executable: string; fs: AutostartFs }): LoginItemPort {
  const { folder, executable, fs } = options;
  const file = join(folder, AUTOSTART_FILE_NAME);
  const state = (problem: string | null = null): LoginItemState => ({
    enabled: fs.existsSync(file),
    canChange: true,
    problem,
  });

  return {
    state: () => state(),
    set(enabled) {
      if (/[\n\r]/.test(executable))
        return state('Launch at login cannot be set: the path of the app has a line break in it.');
      try {
        if (enabled) {
          fs.mkdirSync(folder, { recursive: true });
          fs.writeFileSync(file, desktopEntry(executable), { mode: 0o644 });
        } else {
          fs.rmSync(file, { force: true });
        }
        return state();
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          code === 'EACCES' || code === 'EPERM'
            ? 'it may not be written to'
            : code === 'ENOTDIR' || code === 'EEXIST'
              ? 'a file stands where the folder should be'
              : String(code ?? error);
        return state(
          `Launch at login could not be ${enabled ? 'turned on' : 'turned off'}: ${folder} cannot be used (${why}).`,
        );
      }
    },
  };
}
