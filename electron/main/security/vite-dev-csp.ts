/**
 * A Vite plugin for the renderer: while the dev server runs, the page's meta CSP (which would block
 * Vite's injected styles and its hot-reload WebSocket) is replaced by the dev server's policy for
 * that server's own origin. Builds keep the strict meta tag untouched.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { devServerPolicy } from './csp-policies';

const META_CSP = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/i;

export function devServerCsp(): Plugin {
  let server: ViteDevServer | null = null;
  return {
    name: 'omi-tray-dev-server-csp',
    apply: 'serve',
    configureServer(devServer) {
      server = devServer;
    },
    transformIndexHtml(html) {
      const origin = server?.resolvedUrls?.local[0];
      if (origin === undefined) return html;
      return html.replace(
        META_CSP,
        `<meta http-equiv="Content-Security-Policy" content="${devServerPolicy(origin, { forMeta: true })}" />`,
      );
    },
  };
}
