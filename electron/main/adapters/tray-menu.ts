/** The tray's context menu, built from core's TrayView, and whether two views' menus look the same. */
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

/** Whether two menus show the same lines: the same kinds, words, ticks and enabled states, in order. */
export function sameMenu(shown: readonly TrayMenuEntry[], next: readonly TrayMenuEntry[]): boolean {
  return (
    shown.length === next.length &&
    shown.every((line, index) => {
      const other = next[index];
      return (
        other !== undefined &&
        line.kind === other.kind &&
        line.label === other.label &&
        (line.checked ?? false) === (other.checked ?? false) &&
        (line.enabled ?? true) === (other.enabled ?? true)
      );
    })
  );
}
