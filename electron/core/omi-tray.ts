/**
 * The composition root: builds every core service from the platform's adapters and wires them
 * together. It decides nothing: the account (account/account) decides what a key or an address
 * change moves, the presenter (snapshot/app-presenter) what the user sees, the lifecycle
 * (lifecycle/app-lifecycle) the order of start and quit. docs/architecture.md draws the whole.
 * createOmiTray builds the services in order; the functions below it spell out the longer hand-offs
 * (the tray menu's entries, the reminders' view of the app, the handle main holds).
 */
import { join } from 'node:path';
import { ok, type Result } from '../shared/app-error';
import { withWords } from '../shared/conversation-words';
import { DEFAULT_API_BASE_URL } from '../shared/settings';
import { clockStyleFor } from '../shared/due-date/clock-style';
import type { ActionItemsApi, OmiClientOptions } from './api/action-items-api';
import { OmiClient } from './api/omi-client';
import { Account } from './account/account';
import { accessFile } from './auth/access-file';
import { ApiConnection, type ApiConnectionDeps } from './auth/api-connection';
import { inBackground } from './background/in-background';
import { conversationCacheFile } from './conversations/conversation-cache-file';
import { CONVERSATION_READ_LIMITS } from './conversations/conversation-read-share';
import { ConversationService } from './conversations/conversation-service';
import { createDesktopReminders } from './desktop-reminders';
import { ItemEditor } from './edits/item-editor';
import type { ServerItems } from './outbox/entry-delivery';
import { createInvokeHandlers } from './ipc/invoke-handlers';
import { ItemStore } from './items/item-store';
import { itemsFile } from './items/items-file';
import { ItemSync } from './items/item-sync';
import { manualRefresh } from './items/manual-refresh';
import { DEFAULT_READ_LIMITS, ReadBudget } from './items/read-budget';
import { ReadLedger, type ReadLedgerDeps } from './items/read-ledger';
import { readsFile } from './items/reads-file';
import { AppLifecycle } from './lifecycle/app-lifecycle';
import { redactingLogger } from './logging/logger';
import { Redactor } from './logging/redactor';
import type { OmiTray, OmiTrayOverrides } from './omi-tray.types';
import { Outbox } from './outbox/outbox';
import { outboxFile } from './outbox/outbox-file';
import { OutboxSender } from './outbox/outbox-sender';
import { StrandedChanges } from './outbox/stranded-changes';
import { PopoverCommands } from './popover/popover-commands';
import type { Clock, Logger, Platform } from './ports';
import { REMINDER_STALE_MS, type Reminders, type RemindersContext } from './reminders-port';
import { LaunchAtLogin } from './login-item/launch-at-login';
import { AppSettings } from './settings/app-settings';
import { confirmAddress } from './settings/confirm-address';
import { settingsFile } from './settings/settings-file';
import { SettingsStore } from './settings/settings-store';
import { QuickEditKey } from './shortcut/quick-edit-key';
import { AppPresenter } from './snapshot/app-presenter';
import type { TrayActions } from './tray/tray-view';

