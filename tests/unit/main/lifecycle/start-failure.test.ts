/**
 * An installed app ignores the development-only OMI_TRAY_* variables, and a start that fails says
 * why in a message box and exits, instead of crashing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { environmentFor } from '../../../../electron/main/adapters/automation-env';
import { failToStart, startFailureWords } from '../../../../electron/main/lifecycle/start-failure';
import { app } from '../../../electron-double/main/app';
import { errorBoxes } from '../../../electron-double/main/dialog';

vi.mock('electron', async () => (await import('../../../electron-double/electron-main')).electronMain);

afterEach(() => {
  errorBoxes.length = 0;
  vi.restoreAllMocks();
});

const AUTOMATION = {
  OMI_TRAY_DATA_DIR: '/home/someone',
  OMI_TRAY_SECRET_STORE: 'memory',
  OMI_TRAY_KEYCHAIN_SERVICE: 'Other',
  OMI_TRAY_DEBUG: '1',
  HOME: '/home/someone',
};

describe('the environment an installed app reads', () => {
  it('has no OMI_TRAY_DATA_DIR, OMI_TRAY_SECRET_STORE or OMI_TRAY_KEYCHAIN_SERVICE', () => {
    expect(environmentFor(AUTOMATION, true)).toEqual({ OMI_TRAY_DEBUG: '1', HOME: '/home/someone' });
  });

  it('keeps them in a development run, and never changes the environment it was given', () => {
    const env = { ...AUTOMATION };
    expect(environmentFor(env, false)).toEqual(AUTOMATION);
    environmentFor(env, true);
    expect(env).toEqual(AUTOMATION);
  });
});

describe('a start that fails', () => {
  it('shows a message box with words and exits with 1', () => {
    const exit = vi.spyOn(app, 'exit').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failToStart(new Error("EACCES: permission denied, mkdir '/data/Omi Tray'"));
    expect(errorBoxes).toEqual([
      {
        title: 'Omi Tray could not start',
        content: "Omi Tray could not start: EACCES: permission denied, mkdir '/data/Omi Tray'.",
      },
    ]);
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('words anything thrown as one sentence', () => {
    expect(startFailureWords('no keychain.')).toBe('Omi Tray could not start: no keychain.');
  });
});
