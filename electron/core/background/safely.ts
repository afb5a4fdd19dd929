/**
 * The one way to call into a port or a listener whose failure must not stop the caller (a tray that
 * cannot be drawn must not keep the snapshot from the popover): the failure is logged instead.
 */
import type { Logger } from '../ports';

export function safely(logger: Logger, what: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    logger.error(`${what} failed`, { error: String(error) });
  }
}