export function createOmiTray(platform: Platform, overrides: OmiTrayOverrides = {}): OmiTray {
  const { clock, timeZone } = platform;
  const redactor = new Redactor();
  const logger = redactingLogger(platform.logger, redactor);
  const { path: dataFile, options: fileOptions } = dataFolder(platform, logger, (message) => presenter.notice(message));
  const createApi = overrides.createApi ?? ((options: OmiClientOptions): ActionItemsApi => new OmiClient(options));

  const store = new ItemStore({ file: itemsFile(dataFile('items.json'), fileOptions), clock, logger });
  const outbox = new Outbox({ file: outboxFile(dataFile('outbox.json'), fileOptions), clock, serverItem: (id) => store.get(id), owner: () => connection.keyTag() });
  const { ledger: readLedger, items: reads, conversations: conversationReads } = readBudgets({ clock, logger }, readsFile(dataFile('reads.json'), fileOptions), () => connection.keyTag());
  const connection = apiConnection(platform, { createApi, redactor, logger, accessFile: accessFile(dataFile('access.json'), fileOptions) });
  const sync = new ItemSync({
    clock, logger, store, budget: reads, api: () => connection.api(),
    onReachable: () => void (claimStranded(), inBackground(logger, 'Sending waiting changes', sender.retryNow('network'))),
    onStateChange: () => presenter.changed(),
  });
  const conversations = new ConversationService({
    clock, logger, budget: conversationReads, api: () => connection.api(), origin: () => connection.apiOrigin(),
    file: conversationCacheFile(dataFile('conversations.json'), fileOptions),
  });
  const sender = new OutboxSender({
    outbox, clock, logger, reads, owner: () => connection.keyTag(), server: serverItems(store),
    // Changes made for one server never go to another; changes made with one key never go with another.
    api: (): ActionItemsApi | null => account.apiFor(outbox.origin()),
    refused: (refusal) => {
      presenter.refused(refusal);
      account.refused(refusal);
    },
    told: (words) => {
      logger.warn('Told the user about a change', { words });
      presenter.notice(words);
    },
  });
  const stranded = strandedChanges({ outbox, logger, connection, store, sender: () => sender, account: () => account });
  const claimStranded = () => inBackground(logger, 'Claiming changes made with an earlier key', stranded.listed());
  const account = new Account({
    connection, list: store, sync, conversations, sender, clock, logger, listed: claimStranded,
    listChanged: () => presenter.listChanged(), signedOut: () => presenter.signedOut(), changed: () => presenter.changed(),
  });
  const editor = new ItemEditor({
    clock, outbox, canEdit: () => account.canEdit(), itemView: (id) => presenter.item(id),
    queued: () => inBackground(logger, 'Sending a change', sender.flush()),
  });
  const launchAtLogin = new LaunchAtLogin({ port: platform.loginItem, logger });
  const settings = new AppSettings({
    store: new SettingsStore(settingsFile(dataFile('settings.json'), fileOptions)), envBaseUrl: platform.env.OMI_API_BASE_URL, logger,
    reactions: {
      account: (before, after) => account.settingsChanged(before, after), quickEditShortcut: () => shortcut.register(),
      launchAtLogin: (enabled) => launchAtLogin.set(enabled), reminderLeadMinutes: () => lifecycle.reminders().replan?.(),
      changed: () => presenter.changed(),
    },
  });
  const popover = new PopoverCommands({
    popover: platform.popover, signedIn: () => account.signedIn(), logger,
    refreshIfOlderThan: (maxAgeMs, reason) => sync.refreshIfOlderThan(maxAgeMs, reason),
  });
  const shortcut = new QuickEditKey({
    shortcuts: platform.shortcuts, accelerator: () => settings.current().quickEditShortcut, onPress: () => popover.quickEdit(),
    logger, changed: () => presenter.changed(),
  });
  const clockStyle = () => clockStyleFor(platform.locale(), settings.current().clock);
  const refresh = () => manualRefresh({ sync, sender, waitingChanges: () => presenter.outboxStatus().waiting, clock, timeZone, clockStyle, logger });
  const reminders = (): Reminders => lifecycle.reminders();
  const presenter: AppPresenter = new AppPresenter({
    clock, logger, timeZone, clockStyle, send: platform.send, tray: platform.tray, account, list: store, outbox, sync, sender,
    settings: () => settings.current(), reminders, shortcut: () => shortcut.outcome(),
    loginItem: () => launchAtLogin.state(), about: aboutApp(platform),
    trayActions: trayActions({ platform, logger, popover, editor, account, refresh, reminders }),
  });
  store.onChange(() => presenter.listChanged());
  outbox.onChange(() => presenter.listChanged());
  const lifecycle = new AppLifecycle({
    settings, outbox, reads: readLedger, list: store, account, presenter, shortcut, sync, sender, conversations, popover, platform, launchAtLogin, logger,
    createReminders: () =>
      (overrides.createReminders ?? createDesktopReminders)(
        remindersContext({ platform, logger, onCorrupt: fileOptions.onCorrupt, stateFilePath: dataFile('reminders.json'), listAsOf: () => store.lastFetchedAt(), settings, sync, presenter, popover, editor }),
      ),
  });
  return handleFor({ platform, logger, presenter, account, editor, settings, conversations, popover, outbox, stranded, refresh, reminders, lifecycle });
}

