/**
 * The quick-edit shortcut and wake-ups as the OS delivers them: a chord another app owns or one
 * Electron cannot read is not registered (core tells the user), and reminders are re-planned both
 * after sleep and after the screen is unlocked.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createPower } from '../../../../electron/main/adapters/power';
import { createShortcuts } from '../../../../electron/main/adapters/shortcuts';
import { pressShortcut, registeredShortcuts } from '../../../electron-double/main/global-shortcut';
import { powerMonitor } from '../../../electron-double/main/power-monitor';
import { recordingLogger } from '../../../doubles/recording-logger';

vi.hoisted(() => {
  // Read by the double when it loads: this chord belongs to another application.
  process.env.OMI_TRAY_DOUBLE = JSON.stringify({ takenShortcuts: ['Alt+Space'] });
});
vi.mock('electron', async () => (await import('../../../electron-double/electron-main')).electronMain);
afterAll(() => {
  delete process.env.OMI_TRAY_DOUBLE;
});

describe('the quick-edit shortcut', () => {
  it('is registered and calls back when pressed, until all are released', () => {
    const shortcuts = createShortcuts(recordingLogger().logger);
    const presses: string[] = [];
    expect(shortcuts.register('CommandOrControl+Shift+O', () => presses.push('quick edit'))).toBe(true);
    pressShortcut('CommandOrControl+Shift+O');
    expect(presses).toEqual(['quick edit']);
    shortcuts.unregisterAll();
    expect(registeredShortcuts()).toEqual([]);
  });

  it('is not had when another application owns the chord', () => {
    const { logger, lines } = recordingLogger();
    expect(createShortcuts(logger).register('Alt+Space', () => undefined)).toBe(false);
    expect(lines).toEqual([]);
  });

  it('is not registered, and the log says why, when Electron cannot read the chord', () => {
    const { logger, lines } = recordingLogger();
    expect(createShortcuts(logger).register('Ctrl++', () => undefined)).toBe(false);
    expect(registeredShortcuts()).toEqual([]);
    expect(lines).toEqual([
      {
        level: 'warn',
        message: 'The shortcut could not be registered',
        context: { accelerator: 'Ctrl++', error: 'Error: Failed to parse accelerator: Ctrl++' },
      },
    ]);
  });
});

describe('waking up', () => {
  it('calls back after sleep and after the screen is unlocked, not when it goes to sleep or locks', () => {
    const woke: string[] = [];
    createPower().onWake(() => woke.push('wake'));
    powerMonitor.happen('suspend');
    powerMonitor.happen('lock-screen');
    expect(woke).toEqual([]);
    powerMonitor.happen('resume');
    powerMonitor.happen('unlock-screen');
    expect(woke).toEqual(['wake', 'wake']);
  });
});
