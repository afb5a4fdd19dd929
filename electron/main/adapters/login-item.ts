/**
 * "Launch at login" as each system does it: an XDG autostart entry on Linux (the installed
 * executable, or the AppImage file itself), Electron's login items on macOS and Windows. An
 * unpackaged run would register the bare Electron binary, so it only says that in words.
 */
import * as fs from 'node:fs';
import { homedir } from 'node:os';
import { app } from 'electron';
import type { LoginItemState } from '../../shared/login-item';
import { autostartEntry, autostartFolder, type LoginItemPort, type Logger } from '../../core';
import { autostartExecutable } from './linux-executable';

export function createLoginItem(options: {
  platform: NodeJS.Platform;
  packaged: boolean;
  env: NodeJS.ProcessEnv;
  logger: Logger;
}): LoginItemPort {
  const { platform, packaged, env, logger } = options;
  if (!packaged) return fixed('Only the installed app can launch at login.');
  if (platform === 'linux') {
    const entry = autostartEntry({
      folder: autostartFolder(env.XDG_CONFIG_HOME, homedir()),
      executable: autostartExecutable(env, process.execPath),
      fs,
    });
    return logged(entry, logger);
  }
  if (platform !== 'darwin' && platform !== 'win32')
    return fixed("Launch at login is not available here: add Omi Tray to your desktop's startup applications.");
  const state = (problem: string | null = null): LoginItemState => ({
    enabled: app.getLoginItemSettings().openAtLogin,
    canChange: true,
    problem,
  });
  return logged(
    {
      state: () => state(),
      set(enabled) {
        try {
          app.setLoginItemSettings({ openAtLogin: enabled });
          return state();
        } catch (error) {
          return state(
            `The system refused launch at login (${error instanceof Error ? error.message : String(error)}).`,
          );
        }
      },
    },
    logger,
  );
}

function fixed(problem: string): LoginItemPort {
  const state: LoginItemState = { enabled: false, canChange: false, problem };
  return { state: () => state, set: () => state };
}

function logged(port: LoginItemPort, logger: Logger): LoginItemPort {
  return {
    state: () => port.state(),
    set(enabled) {
      const after = port.set(enabled);
      if (after.problem) logger.warn(after.problem);
      return after;
    },
  };
}