/** The key and the API it is for. The environment's key goes only to the environment's address (or Omi's own), never to one saved in Settings. */
function apiConnection(platform: Platform, deps: Pick<ApiConnectionDeps, 'createApi' | 'redactor' | 'logger' | 'accessFile'>): ApiConnection {
  return new ApiConnection({
    ...deps, secrets: platform.secrets, fetch: platform.fetch, envKey: platform.env.OMI_API_KEY,
    envKeyBaseUrl: platform.env.OMI_API_BASE_URL?.trim() || DEFAULT_API_BASE_URL,
  });
}

/** Omi limits each key on its own, and conversation reads apart from the list's: one record per key and bucket, kept across restarts. */
function readBudgets(deps: { clock: Clock; logger: Logger }, file: ReadLedgerDeps['file'], owner: () => string | null) {
  const ledger = new ReadLedger({ ...deps, file });
  const options = { owner, ledger };
  return {
    ledger,
    items: new ReadBudget(deps.clock, DEFAULT_READ_LIMITS, options),
    conversations: new ReadBudget(deps.clock, CONVERSATION_READ_LIMITS, { ...options, bucket: 'conversations' }),
  };
}

/** The services the hand-offs below reach; each takes the few it needs. */
interface Services {
  platform: Platform;
  logger: Logger;
  sync: ItemSync;
  conversations: ConversationService;
  outbox: Outbox;
  stranded: StrandedChanges;
  account: Account;
  editor: ItemEditor;
  settings: AppSettings;
  popover: PopoverCommands;
  presenter: AppPresenter;
  lifecycle: AppLifecycle;
  refresh(): Promise<Result<null>>;
  reminders(): Reminders;
}

/** The data folder's files; one found corrupt is moved aside, and the log and the popover say so. */
function dataFolder(platform: Platform, logger: Logger, notice: (message: string) => void) {
  const onCorrupt = (message: string) => {
    logger.warn(message);
    notice(message);
  };
  return { path: (name: string) => join(platform.dataDir, name), options: { onCorrupt, now: () => platform.clock.now() } };
}

/** Changes made with an earlier key: sent once this key's list proves the same account, or as the person says. */
function strandedChanges(app: {
  outbox: Outbox; logger: Logger; connection: ApiConnection; store: ItemStore; sender: () => OutboxSender; account: () => Account;
}): StrandedChanges {
  const { outbox, logger, connection, store } = app;
  return new StrandedChanges({
    outbox, logger, owner: () => connection.keyTag(), isThisServer: (origin) => app.account().isThisServer(origin), listed: () => store.all(),
    // A new key, or the person's Send: a backoff earned by the old key (a refused key waits minutes) is skipped once.
    sendNow: () => inBackground(logger, 'Sending changes of an earlier key', app.sender().retryNow('user')),
  });
}

/** What Settings says about this run: version, folders, and whether OMI_API_BASE_URL sets the address. */
function aboutApp(platform: Platform) {
  return {
    version: platform.version, dataFolder: platform.dataDir, logFolder: platform.logDir,
    apiAddressFromEnvironment: Boolean(platform.env.OMI_API_BASE_URL?.trim()),
  };
}

/** The item store as the outbox sender sees the server's items (a lookup's list holds the known items it could not prove gone). */
function serverItems(store: ItemStore): ServerItems {
  return {
    upsert: (item) => store.upsert(item), remove: (id) => store.remove(id), get: (id) => store.get(id), all: () => store.all(),
    listed: (items, startedAt) => store.replaceAll(items, startedAt),
    lastListStartedAt: () => store.lastListStartedAt(),
  };
}

