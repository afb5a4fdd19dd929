/**
 * HTTP for the Omi client through Chromium's network stack, which honours the system's proxy
 * settings and certificate store as users expect of a desktop app.
 */
import { net } from 'electron';

export function createNetFetch(): typeof fetch {
  return async (input, init) => {
    const target = input instanceof URL ? input.href : input;
    try {
      // No cookies and no HTTP cache: the Bearer key alone authorises, and nothing the API answers
      // should persist in Chromium's profile inside the data folder.
      return await net.fetch(target, { ...init, credentials: 'omit', cache: 'no-store' });
    } catch (error) {
      if (isAbort(error)) throw error;
      // net.fetch rejects with a plain Error ("net::ERR_CONNECTION_REFUSED"); standard fetch with a
      // TypeError. Core reads both as "offline" the same way when they look alike.
      throw new TypeError('fetch failed', { cause: error });
    }
  };
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}
