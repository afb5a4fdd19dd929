/** Which failures mean "the server will never take this change" and which mean "try again later". */
import type { AppError } from '../../shared/app-error';

/** Worth another try: the network, the server or our key may recover. */
export function isTransient(error: AppError): boolean {
  return error.kind === 'offline' || error.kind === 'server' || error.kind === 'rate_limited' || error.kind === 'unauthorized';
}

/** The server answered without acting on it, or the request never left: nothing was saved (created, changed or deleted). */
export function provesNothingSaved(error: AppError): boolean {
  return error.neverSent === true || error.kind === 'rate_limited' || error.kind === 'unauthorized' || !isTransient(error);
}
