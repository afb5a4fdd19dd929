/**
 * Registers the global quick-edit shortcut. When another app owns it the user must hear it where
 * they look (popover and tray menu), with the two ways out: another shortcut, or binding the
 * `--quick-edit` command in the desktop's own keyboard settings (also the way on Wayland).
 */
import type { ShortcutPort } from '../ports';

export interface ShortcutOutcome {
  /** Null when registered; otherwise the full explanation for the popover. */
  warning: string | null;
  /** One short line for the tray menu. */
  trayLine: string | null;
}

export function registerQuickEditShortcut(
  shortcuts: ShortcutPort,
  accelerator: string,
  onPress: () => void,
): ShortcutOutcome {
  let registered = false;
  try {
    shortcuts.unregisterAll();
    registered = shortcuts.register(accelerator, onPress);
  } catch {
    registered = false;
  }
  if (registered) return { warning: null, trayLine: null };
  return {
    warning:
      `The quick edit shortcut ${accelerator} could not be registered; another app may be using it. ` +
      'Choose another under Settings → Quick edit shortcut, or bind the command "omi-tray --quick-edit" to a key in your desktop\'s keyboard settings.',
    trayLine: `Shortcut ${accelerator} is taken: change it in Settings`,
  };
}
