/**
 * The one way to start work nobody waits for (a timer's refresh, a tray click's edit): its failure
 * is logged instead of becoming an unhandled rejection.
 */
import type { Logger } from '../ports';

export function inBackground(logger: Logger, what: string, work: Promise<unknown> | (() => Promise<unknown>)): void {
  let promise: Promise<unknown>;
  try {
    promise = typeof work === 'function' ? work() : work;
  } catch (error) {
    logger.error(`${what} failed`, { error: String(error) });
    return;
  }
  promise.catch((error: unknown) => logger.error(`${what} failed`, { error: String(error) }));
}
