/**
 * Whether a failed request never left this machine: the connection itself could not be made (refused,
 * the name not found, no network). Then the server cannot have saved it, and a create or an edit can be
 * sent again at once instead of waiting to see whether it was saved late. Anything else (a reset, a
 * timeout, a connection dropped mid-answer) may have reached the server.
 */

/** Node's codes (undici puts them on the error's cause) for a connection that was never made. */
const NODE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);
/** Chromium's (Electron's net.fetch) words for the same. */
const CHROMIUM_ERRORS =
  /net::ERR_(CONNECTION_REFUSED|NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|ADDRESS_UNREACHABLE|PROXY_CONNECTION_FAILED|NAME_RESOLUTION_FAILED)\b/;

export function connectionNeverMade(error: unknown): boolean {
  // The error, then its causes (fetch wraps them), a few levels deep at most.
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && NODE_CODES.has(code)) return true;
    if (typeof message === 'string' && CHROMIUM_ERRORS.test(message)) return true;
    current = cause;
  }
  return false;
}
