/**
 * launchApp: one e2e suite, three shells. See design notes in the README ("Tests").
 * The browser and electron-double shells run everywhere (the latter needs a D-Bus session with an
 * unlocked Secret Service, which `npm run test:e2e` provides); the Electron shell wherever the Electron binary is installed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeOmi, type FakeOmi } from '../fake-omi/server';
import { TestKeychain } from './test-keychain';
import { launchBrowserShell } from './browser-shell';
import { ELECTRON_MISSING, electronBinaryPath } from './electron-binary';
import { launchElectronShell } from './electron-shell';
import { launchElectronDoubleShell } from './electron-double-shell';
import { rendererUrl } from './renderer';
import { runKeychain } from './run-keychain';
import type { LaunchOptions, OmiTrayApp, Shell } from './types';

export type { LaunchOptions, OmiTrayApp, Shell } from './types';

export interface LaunchedApp extends OmiTrayApp {
  /** The fake Omi server the harness started when no apiBaseUrl was given. */
  readonly fakeOmi: FakeOmi | null;
}

function defaultShell(): Shell {
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
    const keychain = await runKeychain({ apiBaseUrl, ...(options.apiKey ? { apiKey: options.apiKey } : {}) });
    const electron = await launchElectronShell({
      executablePath,
      dataDir,
      env,
      keychainService: keychain.service,
      takenShortcuts: options.takenShortcuts ?? [],
      controlledClock: options.controlledClock ?? false,
    });
    app = Object.assign(electron, {
      storedKey: () => keychain.read(new URL(apiBaseUrl).origin),
      close: async () => {
        try {
          await electron.close();
        } finally {
          await keychain.clear();
        }
      },
    });
  } else if (shell === 'electron-double') {
    const installed = options.packaged ?? false;
    const keychain = await runKeychain({
      apiBaseUrl,
      installed,
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
    });
    app = await launchElectronDoubleShell({
      dataDir,
      env,
      keychain,
      takenShortcuts: options.takenShortcuts ?? [],
      packaged: options.packaged ?? false,
      controlledClock: options.controlledClock ?? false,
      locale: options.locale ?? 'en-GB',
      browser: options.browser,
    });
  } else {
    const secrets = new TestKeychain();
    if (options.apiKey) await secrets.set(new URL(apiBaseUrl).origin, options.apiKey);
    app = await launchBrowserShell({
      rendererUrl: await rendererUrl(),
      dataDir,
      secrets,
      env,
      takenShortcuts: options.takenShortcuts ?? [],
      controlledClock: options.controlledClock ?? false,
      locale: options.locale ?? 'en-GB',
      browser: options.browser,
    });
  }

  const closeApp = app.close.bind(app);
  return Object.assign(app, {
    fakeOmi,
    close: async () => {
      await closeApp();
      try {
        // A request off the API's contract fails the test that made it, wherever the fake is used.
        fakeOmi?.assertNoViolations();
      } finally {
        await fakeOmi?.close();
      }
    },
  });
}

/**
 * Closes an app a script launched (a bench, the screenshots) and removes its data folder: a run
 * leaves nothing in the temp folder. The e2e fixture removes the folders of a test's apps itself.
 */
export async function closeAndRemoveData(app: Pick<LaunchedApp, 'close' | 'dataDir'>): Promise<void> {
  await app.close();
  await rm(app.dataDir, { recursive: true, force: true });
}
