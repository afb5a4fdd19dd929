/**
 * Chromium pages opened by Playwright know nothing of the app's own schemes (app://omi-tray/), so
 * the electron-double shell shows such a page at a stand-in http URL under `.localhost` (a secure
 * context, like a privileged scheme) and routes every request there to the app's protocol handler.
 * The calling frame's URL is turned back before the app's sender policy sees it.
 */
const WEB_SCHEMES = new Set(['http:', 'https:', 'file:', 'data:', 'about:', 'blob:']);
const SUFFIX = '.scheme.localhost';

/** Whether the app serves this URL itself through `protocol.handle`. */
export function isAppScheme(url: string): boolean {
  return !WEB_SCHEMES.has(new URL(url).protocol);
}

/** app://omi-tray/index.html → http://omi-tray.app.scheme.localhost/index.html */
export function toPageUrl(url: string): string {
  const parsed = new URL(url);
  const scheme = parsed.protocol.slice(0, -1);
  return `http://${parsed.host}.${scheme}${SUFFIX}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The inverse of toPageUrl; any other URL is returned as it is. */
export function fromPageUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' || !parsed.hostname.endsWith(SUFFIX)) return url;
  const [host, scheme] = splitLast(parsed.hostname.slice(0, -SUFFIX.length));
  return `${scheme}://${host}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The stand-in origin of an app-scheme URL, for routing every request the page makes there. */
export function pageOrigin(url: string): string {
  return new URL(toPageUrl(url)).origin;
}

function splitLast(hostAndScheme: string): [string, string] {
  const dot = hostAndScheme.lastIndexOf('.');
  return [hostAndScheme.slice(0, dot), hostAndScheme.slice(dot + 1)];
}
