/** Which failures mean "the server will never take this change" and which mean "try again later". */
import type { AppError } from '../../shared/app-error';

/** A change the server will never take, dropped from the outbox; the user hears why. */
export interface Refusal {
  /** The item's id as the popover knows it (a local id for a refused create). */
  id: string;
  error: AppError;
  /** What was being sent. */
  action: 'update' | 'create' | 'delete';
}

/** Worth another try: the network, the server or our key may recover. */
export function isTransient(error: AppError): boolean {
  return (
    error.kind === 'offline' ||
    error.kind === 'server' ||
    error.kind === 'rate_limited' ||
    error.kind === 'unauthorized'
  );
}

/** The server answered without acting on it, or the request never left: nothing was saved (created, changed or deleted). */
export function provesNothingSaved(error: AppError): boolean {
  return (
    error.neverSent === true || error.kind === 'rate_limited' || error.kind === 'unauthorized' || !isTransient(error)
  );
}

/**
 * The write may have been carried out though no good answer came: no answer at all (timeout,
 * dropped connection), or server trouble (a gateway's 502/504, an unreadable 5xx), which may come
 * after Omi saved (Omi's PATCH saves before a slow notification call). Like a timeout: look, or
 * wait out a late save, before anything that depends on it.
 */
export function outcomeUnknown(error: AppError): boolean {
  return (error.kind === 'offline' && error.neverSent !== true) || error.kind === 'server';
}
