/**
 * The popover's Content Security Policies, as plain strings (no Electron here: the Vite config and
 * tests use them too). Built pages need no network at all; the dev server's page also needs Vite's
 * injected <style> tags and its hot-reload WebSocket, allowed for that one origin only.
 */

const ASSETS = ["img-src 'self' data:", "font-src 'self'"];
const NO_FORMS_OR_FRAMING = ["base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"];

/** In the same order as the meta tag in src/index.html, which is this minus frame-ancestors. */
export const STRICT_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  ...ASSETS,
  "connect-src 'none'",
  ...NO_FORMS_OR_FRAMING,
].join('; ');

/**
 * `devUrl`: the dev server's URL (ELECTRON_RENDERER_URL), e.g. http://localhost:5173/. `forMeta`:
 * without frame-ancestors, which a meta tag may not carry (Chromium warns and ignores it).
 */
export function devServerPolicy(devUrl: string, options: { forMeta?: boolean } = {}): string {
  const url = new URL(devUrl);
  const origin = url.origin;
  const socket = `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
  return [
    "default-src 'none'",
    `script-src 'self' ${origin}`,
    // Vite injects every stylesheet as a <style> tag in development.
    `style-src 'self' ${origin} 'unsafe-inline'`,
    ...ASSETS,
    `connect-src 'self' ${origin} ${socket}`,
    ...NO_FORMS_OR_FRAMING.filter((directive) => !options.forMeta || !directive.startsWith('frame-ancestors')),
  ].join('; ');
}
