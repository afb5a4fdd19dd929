import { describe, expect, it, vi } from 'vitest';
import type { TrayMenuEntry } from '../../../../electron/core/ports';
import { sameMenu, trayMenuTemplate } from '../../../../electron/main/adapters/tray-menu';

const entries = (run: () => void): TrayMenuEntry[] => [
  { label: 'Open', kind: 'action', run },
  { label: '', kind: 'separator' },
  { label: 'Call Ana & Bo — Today 17:00', kind: 'checkbox', checked: false, run },
  { label: 'Reminders paused until 18:00', kind: 'action', enabled: false },
];

describe('the tray menu built from the tray view', () => {
  it('keeps order, kinds and states, and clicks run the entry', () => {
    const run = vi.fn();
    const template = trayMenuTemplate(entries(run), 'darwin');
    expect(template.map((item) => item.type)).toEqual(['normal', 'separator', 'checkbox', 'normal']);
    expect(template[2]).toMatchObject({ label: 'Call Ana & Bo — Today 17:00', checked: false, enabled: true });
    expect(template[3]).toMatchObject({ enabled: false });
    template[2]?.click?.({} as never, undefined, {} as never);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it.each(['win32', 'linux'] as const)('shows "&" as typed on %s, where it would mark a mnemonic', (platform) => {
    const template = trayMenuTemplate(
      entries(() => undefined),
      platform,
    );
    expect(template[2]?.label).toBe('Call Ana && Bo — Today 17:00');
  });

  it('leaves a click on a disabled line harmless', () => {
    const template = trayMenuTemplate(
      entries(() => undefined),
      'linux',
    );
    expect(() => template[3]?.click?.({} as never, undefined, {} as never)).not.toThrow();
  });
});

describe('whether two menus show the same lines', () => {
  const lines = entries(() => undefined);

  it('holds for the same kinds, words, ticks and enabled states, whatever the actions', () => {
    expect(
      sameMenu(
        lines,
        entries(() => 'another action'),
      ),
    ).toBe(true);
    // An absent tick is no tick, an absent enabled state is enabled.
    expect(
      sameMenu([{ label: 'Open', kind: 'action' }], [{ label: 'Open', kind: 'action', checked: false, enabled: true }]),
    ).toBe(true);
  });

  it.each([
    ['other words', (next: TrayMenuEntry[]) => (next[0] = { ...next[0]!, label: 'Open Omi Tray' })],
    ['a tick', (next: TrayMenuEntry[]) => (next[2] = { ...next[2]!, checked: true })],
    ['an enabled state', (next: TrayMenuEntry[]) => (next[3] = { ...next[3]!, enabled: true })],
    ['another kind', (next: TrayMenuEntry[]) => (next[0] = { ...next[0]!, kind: 'checkbox' })],
    ['a line more', (next: TrayMenuEntry[]) => next.push({ label: 'Quit', kind: 'action' })],
    ['a line fewer', (next: TrayMenuEntry[]) => next.pop()],
  ])('does not hold for %s', (_change, change) => {
    const next = entries(() => undefined);
    change(next);
    expect(sameMenu(lines, next)).toBe(false);
  });
});
