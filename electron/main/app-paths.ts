/** Where the app's own files are: renderer page, preload script, tray icons. */
import { join } from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { isLoopbackHost } from '../shared/api-address';
import { RENDERER_PAGE_URL } from './security/renderer-protocol';

/** The renderer page: the dev server's URL under `electron-vite dev`, else the built page over app://. */
export interface RendererLocation {
  /** What the sender check and navigation guard compare against. */
  url: string;
  /** Set when the page is served by the dev server (CSP is relaxed for its origin only). */
  devServer: boolean;
  /** The built renderer folder app:// serves; null with the dev server. */
  rootDir: string | null;
  load(window: BrowserWindow): Promise<void>;
}

export function rendererLocation(): RendererLocation {
  const devUrl = loopbackDevUrl(process.env.ELECTRON_RENDERER_URL);
  if (!app.isPackaged && devUrl !== null) {
    return { url: devUrl, devServer: true, rootDir: null, load: (window) => window.loadURL(devUrl) };
  }
  return {
    url: RENDERER_PAGE_URL,
    devServer: false,
    rootDir: join(__dirname, '../renderer'),
    load: (window) => window.loadURL(RENDERER_PAGE_URL),
  };
}

/** ELECTRON_RENDERER_URL when it is an http(s) URL on this computer; anything else is never loaded as the app's page. */
function loopbackDevUrl(text: string | undefined): string | null {
  if (!text || !URL.canParse(text)) return null;
  const url = new URL(text);
  const local = (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname);
  return local && url.username === '' && url.password === '' ? text : null;
}

/** Built as CommonJS: Electron only loads CommonJS preloads in a sandbox. */
export function preloadPath(): string {
  return join(__dirname, '../preload/index.cjs');
}

/**
 * Packaged: copied beside app.asar (extraResources) so every tray host can read them from disk.
 * Unpackaged: the project's resources folder, found from the built main script (out/main).
 */
export function trayIconDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'tray') : join(__dirname, '..', '..', 'resources', 'tray');
}
