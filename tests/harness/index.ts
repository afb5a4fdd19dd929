/**
 * launchApp: one e2e suite, three shells. See design notes in the README ("Tests").
 * The browser and electron-double shells run everywhere (the latter needs a D-Bus session with an
 * unlocked Secret Service, which `npm run test:e2e` provides); the Electron shell wherever the Electron binary is installed.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeOmi, type FakeOmi } from '../fake-omi/server';
import { TestKeychain } from './test-keychain';
import { launchBrowserShell } from './browser-shell';
import { ELECTRON_MISSING, electronBinaryPath } from './electron-binary';
import { launchElectronShell } from './electron-shell';
import { launchElectronDoubleShell } from './electron-double-shell';
import { rendererUrl } from './renderer';
import type { LaunchOptions, OmiTrayApp, Shell } from './types';

export type { LaunchOptions, OmiTrayApp, Shell } from './types';
export { ELECTRON_MISSING, electronBinaryPath } from './electron-binary';

export interface LaunchedApp extends OmiTrayApp {
  /** The fake Omi server the harness started when no apiBaseUrl was given. */
  readonly fakeOmi: FakeOmi | null;
}

export function defaultShell(): Shell {
  return electronBinaryPath() ? 'electron' : 'browser';
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const fakeOmi = options.apiBaseUrl ? null : await startFakeOmi();
  const apiBaseUrl = options.apiBaseUrl ?? fakeOmi!.url;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'omi-tray-e2e-')));
  const env: Record<string, string> = { ...options.env, OMI_API_BASE_URL: apiBaseUrl };
  const shell = options.shell ?? defaultShell();

  let app: OmiTrayApp;
  if (shell === 'electron') {
    const executablePath = electronBinaryPath();
    if (!executablePath) throw new Error(ELECTRON_MISSING);
    // The real app reads the key from the environment override in tests: the OS keychain of a CI
    // machine is not ours to fill. The keychain itself is covered by tests/integration/keychain.
    if (options.apiKey) env.OMI_API_KEY = options.apiKey;
    if (options.takenShortcuts) env.OMI_TRAY_E2E_TAKEN_SHORTCUTS = JSON.stringify(options.takenShortcuts);
    app = await launchElectronShell({ executablePath, dataDir, env });
  } else if (shell === 'electron-double') {
    app = await launchElectronDoubleShell({ dataDir, env, apiBaseUrl, takenShortcuts: options.takenShortcuts ?? [], ...(options.apiKey ? { apiKey: options.apiKey } : {}) });
  } else {
    const secrets = new TestKeychain();
    if (options.apiKey) await secrets.set(new URL(apiBaseUrl).origin, options.apiKey);
    app = await launchBrowserShell({ rendererUrl: await rendererUrl(), dataDir, secrets, env, takenShortcuts: options.takenShortcuts ?? [] });
  }

  const closeApp = app.close.bind(app);
  return Object.assign(app, {
    fakeOmi,
    close: async () => {
      await closeApp();
      await fakeOmi?.close();
    },
  });
}
