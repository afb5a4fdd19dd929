/**
 * Quitting waits for core to save what must not be lost, once, then quits; a shutdown that hangs
 * (a dead network) is cut short after ten seconds, and one that fails is logged. Ctrl+C and the
 * session ending quit the same way.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quitAfterShutdown } from '../../../../electron/main/lifecycle/quit-after-shutdown';
import { app } from '../../../electron-double/main/app';
import { electronEvent } from '../../../electron-double/main/electron-event';
import { FakeClock } from '../../core/support/fake-clock';
import { settled } from '../support/page-host';
import { recordingLogger } from '../../../doubles/recording-logger';

vi.mock('electron', async () => (await import('../../../electron-double/electron-main')).electronMain);

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let signalListeners: Map<NodeJS.Signals, NodeJS.SignalsListener[]>;
let quits: number;

beforeEach(() => {
  signalListeners = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  app.removeAllListeners('will-quit');
  quits = 0;
  // The double's quit would end this process; here it is only counted.
  vi.spyOn(app, 'quit').mockImplementation(() => {
    quits += 1;
  });
});

afterEach(() => {
  // Only the listeners this test added go.
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!signalListeners.get(signal)?.includes(listener)) process.off(signal, listener);
    }
  }
});

/** Electron's 'will-quit'; true when the app held the quit back. */
function willQuit(): boolean {
  const event = electronEvent();
  app.emit('will-quit', event);
  return event.defaultPrevented;
}

function setUp(shutdown: () => Promise<void>) {
  const clock = new FakeClock();
  const { logger, lines } = recordingLogger();
  const steps: string[] = [];
  quitAfterShutdown({
    shutdown: () => {
      steps.push('shutdown');
      return shutdown();
    },
    unregisterShortcuts: () => steps.push('shortcuts released'),
    closeLog: async () => {
      steps.push('log closed');
    },
    clock,
    logger,
  });
  return { clock, lines, steps };
}

describe('quitting', () => {
  it('waits for the shutdown, once, then quits for good', async () => {
    let finishShutdown = (): void => undefined;
    const { steps, lines } = setUp(() => new Promise<void>((resolve) => (finishShutdown = resolve)));
    expect(willQuit()).toBe(true);
    expect(willQuit()).toBe(true);
    await settled();
    expect(steps).toEqual(['shortcuts released', 'shutdown']);
    expect(quits).toBe(0);

    finishShutdown();
    await settled();
    expect(steps).toEqual(['shortcuts released', 'shutdown', 'log closed']);
    expect(lines.map((line) => line.message)).toEqual(['Omi Tray stopped']);
    expect(quits).toBe(1);
    expect(willQuit()).toBe(false);
  });

  it('gives up on a shutdown that hangs after ten seconds, keeping the pending work on disk', async () => {
    const { clock, lines } = setUp(() => new Promise<void>(() => undefined));
    willQuit();
    clock.advance(9_999);
    await settled();
    expect(quits).toBe(0);
    clock.advance(1);
    await settled();
    expect(lines.map((line) => `${line.level} ${line.message}`)).toEqual([
      'warn Shutdown took too long; quitting with pending work kept on disk',
      'info Omi Tray stopped',
    ]);
    expect(quits).toBe(1);
  });

  it('still quits when the shutdown fails, saying why', async () => {
    const { lines, clock } = setUp(() => Promise.reject(new Error('disk full')));
    willQuit();
    await settled();
    expect(lines[0]).toEqual({ level: 'error', message: 'Shutdown failed', context: { error: 'disk full' } });
    expect(quits).toBe(1);
    expect(clock.pendingDelays()).toEqual([]);
  });

  it.each(SIGNALS)('quits the same orderly way on %s', (signal) => {
    setUp(async () => undefined);
    process.emit(signal, signal);
    expect(quits).toBe(1);
  });
});
