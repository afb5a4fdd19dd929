/**
 * net.fetch over Node's fetch, with Electron's differences where the app can meet them: failures
 * reject with a plain Error named after Chromium's net error ("net::ERR_CONNECTION_REFUSED"), not
 * with TypeError("fetch failed"); `redirect: 'manual'` rejects with "Redirect was cancelled"
 * instead of answering the 3xx; only http(s) URLs (file:, data: etc. need protocol handlers here).
 */
import type { Net } from 'electron';

const NET_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'net::ERR_CONNECTION_REFUSED',
  ECONNRESET: 'net::ERR_CONNECTION_RESET',
  ENOTFOUND: 'net::ERR_NAME_NOT_RESOLVED',
  EAI_AGAIN: 'net::ERR_NAME_NOT_RESOLVED',
  ETIMEDOUT: 'net::ERR_CONNECTION_TIMED_OUT',
  UND_ERR_SOCKET: 'net::ERR_CONNECTION_CLOSED',
  EPIPE: 'net::ERR_CONNECTION_RESET',
};

async function netFetch(
  input: string | Request,
  init?: RequestInit & { bypassCustomProtocolHandlers?: boolean },
): Promise<Response> {
  const url = new URL(typeof input === 'string' ? input : input.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('net::ERR_UNKNOWN_URL_SCHEME');
  const { bypassCustomProtocolHandlers: _bypass, ...rest } = init ?? {};
  const manual = rest.redirect === 'manual';
  let response: Response;
  try {
    response = await fetch(input, rest);
  } catch (error) {
    if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) throw error;
    const code = (error as { cause?: { code?: string } }).cause?.code;
    throw new Error(code ? (NET_ERRORS[code] ?? 'net::ERR_FAILED') : 'net::ERR_FAILED');
  }
  if (manual && response.status >= 300 && response.status < 400 && response.headers.has('location')) {
    await response.body?.cancel();
    throw new Error('Redirect was cancelled');
  }
  return response;
}

export const net = {
  fetch: netFetch,
  isOnline: () => true,
} satisfies Pick<Net, 'fetch' | 'isOnline'>;
