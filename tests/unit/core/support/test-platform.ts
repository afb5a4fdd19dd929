/**
 * A Platform of recording fakes around a FakeClock, a temp data folder and a FakeOmi. The shortcuts
 * and the power events are the test shells' own recorders (tests/harness/recording-platform); the
 * tray, popover and login item here keep every call, which the shells do not need.
 */
import { join } from 'node:path';
import type { OmiClientOptions } from '../../../../electron/core/api/action-items-api';
import { createLogger } from '../../../../electron/core/logging/logger';
import { createOmiTray } from '../../../../electron/core/omi-tray';
import type { OmiTray } from '../../../../electron/core/omi-tray.types';
import type { Platform, TrayView } from '../../../../electron/core/ports';
import type { Reminders } from '../../../../electron/core/reminders-port';
import type { AppSnapshot } from '../../../../electron/shared/app-state';
import type { PopoverShown } from '../../../../electron/shared/ipc-contract';
import { RecordingPower, RecordingShortcuts } from '../../../harness/recording-platform';
import type { FakeClock } from './fake-clock';
import type { FakeOmi } from './fake-omi-api';
import { TestSecrets } from './memory-secrets';

export const API_BASE = 'https://api.omi.test';

export class RecordingReminders implements Reminders {
  readonly calls: string[] = [];
  lists: number[] = [];
  paused: number | null = null;
  snooze(id: string, untilMs: number): void {
    this.calls.push(`snooze ${id} ${new Date(untilMs).toISOString()}`);
  }
  pause(untilMs: number | null): void {
    this.paused = untilMs;
    this.calls.push(`pause ${untilMs === null ? 'off' : new Date(untilMs).toISOString()}`);
  }
  state() {
    return { pausedUntil: this.paused === null ? null : new Date(this.paused).toISOString(), snoozed: {} };
  }
  start(): void {
    this.calls.push('start');
  }
  itemsChanged(items: readonly unknown[]): void {
    this.lists.push(items.length);
  }
  stop(): void {
    this.calls.push('stop');
  }
}

export interface TestApp {
  core: OmiTray;
  platform: Platform;
  pushes: AppSnapshot[];
  trays: TrayView[];
  popover: { shown: PopoverShown[]; toggles: number; hides: number };
  shortcuts: RecordingShortcuts;
  loginItem: boolean[];
  logs: string[];
  reminders: RecordingReminders;
  quits: number;
  /** Folders the core asked the file manager to show. */
  openedFolders: string[];
  /** The machine woke from sleep (calls what the core registered with power.onWake). */
  wake(): void;
}

export function buildApp(options: {
  dataDir: string;
  clock: FakeClock;
  omi: FakeOmi;
  secrets?: TestSecrets;
  env?: Platform['env'];
  takenShortcuts?: string[];
  /** Use the default reminder service instead of the recording one. */
  defaultReminders?: boolean;
}): TestApp {
  const pushes: AppSnapshot[] = [];
  const trays: TrayView[] = [];
  const popover = { shown: [] as PopoverShown[], toggles: 0, hides: 0 };
  const shortcuts = new RecordingShortcuts();
  for (const accelerator of options.takenShortcuts ?? []) shortcuts.taken.add(accelerator);
  const power = new RecordingPower();
  const loginItem: boolean[] = [];
  const logs: string[] = [];
  const reminders = new RecordingReminders();
  const app = { quits: 0, openedFolders: [] as string[], wake: () => power.wake() } as TestApp;
  const platform: Platform = {
    clock: options.clock,
    fetch: globalThis.fetch,
    secrets: options.secrets ?? new TestSecrets(),
    dataDir: options.dataDir,
    logDir: join(options.dataDir, 'logs'),
    version: '1.2.3',
    openFolder: (path) => {
      app.openedFolders.push(path);
      return Promise.resolve(null);
    },
    tray: { show: (view) => trays.push(view) },
    notifier: { show: () => undefined },
    shortcuts,
    popover: {
      show: (how) => popover.shown.push(how),
      hide: () => {
        popover.hides += 1;
      },
      toggle: () => {
        popover.toggles += 1;
      },
    },
    power,
    loginItem: {
      state: () => ({ enabled: loginItem.at(-1) ?? false, canChange: true, problem: null }),
      set: (enabled) => {
        loginItem.push(enabled);
        return { enabled, canChange: true, problem: null };
      },
    },
    send: (channel, payload) => {
      if (channel === 'snapshot:changed') pushes.push(payload as AppSnapshot);
    },
    logger: createLogger({ sink: (line) => logs.push(line), level: 'debug', now: () => options.clock.now() }),
    env: options.env ?? { OMI_API_BASE_URL: API_BASE },
    timeZone: 'Europe/Berlin',
    quit: () => {
      app.quits += 1;
    },
  };
  const core = createOmiTray(platform, {
    createApi: (clientOptions: OmiClientOptions) => options.omi.client(clientOptions),
    ...(options.defaultReminders ? {} : { createReminders: () => reminders }),
  });
  return Object.assign(app, { core, platform, pushes, trays, popover, shortcuts, loginItem, logs, reminders });
}
