/**
 * Every failure the user may hear about, as a value with a kind.
 * Mapped once from HTTP (core/omi-error) and once into words (describeError).
 */
type AppErrorKind =
  | 'offline'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'locked'
  | 'validation'
  | 'rate_limited'
  | 'server'
  | 'cannot_clear_due_date'
  | 'keychain_unavailable'
  | 'invalid_input';

export interface AppError {
  kind: AppErrorKind;
  /** The words shown to the user. */
  message: string;
  /** Server detail or extra context, already safe to show (never contains the key). */
  detail?: string;
  /** For rate_limited: seconds the server asked us to wait. */
  retryAfterSeconds?: number;
  /** For offline: no connection was ever made (refused, name not found, no network), so nothing can have been saved. */
  neverSent?: true;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: AppError): Result<T> => ({ ok: false, error });
