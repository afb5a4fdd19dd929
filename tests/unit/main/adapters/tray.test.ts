/**
 * The tray icon per platform. macOS: template icons that follow the menu bar's look, the overdue
 * count beside the icon, a left click for the popover and a right click for the menu. Windows and
 * Linux: their own icon files and the menu as the icon's context menu, set again when its lines change.
 */
import { join } from 'node:path';
import type { Rectangle } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrayView } from '../../../../electron/core/ports';
import { createTrayIcon, type TrayIcon } from '../../../../electron/main/adapters/tray';
import type { MenuDouble } from '../../../electron-double/main/menu';
import { TrayDouble } from '../../../electron-double/main/tray';

vi.mock('electron', async () => (await import('../../../electron-double/electron-main')).electronMain);

const ICON_DIR = join(process.cwd(), 'resources', 'tray');

function view(overdue: number, run: () => void = () => undefined): TrayView {
  return {
    tooltip: overdue > 0 ? `Omi Tray — ${overdue} overdue` : 'Omi Tray — nothing due',
    overdue,
    dueToday: overdue,
    menu: [
      { label: 'Open Omi Tray', kind: 'action', run },
      { label: '', kind: 'separator' },
      { label: 'Call Ana & Bo', kind: 'checkbox', checked: false, run },
      { label: 'Quit', kind: 'action', run },
    ],
  };
}

function start(platform: NodeJS.Platform, onClick: () => void = () => undefined): { icon: TrayIcon; tray: TrayDouble } {
  const icon = createTrayIcon({ iconDir: ICON_DIR, platform, onClick });
  const tray = TrayDouble.all.at(-1);
  if (!tray) throw new Error('No tray icon was created');
  return { icon, tray };
}

const iconFile = (tray: TrayDouble) => (tray.image.path === null ? null : tray.image.path.slice(ICON_DIR.length + 1));
const labels = (menu: MenuDouble | null, platform: NodeJS.Platform) =>
  (menu?.entries() ?? []).filter((entry) => entry.type !== 'separator').map((entry) => entry.shownLabel(platform));

beforeEach(() => {
  for (const tray of [...TrayDouble.all]) tray.destroy();
});

describe('the tray icon on macOS', () => {
  it('uses template images, which follow the light or dark menu bar', () => {
    const { icon, tray } = start('darwin');
    expect(iconFile(tray)).toBe('trayTemplate.png');
    expect(tray.image.isTemplateImage()).toBe(true);
    icon.show(view(2));
    expect(iconFile(tray)).toBe('trayOverdueTemplate.png');
    expect(tray.image.isTemplateImage()).toBe(true);
  });

  it('shows the overdue count beside the icon in steady digits, and nothing once none is overdue', () => {
    const { icon, tray } = start('darwin');
    icon.show(view(3));
    expect(tray.title).toBe('3');
    expect(tray.titleOptions).toEqual({ fontType: 'monospacedDigit' });
    expect(tray.tooltip).toBe('Omi Tray — 3 overdue');
    icon.show(view(0));
    expect(tray.title).toBe('');
    expect(iconFile(tray)).toBe('trayTemplate.png');
    expect(tray.tooltip).toBe('Omi Tray — nothing due');
  });

  it('opens the popover on a left click and the menu on a right click, never the menu on a left click', () => {
    const clicks: string[] = [];
    const { icon, tray } = start('darwin', () => clicks.push('popover'));
    icon.show(view(1));
    expect(tray.contextMenu).toBeNull();
    expect(tray.getIgnoreDoubleClickEvents()).toBe(true);

    tray.click();
    expect(clicks).toEqual(['popover']);
    expect(tray.poppedUp).toBeNull();

    tray.rightClick();
    expect(labels(tray.poppedUp, 'darwin')).toEqual(['Open Omi Tray', 'Call Ana & Bo', 'Quit']);
    expect(clicks).toEqual(['popover']);
  });

  it('sets the count beside the icon only when it changes', () => {
    const { icon, tray } = start('darwin');
    icon.show(view(2));
    const setTitle = vi.spyOn(tray, 'setTitle');
    icon.show(view(2));
    expect(setTitle).not.toHaveBeenCalled();
    icon.show(view(3));
    expect(setTitle).toHaveBeenCalledTimes(1);
    expect(tray.title).toBe('3');
  });

  it('opens the latest menu on a right click, and none before the first one is built', () => {
    const { icon, tray } = start('darwin');
    tray.rightClick();
    expect(tray.poppedUp).toBeNull();
    const ran: string[] = [];
    icon.show(view(0, () => ran.push('first')));
    icon.show(view(0, () => ran.push('latest')));
    tray.rightClick();
    tray.poppedUp?.entries()[0]?.click();
    expect(ran).toEqual(['latest']);
  });

  it('places the popover by where the menu bar has the icon', () => {
    const { icon, tray } = start('darwin');
    tray.bounds = { x: 1500, y: 0, width: 22, height: 24 };
    expect(icon.bounds()).toEqual({ x: 1500, y: 0, width: 22, height: 24 });
  });
});

