/**
 * The renderer's Content Security Policy, sent as a header for our pages on top of the page's own
 * meta tag. The popover needs no network at all: the main process talks to the Omi API. Under the
 * dev server the policy is relaxed for that server's origin only (csp-policies.ts).
 */
import { session } from 'electron';
import { isRendererUrl } from '../../core';
import { devServerPolicy, STRICT_POLICY } from './csp-policies';

/**
 * The renderer page the policy is for (what ../app-paths.ts's RendererLocation says of it): its URL,
 * and whether the dev server serves it. Named here, so security/ needs nothing from the files above it.
 */
interface PolicedPage {
  url: string;
  devServer: boolean;
}

export function contentSecurityPolicy(renderer: PolicedPage): string {
  return renderer.devServer ? devServerPolicy(renderer.url) : STRICT_POLICY;
}

export function sendContentSecurityPolicy(renderer: PolicedPage): void {
  const policy = contentSecurityPolicy(renderer);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    // Also sees the API responses of net.fetch: those pass untouched.
    if (!isRendererUrl(details.url, renderer.url)) {
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
}
