/**
 * HTTP for the Omi client through Chromium's network stack (Electron's net.fetch), which honours
 * the system's proxy settings and certificate store as users expect of a desktop app. It is made to
 * answer as standard fetch does, so core reads its outcomes one way.
 */

/** Electron's net.fetch, passed in so this adapter is tested in Node with one that behaves like it. */
export type NetFetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Electron does not say which 3xx it met: "Redirect was cancelled" is all it reports. 300 stands for
 * "some redirect", which core turns into "the API address sends Omi Tray elsewhere".
 */
const UNSPECIFIED_REDIRECT = 300;

export function createNetFetch(netFetch: NetFetch): typeof fetch {
  return async (input, init) => {
    const target = input instanceof URL ? input.href : input instanceof Request ? input.url : input;
    try {
      // No cookies and no HTTP cache: the Bearer key alone authorises, and nothing the API answers
      // should persist in Chromium's profile inside the data folder.
      return await netFetch(target, { ...init, credentials: 'omit', cache: 'no-store' });
    } catch (error) {
      if (isAbort(error)) throw error;
      // Standard fetch with redirect: 'manual' answers a 3xx as a response; net.fetch rejects and
      // follows nothing. Answer as standard fetch does, so core says "sent elsewhere", not "offline".
      if (init?.redirect === 'manual' && isCancelledRedirect(error)) {
        return new Response(null, { status: UNSPECIFIED_REDIRECT, statusText: 'Redirect (not followed)' });
      }
      // net.fetch rejects with a plain Error ("net::ERR_CONNECTION_REFUSED"); standard fetch with a
      // TypeError. Core reads both as "offline" the same way when they look alike.
      throw new TypeError('fetch failed', { cause: error });
    }
  };
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

function isCancelledRedirect(error: unknown): boolean {
  return error instanceof Error && /redirect was cancelled/i.test(error.message);
}