describe('the tray icon on Windows', () => {
  it('uses .ico files, switching to the overdue one while something is overdue, with no count beside it', () => {
    const { icon, tray } = start('win32');
    expect(iconFile(tray)).toBe('tray.ico');
    icon.show(view(4));
    expect(iconFile(tray)).toBe('tray-overdue.ico');
    expect(tray.title).toBe('');
    icon.show(view(0));
    expect(iconFile(tray)).toBe('tray.ico');
  });

  it('has the menu as its context menu, with "&" shown as typed', () => {
    const { icon, tray } = start('win32');
    icon.show(view(0));
    expect(labels(tray.contextMenu, 'win32')).toEqual(['Open Omi Tray', 'Call Ana & Bo', 'Quit']);
  });

  it('places the popover by where the click says the icon is, which getBounds misreports in the overflow flyout', () => {
    const clicks: string[] = [];
    const { icon, tray } = start('win32', () => clicks.push('popover'));
    tray.bounds = { x: 0, y: 0, width: 16, height: 16 };
    const inFlyout: Rectangle = { x: 1700, y: 980, width: 24, height: 24 };
    tray.click(inFlyout);
    expect(clicks).toEqual(['popover']);
    expect(icon.bounds()).toEqual(inFlyout);
  });
});

describe('the tray icon on Linux', () => {
  it('uses .png files', () => {
    const { icon, tray } = start('linux');
    expect(iconFile(tray)).toBe('tray.png');
    icon.show(view(1));
    expect(iconFile(tray)).toBe('tray-overdue.png');
    expect(tray.title).toBe('');
  });

  it('sets the menu again when its lines change, since the tray host only picks up a menu set anew', () => {
    const { icon, tray } = start('linux');
    const ran: string[] = [];
    icon.show(view(0, () => ran.push('first')));
    const first = tray.contextMenu;
    const changed = view(0, () => ran.push('second'));
    changed.menu[2] = {
      label: 'Call Ana & Bo — Today 17:00',
      kind: 'checkbox',
      checked: false,
      run: () => ran.push('call'),
    };
    icon.show(changed);
    expect(tray.contextMenu).not.toBe(first);
    expect(labels(tray.contextMenu, 'linux')).toEqual(['Open Omi Tray', 'Call Ana & Bo — Today 17:00', 'Quit']);
    tray.contextMenu?.entries()[0]?.click();
    tray.contextMenu?.entries()[2]?.click();
    expect(ran).toEqual(['second', 'call']);
  });

  it('keeps the menu, tooltip and icon while they look the same, as setting a menu again closes it if open, and runs the newest actions', () => {
    const { icon, tray } = start('linux');
    const ran: string[] = [];
    icon.show(view(1, () => ran.push('first')));
    const shown = tray.contextMenu;
    const setMenu = vi.spyOn(tray, 'setContextMenu');
    const setTooltip = vi.spyOn(tray, 'setToolTip');
    const setImage = vi.spyOn(tray, 'setImage');
    icon.show(view(1, () => ran.push('newest')));
    expect([setMenu, setTooltip, setImage].map((set) => set.mock.calls.length)).toEqual([0, 0, 0]);
    expect(tray.contextMenu).toBe(shown);
    tray.contextMenu?.entries()[0]?.click();
    expect(ran).toEqual(['newest']);
    // Only what changed is set: here the tooltip and icon, not the menu.
    icon.show(view(0, () => ran.push('later')));
    expect([setMenu, setTooltip, setImage].map((set) => set.mock.calls.length)).toEqual([0, 1, 1]);
    expect(tray.tooltip).toBe('Omi Tray — nothing due');
  });

  it('does not know where the icon is, so the popover is placed without it', () => {
    const { icon, tray } = start('linux');
    tray.click();
    expect(icon.bounds()).toBeNull();
  });

  it('goes away when destroyed', () => {
    const { icon, tray } = start('linux');
    icon.destroy();
    expect(tray.isDestroyed()).toBe(true);
    expect(TrayDouble.all).not.toContain(tray);
  });
});
