/**
 * An installed app started with a debugging switch on its command line: the main script refuses it
 * before anything else (no data folder, no single-instance lock, no app:// scheme), says why in a
 * message box and exits with 1. Run on the Electron double with app.isPackaged true.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Read by the double's app when it is made: an installed app.
process.env.OMI_TRAY_DOUBLE = JSON.stringify({ packaged: true });
vi.mock('electron', async () => (await import('../../electron-double/electron-main')).electronMain);
const { app } = await import('../../electron-double/main/app');
const { errorBoxes } = await import('../../electron-double/main/dialog');
const { protocol } = await import('../../electron-double/main/protocol');

const savedArgv = [...process.argv];
const savedEnv = { ...process.env };
const exitCodes: number[] = [];
const exit = app.exit;
const readyCalls = vi.spyOn(app, 'whenReady');

beforeAll(async () => {
  process.argv.push('--remote-debugging-port=9222');
  // The double's exit would end this process; here it is only recorded.
  app.exit = (code = 0) => void exitCodes.push(code);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await import('../../../electron/main/index');
});

afterAll(() => {
  app.exit = exit;
  process.argv.splice(0, process.argv.length, ...savedArgv);
  process.env = savedEnv;
});

describe('an installed app started with --remote-debugging-port', () => {
  it('says why in a message box and exits with 1', () => {
    expect(app.isPackaged).toBe(true);
    expect(errorBoxes).toEqual([
      {
        title: 'Omi Tray could not start',
        content:
          'Omi Tray could not start: Omi Tray does not start with --remote-debugging-port: other apps could control it.',
      },
    ]);
    expect(exitCodes).toEqual([1]);
  });

  it('does nothing else first: no lock, no app:// scheme, no wait for ready', () => {
    expect(app.hasSingleInstanceLock()).toBe(false);
    expect(protocol.privileged).toEqual([]);
    expect(readyCalls).not.toHaveBeenCalled();
  });
});
