import { describe, expect, it, vi } from 'vitest';
import type { TrayMenuEntry } from '../../../../electron/core/ports';
import { trayMenuTemplate } from '../../../../electron/main/adapters/tray-menu';

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
