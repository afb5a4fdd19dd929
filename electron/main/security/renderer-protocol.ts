/**
 * The popover is served from app://omi-tray/ instead of file://: a file page may read other local
 * files, so Electron's GrantFileProtocolExtraPrivileges fuse could not be turned off, and every file
 * URL would share one origin. Only files inside the built renderer folder are answered; anything
 * that resolves outside it (../, %2e%2e, backslashes, NUL) is refused, and unknown files are 404.
 * Written without Electron so the path rules are tested in Node.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
const APP_HOST = 'omi-tray';
export const RENDERER_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export type RendererFile = { ok: true; path: string } | { ok: false; status: 400 | 404 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Which file under `rootDir` a request URL names, or why it names none. */
export function resolveRendererFile(rootDir: string, requestUrl: string): RendererFile {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (path.includes('\0') || path.includes('\\')) return { ok: false, status: 400 };
  if (path === '/' || path === '') path = '/index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${path}`);
  if (!file.startsWith(root + sep)) return { ok: false, status: 404 };
  return { ok: true, path: file };
}

/** The handler protocol.handle runs for app:// requests. HTML carries the page's CSP as a header. */
export function rendererProtocolHandler(options: {
  rootDir: string;
  contentSecurityPolicy: string;
}): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405);
    const found = resolveRendererFile(options.rootDir, request.url);
    if (!found.ok) return answer(found.status);
    try {
      if (!(await stat(found.path)).isFile()) return answer(404);
      const body = await readFile(found.path);
      const type = TYPES[extname(found.path).toLowerCase()] ?? 'application/octet-stream';
      const headers: Record<string, string> = {
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      };
      if (type.startsWith('text/html')) headers['Content-Security-Policy'] = options.contentSecurityPolicy;
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
    } catch {
      return answer(404);
    }
  };
}

function answer(status: 400 | 404 | 405): Response {
  return new Response(null, { status });
}
