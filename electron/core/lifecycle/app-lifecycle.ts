/**
 * The order of starting and of quitting. Start reads every file of the data folder (one that cannot
 * even be opened is reported and the app starts without it), then begins pushing, registers the
 * shortcut, starts the reminders, and only then talks to the server; with no key it opens setup. Quit stops every timer, still
 * sends the deletes whose undo time is over (for at most QUIT_SEND_LIMIT_MS), and writes the files.
 */
import type { ItemView } from '../../shared/action-item';
import { inBackground } from '../background/in-background';
import { safely } from '../background/safely';
import { DATA_FILES } from '../storage/data-files';
import type { Logger, Platform } from '../ports';
import { noReminders, type Reminders } from '../reminders/reminders-port';

/** How long quitting waits for deletes the user did not undo. */
const QUIT_SEND_LIMIT_MS = 3_000;

export interface AppLifecycleDeps {
  settings: { load(): Promise<void>; current(): { apiBaseUrl: string; launchAtLogin: boolean } };
  outbox: { load(): Promise<void>; save(): Promise<void> };
  /** Every key's reads and Omi's pauses (ReadLedger, reads.json). */
  reads: { load(): Promise<void>; close(): Promise<void> };
  /** The server's items (ItemStore). */
  list: { save(): Promise<void> };
  account: { openKey(apiBaseUrl: string): Promise<void>; openList(): Promise<void>; checkInBackground(): void };
  presenter: {
    start(): void;
    showAndKeepFresh(): void;
    stop(): void;
    items(): ItemView[];
    notice(words: string): void;
  };
  shortcut: { register(): void; release(): void };
  sync: { startBackground(): void; stop(): void };
  /** The outbox's sender (OutboxSender). */
  sender: {
    flush(): Promise<void>;
    retryNow(trigger: 'network' | 'user'): Promise<void>;
    sendDeletesBeforeQuit(timeLimitMs: number): Promise<void>;
  };
  conversations: { settled(): Promise<void> };
  /** What the person decided about suggestions (suggestions.json). */
  suggestions?: { load(): Promise<void>; settled(): Promise<void> };
  popover: { refreshIfStale(): void; welcomeIfSignedOut(): void };
  platform: Pick<Platform, 'power'>;
  /** Launch at login as the system has it (LaunchAtLogin). */
  launchAtLogin: { set(enabled: boolean): void };
  /** The list as the person last saw it (SinceLastLookedService, last-look.json); read once the key is open. */
  looks?: { load(): Promise<void>; settled(): Promise<void> };
  /** Builds the reminder service, once the files are read. */
  createReminders(): Reminders;
  logger: Logger;
}

export class AppLifecycle {
  private current: Reminders = noReminders;
  private stopped = false;

  constructor(private readonly deps: AppLifecycleDeps) {}

  /** The reminder service (a do-nothing one before start). */
  reminders(): Reminders {
    return this.current;
  }

  async start(): Promise<void> {
    const { settings, account, presenter, sender, logger } = this.deps;
    await this.loadOrWarn(DATA_FILES.settings, () => settings.load());
    this.deps.launchAtLogin.set(settings.current().launchAtLogin);
    await this.loadOrWarn(DATA_FILES.outbox, () => this.deps.outbox.load());
    await this.loadOrWarn(DATA_FILES.reads, () => this.deps.reads.load());
    if (this.deps.suggestions)
      await this.loadOrWarn(DATA_FILES.suggestions, () => this.deps.suggestions?.load() ?? Promise.resolve());
    await this.loadOrWarn('your Omi developer key', () => account.openKey(settings.current().apiBaseUrl));
    await this.loadOrWarn(DATA_FILES.items, () => account.openList());
    await this.loadOrWarn(DATA_FILES.lastLook, () => this.deps.looks?.load() ?? Promise.resolve());
    this.current = this.deps.createReminders();
    presenter.start();
    this.deps.shortcut.register();
    try {
      await this.current.start?.(presenter.items());
    } catch (error) {
      logger.error('Reminders could not start', { error: String(error) });
    }
    this.deps.platform.power.onWake(() => this.wake());
    account.checkInBackground();
    inBackground(logger, 'Sending waiting changes', sender.flush());
    this.deps.sync.startBackground();
    presenter.showAndKeepFresh();
    this.deps.popover.welcomeIfSignedOut();
  }

  async shutdown(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.deps.presenter.stop();
    this.deps.sync.stop();
    this.deps.shortcut.release();
    try {
      await this.current.stop?.();
    } catch (error) {
      this.deps.logger.error('Reminders could not stop cleanly', { error: String(error) });
    }
    await this.deps.sender.sendDeletesBeforeQuit(QUIT_SEND_LIMIT_MS);
    await Promise.allSettled([
      this.deps.outbox.save(),
      this.deps.list.save(),
      this.deps.conversations.settled(),
      this.deps.reads.close(),
      this.deps.looks?.settled(),
      this.deps.suggestions?.settled(),
    ]);
  }

  /** The machine woke: reminders look again, a stale list is refreshed, waiting changes are retried. */
  private wake(): void {
    if (this.stopped) return;
    safely(this.deps.logger, 'Waking reminders', () => this.current.wake?.());
    this.deps.popover.refreshIfStale();
    inBackground(this.deps.logger, 'Sending waiting changes after wake', this.deps.sender.retryNow('network'));
  }

  /** A file that cannot even be opened (permissions, disk) is reported; the app starts anyway. */
  private async loadOrWarn(what: string, load: () => Promise<unknown>): Promise<void> {
    try {
      await load();
    } catch (error) {
      const message = `Omi Tray could not read ${what} in its data folder (${error instanceof Error ? error.message : String(error)}); it started without it.`;
      this.deps.logger.error(message);
      this.deps.presenter.notice(message);
    }
  }
}