/** The tray menu's entries: each one call into a service, in the background where nobody waits. */
function trayActions(app: Pick<Services, 'platform' | 'logger' | 'popover' | 'editor' | 'account' | 'refresh' | 'reminders'>): TrayActions {
  const { platform, logger, popover, editor, account } = app;
  return {
    open: () => popover.showChecklist(null), quickEdit: () => popover.quickEdit(), quit: () => platform.quit(),
    refresh: () => inBackground(logger, 'Refreshing from the tray', app.refresh()),
    toggleItem: (id, completed) => inBackground(logger, 'Ticking from the tray', editor.update(id, { completed })),
    pauseReminders: (untilMs) => inBackground(logger, 'Pausing reminders', Promise.resolve(app.reminders().pause(untilMs))),
    signOut: () => inBackground(logger, 'Signing out from the tray', account.signOut()),
  };
}

/** What a reminder service is told about the app (reminders-port). */
function remindersContext(
  app: Pick<Services, 'platform' | 'logger' | 'settings' | 'sync' | 'presenter' | 'popover' | 'editor'> & { onCorrupt(message: string): void; stateFilePath: string; listAsOf(): number | null },
): RemindersContext {
  const { platform, settings, sync, presenter, popover, editor } = app;
  return {
    clock: platform.clock, notifier: platform.notifier, logger: app.logger, stateFilePath: app.stateFilePath, onCorrupt: app.onCorrupt, timeZone: platform.timeZone,
    clockStyle: () => clockStyleFor(platform.locale(), settings.current().clock),
    getLeadMinutes: () => settings.current().reminderLeadMinutes,
    // The check draws from the reminder's own share of the key's reads; when no read is allowed, the reminder says how old the list is.
    refreshIfStale: async () => ((await sync.refreshIfOlderThan(REMINDER_STALE_MS, 'reminder')).ok ? presenter.items() : null),
    listAsOf: app.listAsOf,
    openItem: (id) => popover.showChecklist(id),
    completeItem: (id) => editor.update(id, { completed: true }),
    onStateChange: () => presenter.changed(),
  };
}

/** What main and the tests hold: one handler per IPC channel, and the app's entry points. */
function handleFor(app: Omit<Services, 'sync'>): OmiTray {
  const { platform, presenter, account, editor, settings, conversations, popover, outbox, stranded, lifecycle } = app;
  return {
    handlers: createInvokeHandlers({
      snapshot: () => presenter.snapshot(), connect: (apiKey) => account.connect(apiKey), signOut: () => account.signOut(), refresh: app.refresh,
      update: (id, changes) => editor.update(id, changes), create: (description, dueAt) => editor.create(description, dueAt),
      delete: (id) => editor.delete(id), undoDelete: (id) => editor.undoDelete(id), hidePopover: () => platform.popover.hide(),
      settleStranded: (choice) => stranded.settle(choice),
      updateSettings: async (patch) => {
        const confirmed = await confirmAddress(patch, settings.current().apiBaseUrl, platform.ask);
        return confirmed.ok ? ok(await settings.update(confirmed.value)) : confirmed;
      },
      reminders: app.reminders,
      // The folder is the main side's own: nothing from the page names a path.
      showLogFolder: () => platform.openFolder(platform.logDir),
      conversation: async (id) => withWords(await conversations.get(id), platform.timeZone()),
      logger: app.logger,
    }),
    start: () => lifecycle.start(),
    trayClicked: () => popover.toggle(),
    quickEditRequested: () => popover.quickEdit(),
    secondInstance: (argv) => popover.secondInstance(argv),
    openItem: (id) => popover.showChecklist(outbox.resolve(id)),
    shutdown: () => lifecycle.shutdown(),
    snapshot: () => presenter.snapshot(),
    onItemsChanged: (listener) => presenter.onItemsChanged(listener),
  };
}
