/** The global quick-edit shortcut. */
import { globalShortcut } from 'electron';
import type { Logger, ShortcutPort } from '../../core';

export function createShortcuts(logger: Logger): ShortcutPort {
  return {
    register(accelerator, onPress) {
      try {
        // false when another application owns the accelerator; core tells the user.
        return globalShortcut.register(accelerator, onPress);
      } catch (error) {
        // Thrown for an accelerator Electron cannot read.
        logger.warn('The shortcut could not be registered', { accelerator, error: String(error) });
        return false;
      }
    },
    unregisterAll: () => globalShortcut.unregisterAll(),
  };
}
