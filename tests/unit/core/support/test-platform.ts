/**
 * The whole core on the shared recording platform (tests/harness/recording-platform) around a
 * FakeClock, a temp data folder and a FakeOmi, with a recording reminder service unless a test asks
 * for the real one, and the pushes and log lines kept for the test to read.
 */
import { fromSuggestionGroups } from '../../../../electron/shared/suggestion-groups';
import type { OmiClientOptions } from '../../../../electron/core/api/action-items-api';
import { createLogger } from '../../../../electron/core/logging/logger';
import { createOmiTray } from '../../../../electron/core/omi-tray';
import type { OmiTray } from '../../../../electron/core/omi-tray.types';
import type { Platform } from '../../../../electron/core/ports';
import type { Reminders } from '../../../../electron/core/reminders/reminders-port';
import type { AppSnapshot } from '../../../../electron/shared/app-state';
import { pushChannels } from '../../../../electron/shared/ipc-contract';
import { fromItemTable } from '../../../../electron/shared/item-table';
import { NO_SUGGESTIONS_SHOWN } from '../../../../electron/shared/suggestion';
import { recordingPlatform, type RecordingPlatform } from '../../../harness/recording-platform';
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

export interface TestApp extends Omit<RecordingPlatform, 'platform'> {
  core: OmiTray;
  platform: Platform;
  pushes: AppSnapshot[];
  logs: string[];
  reminders: RecordingReminders;
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
  /** The machine's zone, asked at every use; default Europe/Berlin. */
  timeZone?: () => string;
}): TestApp {
  const pushes: AppSnapshot[] = [];
  let pushedItems: AppSnapshot['items'] = [];
  let pushedSuggestions: AppSnapshot['suggestions'] = NO_SUGGESTIONS_SHOWN;
  const logs: string[] = [];
  const reminders = new RecordingReminders();
  const { platform, ...recorders } = recordingPlatform({
    dataDir: options.dataDir,
    clock: options.clock,
    version: '1.2.3',
    secrets: options.secrets ?? new TestSecrets(),
    env: options.env ?? { OMI_API_BASE_URL: API_BASE },
    timeZone: options.timeZone ?? 'Europe/Berlin',
    send: (channel, payload) => {
      if (channel !== 'snapshot:changed') return;
      // As the page hears it (checked by the bridge, the items made again from their table), and as
      // the page keeps the last items and suggestions when a push leaves them out.
      const push = pushChannels['snapshot:changed'].parse(payload);
      pushedItems = push.items ? fromItemTable(push.items) : pushedItems;
      pushedSuggestions = push.suggestions ? fromSuggestionGroups(push.suggestions) : pushedSuggestions;
      pushes.push({ ...push, items: pushedItems, suggestions: pushedSuggestions });
    },
    logger: createLogger({ sink: (line) => logs.push(line), level: 'debug', now: () => options.clock.now() }),
    takenShortcuts: options.takenShortcuts,
  });
  const core = createOmiTray(platform, {
    createApi: (clientOptions: OmiClientOptions) => options.omi.client(clientOptions),
    ...(options.defaultReminders ? {} : { createReminders: () => reminders }),
  });
  return { core, platform, pushes, logs, reminders, ...recorders };
}
