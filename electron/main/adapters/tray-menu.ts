/** The tray's context menu, rebuilt from core's TrayView every time it changes. */
import type { MenuItemConstructorOptions } from 'electron';
import type { TrayMenuEntry } from '../../core';

export function trayMenuTemplate(
  entries: readonly TrayMenuEntry[],
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  return entries.map((entry) => {
    if (entry.kind === 'separator') return { type: 'separator' };
    return {
      type: entry.kind === 'checkbox' ? 'checkbox' : 'normal',
      label: menuLabel(entry.label, platform),
      checked: entry.checked ?? false,
      enabled: entry.enabled ?? true,
      click: () => entry.run?.(),
    };
  });
}

/** Windows and Linux read "&" as a mnemonic marker; item descriptions must show it as typed. */
function menuLabel(label: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? label : label.replaceAll('&', '&&');
}
