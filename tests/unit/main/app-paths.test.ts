/**
 * Where the app finds its own files from the built main script: the popover page (the dev server's
 * under `electron-vite dev`, else app://omi-tray/ over the built renderer folder), the CommonJS
 * preload a sandbox requires, and the tray icons of an unpackaged run in the project's resources.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadPath, rendererLocation, trayIconDir } from '../../../electron/main/app-paths';

vi.mock('electron', async () => (await import('../../electron-double/electron-main')).electronMain);

/** A window that only notes what it was asked to load. */
function windowLoading(loaded: string[]): BrowserWindow {
  return {
    loadURL: async (url: string) => {
      loaded.push(url);
    },
  } as unknown as BrowserWindow;
}

const MAIN_DIR = join(process.cwd(), 'electron', 'main');

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
beforeEach(() => {
  delete process.env.ELECTRON_RENDERER_URL;
});
afterAll(() => {
  if (devServerUrl !== undefined) process.env.ELECTRON_RENDERER_URL = devServerUrl;
});

describe("the app's own files", () => {
  it('load the built page over app:// from the renderer folder beside the main script', async () => {
    const renderer = rendererLocation();
    expect(renderer).toMatchObject({
      url: 'app://omi-tray/index.html',
      devServer: false,
      rootDir: join(MAIN_DIR, '..', 'renderer'),
    });
    const loaded: string[] = [];
    await renderer.load(windowLoading(loaded));
    expect(loaded).toEqual(['app://omi-tray/index.html']);
  });

  it("load the dev server's page in an unpackaged run under the dev server, with nothing served over app://", async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    const renderer = rendererLocation();
    expect(renderer).toMatchObject({ url: 'http://localhost:5173/', devServer: true, rootDir: null });
    const loaded: string[] = [];
    await renderer.load(windowLoading(loaded));
    expect(loaded).toEqual(['http://localhost:5173/']);
  });

  it.each([
    'https://attacker.example/',
    'http://192.168.1.5:5173/',
    'file:///tmp/page.html',
    'http://user:pw@localhost:5173/',
    'not a url',
  ])('never load ELECTRON_RENDERER_URL %s as the page: only a loopback dev server counts', (url) => {
    process.env.ELECTRON_RENDERER_URL = url;
    expect(rendererLocation()).toMatchObject({ url: 'app://omi-tray/index.html', devServer: false });
  });

  it.each(['http://127.0.0.1:5173/', 'http://[::1]:5173/', 'http://localhost:5173/'])(
    'load the dev server at %s',
    (url) => {
      process.env.ELECTRON_RENDERER_URL = url;
      expect(rendererLocation()).toMatchObject({ url, devServer: true });
    },
  );

  it('take the CommonJS preload, the only kind a sandboxed page loads', () => {
    expect(preloadPath()).toBe(join(MAIN_DIR, '..', 'preload', 'index.cjs'));
  });

  it("find the tray icons of an unpackaged run in the project's resources", () => {
    const dir = trayIconDir();
    expect(dir).toBe(join(process.cwd(), 'resources', 'tray'));
    for (const icon of ['tray.png', 'tray.ico', 'trayTemplate.png', 'tray-overdue.png'])
      expect(existsSync(join(dir, icon))).toBe(true);
  });
});
