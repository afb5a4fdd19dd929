/**
 * Quitting waits for core to finish what must not be lost (deletes past their undo window, state
 * on disk), once, then lets the app go. A shutdown that hangs (a dead network) is cut short: the
 * outbox on disk still holds whatever was not sent.
 */
import { app } from 'electron';
import type { Clock, Logger } from '../../core';

const SHUTDOWN_LIMIT_MS = 10_000;

export interface QuitAfterShutdownOptions {
  shutdown(): Promise<void>;
  unregisterShortcuts(): void;
  closeLog(): Promise<void>;
  clock: Clock;
  logger: Logger;
}

export function quitAfterShutdown(options: QuitAfterShutdownOptions): void {
  const { clock, logger } = options;
  let state: 'running' | 'shutting-down' | 'done' = 'running';

  const finish = async () => {
    let timeUp = (): void => undefined;
    const limit = new Promise<'timed-out'>((resolve) => {
      timeUp = () => resolve('timed-out');
    });
    const timer = clock.setTimeout(() => timeUp(), SHUTDOWN_LIMIT_MS);
    try {
      const outcome = await Promise.race([options.shutdown().then(() => 'done' as const), limit]);
      if (outcome === 'timed-out') logger.warn('Shutdown took too long; quitting with pending work kept on disk');
    } catch (error) {
      logger.error('Shutdown failed', { error: error instanceof Error ? error.message : String(error) });
    } finally {
      clock.clearTimeout(timer);
    }
    logger.info('Omi Tray stopped');
    await options.closeLog();
    state = 'done';
    app.quit();
  };

  app.on('will-quit', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'shutting-down') return;
    state = 'shutting-down';
    options.unregisterShortcuts();
    void finish();
  });

  // Ctrl+C in a terminal or a session ending: the same orderly way out.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
}
