/**
 * The renderer's Content Security Policy, sent as a header for our pages on top of the page's own
 * meta tag. The popover needs no network at all: the main process talks to the Omi API.
 */
import { session } from 'electron';
import { isRendererUrl } from '../../core/ipc/sender-policy';
import type { RendererLocation } from '../app-paths';

const STRICT = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The dev server injects styles and talks to the page over a WebSocket for hot reload: only its origin is allowed. */
function devServerPolicy(devUrl: string): string {
  const origin = new URL(devUrl);
  const socket = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
  return [
    "default-src 'none'",
    `script-src 'self'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${socket}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function contentSecurityPolicy(renderer: RendererLocation): string {
  return renderer.devServer ? devServerPolicy(renderer.url) : STRICT;
}

/** The production policy, also sent by the app:// handler with the page. */
export const STRICT_CONTENT_SECURITY_POLICY = STRICT;

export function sendContentSecurityPolicy(renderer: RendererLocation): void {
  const policy = contentSecurityPolicy(renderer);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    // Also sees the API responses of net.fetch: those pass untouched.
    if (!isRendererUrl(details.url, renderer.url)) {
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
}
