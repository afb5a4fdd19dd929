/** Where the app's own files are: renderer page, preload script, tray icons. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, type BrowserWindow } from 'electron';

/** The renderer page: the dev server's URL under `electron-vite dev`, else the built file. */
export interface RendererLocation {
  /** What the sender check and navigation guard compare against. */
  url: string;
  /** Set when the page is served by the dev server (CSP is relaxed for its origin only). */
  devServer: boolean;
  load(window: BrowserWindow): Promise<void>;
}

export function rendererLocation(): RendererLocation {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && devUrl) {
    return { url: devUrl, devServer: true, load: (window) => window.loadURL(devUrl) };
  }
  const file = join(__dirname, '../renderer/index.html');
  return { url: pathToFileURL(file).href, devServer: false, load: (window) => window.loadFile(file) };
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
