/**
 * How long to wait before trying the outbox again after the network or the server failed:
 * doubling from a few seconds to a few minutes, so an outage costs few requests against the
 * hourly write budget, and never sooner than the server asked (Retry-After).
 */
import type { AppError } from '../../shared/app-error';

export const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 5 * 60_000;

export function retryDelayMs(failures: number, error: AppError): number {
  // A refused key will not heal by itself; a new connect retries at once anyway.
  const backoff =
    error.kind === 'unauthorized'
      ? LONGEST_RETRY_MS
      : Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), LONGEST_RETRY_MS);
  const asked = (error.retryAfterSeconds ?? 0) * 1000;
  return Math.max(backoff, asked);
}
