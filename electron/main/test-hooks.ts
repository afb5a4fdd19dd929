/**
 * The e2e "electron shell" (tests/harness/electron-shell.ts) runs the real app with OMI_TRAY_E2E=1.
 * Then the tray, notifier and shortcuts are recording stand-ins, driven through
 * `globalThis.__omiTrayTest` from Playwright's `electronApp.evaluate`. Everything else is real.
 */
import type { NotificationRequest, NotifierPort, ShortcutPort, TrayView } from '../core/ports';
import type { OmiTray } from '../core/omi-tray.types';
import type { TrayIcon } from './adapters/tray';

export interface TestHooks {
  notifications(): { title: string; body: string }[];
  clickNotification(index: number): void;
  trayState(): { tooltip: string; menu: string[]; overdue: number };
  clickTrayMenu(label: string): void;
  trayClick(): void;
  pressShortcut(): void;
}

export interface RecordingAdapters {
  tray: TrayIcon;
  notifier: NotifierPort;
  shortcuts: ShortcutPort;
}

interface ShownNotification {
  request: NotificationRequest;
  onClick(): void;
}

export function isTestRun(env: NodeJS.ProcessEnv): boolean {
  return env.OMI_TRAY_E2E === '1';
}

/** OMI_TRAY_E2E_TAKEN_SHORTCUTS: a JSON list of accelerators that act as owned by another app. */
function takenShortcuts(env: NodeJS.ProcessEnv): Set<string> {
  const raw = env.OMI_TRAY_E2E_TAKEN_SHORTCUTS;
  if (raw === undefined || raw === '') return new Set();
  const parsed: unknown = JSON.parse(raw);
  if (!Array.isArray(parsed) || !parsed.every((entry) => typeof entry === 'string')) {
    throw new Error('OMI_TRAY_E2E_TAKEN_SHORTCUTS must be a JSON list of accelerators, like ["CommandOrControl+Shift+Space"].');
  }
  return new Set(parsed);
}

/** Builds the stand-ins and publishes the hooks; `app` is read when a hook runs, after core exists. */
export function installTestHooks(app: () => OmiTray | null, env: NodeJS.ProcessEnv): RecordingAdapters {
  const taken = takenShortcuts(env);
  let trayView: TrayView | null = null;
  const shown: ShownNotification[] = [];
  const shortcuts = new Map<string, () => void>();

  const hooks: TestHooks = {
    notifications: () => shown.map(({ request }) => ({ title: request.title, body: request.body })),
    clickNotification(index) {
      const notification = shown[index];
      if (!notification) throw new Error(`No notification #${index}; ${shown.length} shown`);
      notification.onClick();
    },
    trayState() {
      if (!trayView) throw new Error('The app has not shown its tray yet');
      const menu = trayView.menu.filter((entry) => entry.kind !== 'separator').map((entry) => entry.label);
      return { tooltip: trayView.tooltip, menu, overdue: trayView.overdue };
    },
    clickTrayMenu(label) {
      const entry = trayView?.menu.find((candidate) => candidate.kind !== 'separator' && candidate.label === label);
      if (!entry?.run) throw new Error(`No tray menu entry "${label}"`);
      if (entry.enabled === false) throw new Error(`Tray menu entry "${label}" is disabled`);
      entry.run();
    },
    trayClick() {
      const core = app();
      if (!core) throw new Error('The app has not started yet');
      core.trayClicked();
    },
    pressShortcut() {
      const first = shortcuts.values().next();
      if (first.done) throw new Error('No global shortcut is registered');
      first.value();
    },
  };
  Object.assign(globalThis, { __omiTrayTest: hooks });

  return {
    tray: {
      show: (view) => {
        trayView = view;
      },
      // No icon on screen: the popover is centred, as on Wayland.
      bounds: () => null,
      destroy: () => undefined,
    },
    notifier: {
      show: (request, handlers) => {
        shown.push({ request, onClick: () => handlers.onClick() });
      },
    },
    shortcuts: {
      register(accelerator, onPress) {
        if (taken.has(accelerator)) return false;
        shortcuts.set(accelerator, onPress);
        return true;
      },
      unregisterAll: () => shortcuts.clear(),
    },
  };
}
