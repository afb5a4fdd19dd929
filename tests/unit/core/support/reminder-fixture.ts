/** Builds a ReminderService over a fake clock, the shared recording notifier and a real reminders.json in a temp folder. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionItem } from '../../../../electron/shared/action-item';
import type { ReminderState } from '../../../../electron/shared/app-state';
import { ReminderService } from '../../../../electron/core/reminders/reminder-service';
import { reminderStateFile } from '../../../../electron/core/reminders/reminder-state-file';
import { RecordingNotifier } from '../../../harness/recording-platform';
import { FakeClock } from './fake-clock';
import { recordingLogger } from '../../../doubles/recording-logger';
import { actionItem } from '../../support/items';

let counter = 0;
export function openItem(
  description: string,
  dueAt: Date | string | null,
  extra: Partial<ActionItem> = {},
): ActionItem {
  counter += 1;
  return actionItem(`item-${counter}`, {
    description,
    dueAt: dueAt === null ? null : typeof dueAt === 'string' ? dueAt : dueAt.toISOString(),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  });
}

export interface FixtureOptions {
  clock: FakeClock;
  dataDir?: string;
  leadMinutes?: number;
  timeZone?: string | (() => string);
  /** What the core's refresh returns before a reminder fires; default: null (could not refresh). */
  refresh?: () => ActionItem[] | null;
}

export interface Fixture {
  service: ReminderService;
  notifier: RecordingNotifier;
  dataDir: string;
  opened: string[];
  completed: string[];
  refreshes: number;
  states: ReminderState[];
  setLead(minutes: number): void;
}

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'omi-reminders-'));
}

export function reminderFixture(options: FixtureOptions): Fixture {
  const dataDir = options.dataDir ?? newDataDir();
  const notifier = new RecordingNotifier();
  let lead = options.leadMinutes ?? 0;
  const fixture: Fixture = {
    service: undefined as unknown as ReminderService,
    notifier,
    dataDir,
    opened: [],
    completed: [],
    refreshes: 0,
    states: [],
    setLead: (minutes) => {
      lead = minutes;
    },
  };
  fixture.service = new ReminderService({
    clock: options.clock,
    notifier,
    stateFile: reminderStateFile(join(dataDir, 'reminders.json'), { now: () => options.clock.now() }),
    logger: recordingLogger().logger,
    getLeadMinutes: () => lead,
    refreshIfStale: async () => {
      fixture.refreshes += 1;
      return options.refresh ? options.refresh() : null;
    },
    openItem: (id) => fixture.opened.push(id),
    completeItem: (id) => {
      fixture.completed.push(id);
    },
    timeZone: options.timeZone ?? 'UTC',
    onStateChange: (state) => fixture.states.push(state),
  });
  options.clock.settle = () => fixture.service.whenIdle();
  return fixture;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * The service started on `items` and settled, on a FakeClock at `startMs` unless one is given:
 * how most reminder tests begin.
 */
export async function startReminders(
  items: ActionItem[],
  startMs: number,
  options: Partial<FixtureOptions> = {},
): Promise<Fixture & { clock: FakeClock }> {
  const clock = options.clock ?? new FakeClock(startMs);
  const fixture = reminderFixture({ ...options, clock });
  await fixture.service.start(items);
  await fixture.service.whenIdle();
  return { clock, ...fixture };
}
