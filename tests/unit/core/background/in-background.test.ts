/**
 * Work nobody waits for (a timer's refresh, a tick from the tray menu) fails into the log in words,
 * whether it rejects later or throws before it has started: never as an unhandled rejection.
 */
import { describe, expect, it } from 'vitest';
import { inBackground } from '../../../../electron/core/background/in-background';
import { recordingLogger } from '../../../doubles/recording-logger';

const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('work in the background', () => {
  it('logs a rejection, naming the work', async () => {
    const { logger, lines } = recordingLogger();
    inBackground(logger, 'Ticking from the tray', Promise.reject(new Error('offline')));
    await settled();
    expect(lines).toEqual([
      { level: 'error', message: 'Ticking from the tray failed', context: { error: 'Error: offline' } },
    ]);
  });

  it('logs work that throws before it has started', () => {
    const { logger, lines } = recordingLogger();
    inBackground(logger, 'Background refresh', () => {
      throw new Error('no store loaded');
    });
    expect(lines).toEqual([
      { level: 'error', message: 'Background refresh failed', context: { error: 'Error: no store loaded' } },
    ]);
  });

  it('stays quiet when the work succeeds', async () => {
    const { logger, lines } = recordingLogger();
    inBackground(logger, 'Background refresh', async () => 'done');
    await settled();
    expect(lines).toEqual([]);
  });
});
