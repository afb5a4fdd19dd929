/**
 * The Electron shell: Playwright drives the real app (out/main/index.js) with OMI_TRAY_E2E=1, which
 * makes electron/main swap its tray, notifier and shortcut adapters for recording ones and expose them
 * on globalThis.__omiTrayTest. Only runs where the Electron binary is installed.
 */
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import type { OmiTrayApp } from './types';

export interface ElectronShellOptions {
  executablePath: string;
  dataDir: string;
  env: Record<string, string>;
}

/** What electron/main exposes under OMI_TRAY_E2E=1 (see electron/main/test-hooks.ts). */
interface TestHooks {
  notifications(): { title: string; body: string }[];
  clickNotification(index: number): void;
  trayState(): { tooltip: string; menu: string[]; overdue: number };
  clickTrayMenu(label: string): void;
  trayClick(): void;
  pressShortcut(): void;
}
type HookName = keyof TestHooks;

export async function launchElectronShell(options: ElectronShellOptions): Promise<OmiTrayApp> {
  let running = await startOnce(options);
  const call = <N extends HookName>(name: N, ...args: Parameters<TestHooks[N]>) =>
    running.app.evaluate(
      (_electron, [hook, hookArgs]) => {
        const hooks = (globalThis as unknown as { __omiTrayTest: Record<string, (...a: unknown[]) => unknown> })
          .__omiTrayTest;
        return hooks[hook as string]!(...(hookArgs as unknown[]));
      },
      [name, args] as const,
    ) as Promise<ReturnType<TestHooks[N]>>;

  return {
    shell: 'electron',
    get page() {
      return running.page;
    },
    dataDir: options.dataDir,
    showPopover: async () => void (await call('trayClick')),
    pressShortcut: async () => void (await call('pressShortcut')),
    popoverVisible: () =>
      running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((window) => window.isVisible())),
    notifications: () => call('notifications'),
    clickNotification: async (index) => void (await call('clickNotification', index)),
    trayState: () => call('trayState'),
    clickTrayMenu: async (label) => void (await call('clickTrayMenu', label)),
    async restart() {
      await running.app.close();
      running = await startOnce(options);
    },
    close: () => running.app.close(),
  };
}

async function startOnce(options: ElectronShellOptions): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await _electron.launch({
    executablePath: options.executablePath,
    args: [join(process.cwd(), 'out', 'main', 'index.js')],
    env: {
      ...(process.env as Record<string, string>),
      ...options.env,
      OMI_TRAY_E2E: '1',
      OMI_TRAY_DATA_DIR: options.dataDir,
      // The real keychain, under an entry of its own: the user's "Omi Tray" entry is never touched.
      OMI_TRAY_KEYCHAIN_SERVICE: 'Omi Tray (e2e tests)',
    },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}
