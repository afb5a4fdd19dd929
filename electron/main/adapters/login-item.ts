/** "Launch at login". Core applies the setting at every start, so "off" must stay quiet. */
import { app } from 'electron';
import type { LoginItemPort, Logger } from '../../core';

export function createLoginItem(options: { platform: NodeJS.Platform; packaged: boolean; logger: Logger }): LoginItemPort {
  const { platform, packaged, logger } = options;
  const supported = platform === 'darwin' || platform === 'win32';
  return {
    set(enabled) {
      if (!supported) {
        if (enabled) {
          logger.warn("Launch at login is not supported on this platform; add Omi Tray to your desktop's startup applications instead", {
            platform,
          });
        }
        return;
      }
      if (!packaged) {
        // An unpackaged run would register the bare Electron binary, which opens Electron's default app at login.
        if (enabled) logger.info('Launch at login is only set for the installed app');
        return;
      }
      app.setLoginItemSettings({ openAtLogin: enabled });
    },
  };
}
