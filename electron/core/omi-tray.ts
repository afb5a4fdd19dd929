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
import { Account, type AccountDeps } from './account/account';
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
import { AppLifecycle, type AppLifecycleDeps } from './lifecycle/app-lifecycle';
import { redactingLogger } from './logging/logger';
import { Redactor } from './logging/redactor';
import type { OmiTray, OmiTrayOverrides } from './omi-tray.types';
import { Outbox } from './outbox/outbox';
import type { OutboxEntry } from './outbox/outbox-entry';
import { outboxFile } from './outbox/outbox-file';
import { OutboxSender } from './outbox/outbox-sender';
import { StrandedChanges } from './outbox/stranded-changes';
import { PopoverCommands } from './popover/popover-commands';
import type { Clock, Logger, Platform } from './ports';
import { REMINDER_STALE_MS, type Reminders, type RemindersContext } from './reminders-port';
import { LaunchAtLogin } from './login-item/launch-at-login';
import { lastLookFile } from './looks/last-look-file';
import type { OwnChange } from './looks/look-baseline';
import { SinceLastLookedService } from './looks/since-last-looked';
import { AppSettings } from './settings/app-settings';
import { confirmAddress } from './settings/confirm-address';
import { settingsFile } from './settings/settings-file';
import { SettingsStore } from './settings/settings-store';
import { QuickEditKey } from './shortcut/quick-edit-key';
import { AppPresenter, type AppPresenterDeps } from './snapshot/app-presenter';
import { TrayTicks } from './tray/tray-ticks';
import { ConversationListReader } from './suggestions/conversation-list-reader';
import { decisionsFile } from './suggestions/decisions-file';
import { SuggestionDecisions } from './suggestions/suggestion-decisions';
import { Suggestions } from './suggestions/suggestions';
import type { TrayActions } from './tray/tray-view';

export function createOmiTray(platform: Platform, overrides: OmiTrayOverrides = {}): OmiTray {
  const { clock, timeZone } = platform;
  const redactor = new Redactor();
  const logger = redactingLogger(platform.logger, redactor);
  const files = dataFolder(platform, logger, (message) => presenter.notice(message));
  const createApi = overrides.createApi ?? ((options: OmiClientOptions): ActionItemsApi => new OmiClient(options));
  // Services built further down, reached only once the app runs.
  const later: Later = { presenter: () => presenter, account: () => account, editor: () => editor, sender: () => sender, lifecycle: () => lifecycle, shortcut: () => shortcut };

  const saved = savedData({ platform, logger, redactor, createApi, files });
  const base = { ...saved, platform, clock, logger, files };
  const reachable = () => void (claimStranded(), inBackground(logger, 'Sending waiting changes', sender.retryNow('network')));
  const sync = itemSync({ ...base, reachable }, later);
  const sender = outboxSender({ ...base, ...later });
  const stranded = strandedChanges({ ...base, ...later });
  const claimStranded = () => inBackground(logger, 'Claiming changes made with an earlier key', stranded.listed());
  const account = accountFor({ ...base, sync, sender, listed: claimStranded }, later);
  const editor = itemEditor({ ...base, sender }, later);
  const launchAtLogin = new LaunchAtLogin({ port: platform.loginItem, logger });
  const settings = appSettings({ ...base, launchAtLogin }, later);
  const { decisions, reader, suggestions, files: suggestionFiles } = suggestionParts({ ...base, ...later });
  const popover = popoverCommands({ ...base, account, sync, reader });
  const shortcut = quickEditKey({ ...base, settings, popover }, later);
  const trayTicks = trayTicksFor({ ...base, editor, popover, presenter: later.presenter });
  const clockStyle = () => clockStyleFor(platform.locale(), settings.current().clock);
  const waitingChanges = () => presenter.outboxStatus().waiting;
  const refresh = () => alsoReadConversations(reader, logger, manualRefresh({ sync, sender, waitingChanges, clock, timeZone, clockStyle, logger }));
  const reminders = (): Reminders => lifecycle.reminders();
  const looks = sinceLastLooked({ ...base, account, editor, presenter: later.presenter });
  const app = {
    ...base, sync, sender, stranded, account, editor, launchAtLogin, settings, decisions, suggestions, suggestionFiles, popover, shortcut,
    trayTicks, clockStyle, refresh, reminders, looks,
  };
  const presenter: AppPresenter = appPresenter({ ...app, trayActions: trayActions(app) });
  saved.store.onChange(() => (presenter.listChanged(), looks.listChanged()));
  saved.outbox.onChange(() => (presenter.listChanged(), looks.ownChangesMade()));
  platform.popover.onVisibilityChange?.((visible) => looks.popoverVisible(visible));
  const lifecycle = appLifecycle({ ...app, presenter, createReminders: overrides.createReminders });
  return handleFor({ ...app, presenter, lifecycle });
}

/** Services createOmiTray builds further down: a hand-off built earlier reaches them only once the app runs. */
interface Later {
  presenter: () => AppPresenter;
  account: () => Account;
  editor: () => ItemEditor;
  sender: () => OutboxSender;
  lifecycle: () => AppLifecycle;
  shortcut: () => QuickEditKey;
}

/** What the app keeps in its data folder and what it reads from Omi: the list, the waiting changes, reads, the key, conversations. */
function savedData(app: { platform: Platform; logger: Logger; redactor: Redactor; createApi: ApiConnectionDeps['createApi']; files: DataFolder }) {
  const { logger, files: { path, options } } = app;
  const { clock } = app.platform;
  const owner = () => connection.keyTag();
  const store = new ItemStore({ file: itemsFile(path('items.json'), options), clock, logger });
  const outbox = new Outbox({ file: outboxFile(path('outbox.json'), options), clock, serverItem: (id) => store.get(id), owner });
  const budgets = readBudgets({ clock, logger }, readsFile(path('reads.json'), options), owner);
  const connection = apiConnection(app.platform, { createApi: app.createApi, redactor: app.redactor, logger, accessFile: accessFile(path('access.json'), options) });
  const conversations = new ConversationService({
    clock, logger, budget: budgets.conversations, api: () => connection.api(), origin: () => connection.apiOrigin(),
    file: conversationCacheFile(path('conversations.json'), options),
  });
  return { store, outbox, readLedger: budgets.ledger, reads: budgets.items, conversationReads: budgets.conversations, connection, conversations };
}

/** The list kept in step with Omi; once Omi answers again, waiting changes go out. */
function itemSync(app: { platform: Platform; logger: Logger; store: ItemStore; reads: ReadBudget; connection: ApiConnection; reachable(): void }, later: Pick<Later, 'presenter'>): ItemSync {
  const { logger, store, connection } = app;
  return new ItemSync({
    clock: app.platform.clock, logger, store, budget: app.reads, api: () => connection.api(),
    onReachable: app.reachable, onStateChange: () => later.presenter().changed(),
  });
}

/** The person's key and server: what a sign-in, a sign-out or another address moves; the presenter shows the result. */
function accountFor(app: Omit<AccountDeps, 'list' | 'listChanged' | 'signedOut' | 'changed'> & { store: ItemStore }, later: Pick<Later, 'presenter'>): Account {
  const { connection, sync, conversations, sender, clock, logger, listed } = app;
  return new Account({
    connection, list: app.store, sync, conversations, sender, clock, logger, listed,
    listChanged: () => later.presenter().listChanged(), signedOut: () => later.presenter().signedOut(), changed: () => later.presenter().changed(),
  });
}

/** Edits from the popover and the tray, queued in the outbox and sent at once. */
function itemEditor(app: { clock: Clock; outbox: Outbox; logger: Logger; sender: OutboxSender }, later: Pick<Later, 'account' | 'presenter'>): ItemEditor {
  return new ItemEditor({
    clock: app.clock, outbox: app.outbox, canEdit: () => later.account().canEdit(), itemView: (id) => later.presenter().item(id),
    queued: () => inBackground(app.logger, 'Sending a change', app.sender.flush()),
  });
}

/** Settings, saved in the data folder; a change reaches the service it is about. */
function appSettings(app: { platform: Platform; logger: Logger; files: DataFolder; launchAtLogin: LaunchAtLogin }, later: Later): AppSettings {
  const { launchAtLogin } = app;
  return new AppSettings({
    store: new SettingsStore(settingsFile(app.files.path('settings.json'), app.files.options)), envBaseUrl: app.platform.env.OMI_API_BASE_URL, logger: app.logger,
    reactions: {
      account: (before, after) => later.account().settingsChanged(before, after), quickEditShortcut: () => later.shortcut().register(),
      launchAtLogin: (enabled) => launchAtLogin.set(enabled), reminderLeadMinutes: () => later.lifecycle().reminders().replan?.(),
      changed: () => later.presenter().changed(),
    },
  });
}

/** The popover's commands: show it, hide it, and refresh what it shows when it opens. */
function popoverCommands(app: { platform: Platform; logger: Logger; account: Account; sync: ItemSync; reader: ConversationListReader }): PopoverCommands {
  const { account, sync, reader } = app;
  return new PopoverCommands({
    popover: app.platform.popover, signedIn: () => account.signedIn(), logger: app.logger,
    refreshIfOlderThan: (maxAgeMs, reason) => sync.refreshIfOlderThan(maxAgeMs, reason), looked: () => reader.looked(),
  });
}

/** The Quick edit shortcut, registered as Settings say; pressing it opens Quick edit. */
function quickEditKey(app: { platform: Platform; logger: Logger; settings: AppSettings; popover: PopoverCommands }, later: Pick<Later, 'presenter'>): QuickEditKey {
  const { settings, popover } = app;
  return new QuickEditKey({
    shortcuts: app.platform.shortcuts, accelerator: () => settings.current().quickEditShortcut, onPress: () => popover.quickEdit(),
    logger: app.logger, changed: () => later.presenter().changed(),
  });
}

/** What the person sees, put together from every service and sent to the popover and the tray. */
function appPresenter(app: {
  platform: Platform; logger: Logger; clockStyle: AppPresenterDeps['clockStyle']; account: Account; store: ItemStore; outbox: Outbox; sync: ItemSync;
  sender: OutboxSender; settings: AppSettings; reminders(): Reminders; shortcut: QuickEditKey; launchAtLogin: LaunchAtLogin;
  trayActions: TrayActions; trayTicks: TrayTicks; looks: SinceLastLookedService; decisions: SuggestionDecisions; suggestions: Suggestions;
}): AppPresenter {
  const { platform, settings, shortcut, launchAtLogin, trayTicks, decisions, suggestions } = app;
  return new AppPresenter({
    clock: platform.clock, logger: app.logger, timeZone: platform.timeZone, clockStyle: app.clockStyle, send: platform.send, tray: platform.tray,
    account: app.account, list: app.store, outbox: app.outbox, sync: app.sync, sender: app.sender,
    settings: () => settings.current(), reminders: app.reminders, shortcut: () => shortcut.outcome(),
    loginItem: () => launchAtLogin.state(), about: aboutApp(platform),
    trayActions: app.trayActions,
    trayTick: () => trayTicks.recent(),
    looks: app.looks,
    addedFrom: (id) => decisions.conversationOf(id), suggestions: () => suggestions.state(),
  });
}

/** The order of start and quit; reminders are built at start, desktop ones unless the caller brings its own. */
function appLifecycle(
  app: Pick<Services, 'platform' | 'logger' | 'settings' | 'sync' | 'presenter' | 'popover' | 'editor' | 'outbox' | 'account' | 'conversations' | 'looks'> & {
    store: ItemStore; readLedger: ReadLedger; shortcut: QuickEditKey; sender: OutboxSender; launchAtLogin: LaunchAtLogin;
    suggestionFiles: AppLifecycleDeps['suggestions']; files: DataFolder; createReminders: OmiTrayOverrides['createReminders'];
  },
): AppLifecycle {
  const { platform, logger, settings, sync, presenter, popover, editor, store, files } = app;
  const context = () =>
    remindersContext({
      platform, logger, onCorrupt: files.options.onCorrupt, stateFilePath: files.path('reminders.json'), listAsOf: () => store.lastFetchedAt(),
      settings, sync, presenter, popover, editor,
    });
  return new AppLifecycle({
    settings, outbox: app.outbox, reads: app.readLedger, list: store, account: app.account, presenter, shortcut: app.shortcut, sync, sender: app.sender,
    conversations: app.conversations, popover, platform, launchAtLogin: app.launchAtLogin, logger, looks: app.looks, suggestions: app.suggestionFiles,
    createReminders: () => (app.createReminders ?? createDesktopReminders)(context()),
  });
}

/** Sends the outbox's changes: only to the server and with the key they were made for; refusals reach the person and the account. */
function outboxSender(deps: {
  outbox: Outbox; clock: Clock; logger: Logger; reads: ReadBudget; connection: ApiConnection; store: ItemStore;
  account: () => Account; presenter: () => AppPresenter;
}): OutboxSender {
  const { outbox, clock, logger, reads, connection, store } = deps;
  return new OutboxSender({
    outbox, clock, logger, reads, owner: () => connection.keyTag(), server: serverItems(store),
    // Changes made for one server never go to another; changes made with one key never go with another.
    api: (): ActionItemsApi | null => deps.account().apiFor(outbox.origin()),
    refused: (refusal) => {
      deps.presenter().refused(refusal);
      deps.account().refused(refusal);
    },
    told: (words) => {
      logger.warn('Told the user about a change', { words });
      deps.presenter().notice(words);
    },
  });
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

/** "From your conversations": the person's decisions, the reads of recent conversations, and the two together. */
function suggestionParts(app: {
  clock: Clock; logger: Logger; files: DataFolder; outbox: Outbox; conversationReads: ReadBudget; connection: ApiConnection;
  conversations: ConversationService; presenter: () => AppPresenter; account: () => Account; editor: () => ItemEditor;
}) {
  const { clock, logger, connection } = app;
  const file = decisionsFile(app.files.path('suggestions.json'), app.files.options);
  const decisions = new SuggestionDecisions({ clock, logger, file, currentId: (id) => app.outbox.resolve(id) });
  // An item created from a suggestion gets the server's id: the decision follows it.
  app.outbox.onChange(() => decisions.idsSettled());
  const reader = new ConversationListReader({
    clock, logger, budget: app.conversationReads, api: () => connection.api(), owner: () => readerOwner(connection),
    learned: (summaries) => inBackground(logger, 'Keeping conversation summaries', app.conversations.learned(summaries)),
    changed: () => suggestions.changed(),
  });
  const suggestions: Suggestions = new Suggestions({
    reader, decisions, items: () => app.presenter().items(), signedIn: () => app.account().signedIn(), readOnly: () => connection.isReadOnly(),
    create: (description, dueAt) => app.editor().create(description, dueAt), remove: (id) => app.editor().delete(id),
    changed: () => app.presenter().changed(),
  });
  const files = { load: () => decisions.load().then(() => suggestions.changed()), settled: () => decisions.settled() };
  return { decisions, reader, suggestions, files };
}

/** Refresh reads recent conversations too (when the last read is not moments old), beside the list. */
function alsoReadConversations(reader: ConversationListReader, logger: Logger, listed: Promise<Result<null>>): Promise<Result<null>> {
  inBackground(logger, 'Reading recent conversations', reader.refreshed());
  return listed;
}

/** Recent conversations belong to the server and key they were read with. */
function readerOwner(connection: ApiConnection): string | null {
  const origin = connection.apiOrigin();
  const tag = connection.keyTag();
  return origin === null || tag === null ? null : `${origin} ${tag}`;
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
  looks: SinceLastLookedService;
  suggestions: Suggestions;
  refresh(): Promise<Result<null>>;
  reminders(): Reminders;
}

type DataFolder = ReturnType<typeof dataFolder>;

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

/** "Since you last looked": the list now against the list last seen, the app's own waiting changes laid over the latter. */
function sinceLastLooked(app: {
  platform: Platform; logger: Logger; account: Account; store: ItemStore; outbox: Outbox; editor: ItemEditor; presenter: () => AppPresenter;
  files: DataFolder;
}): SinceLastLookedService {
  const { account, store, outbox, editor } = app;
  return new SinceLastLookedService({
    file: lastLookFile(app.files.path('last-look.json'), app.files.options), clock: app.platform.clock, logger: app.logger, owner: () => account.keyTag(), listFetchedAt: () => store.lastFetchedAt(),
    items: () => app.presenter().items(),
    ownChanges: () => (account.isThisServer(outbox.origin()) ? outbox.listFor(account.keyTag()).map(ownChange) : []),
    resolve: (id) => outbox.resolve(id),
    create: (description, dueAt) => editor.create(description, dueAt),
    changed: () => app.presenter().changed(),
  });
}

/** An outbox entry as "Since you last looked" lays it over the list last seen. */
function ownChange(entry: OutboxEntry): OwnChange {
  return { key: entry.key, changes: entry.changes, create: entry.create !== null, delete: entry.delete !== null };
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

/** Ticks from the tray menu, with a notification that offers Undo and the popover's Undo bar. */
function trayTicksFor(app: Pick<Services, 'platform' | 'logger' | 'editor' | 'popover'> & { presenter: () => AppPresenter }): TrayTicks {
  const { platform, logger, editor, popover, presenter } = app;
  return new TrayTicks({
    clock: platform.clock, logger, notifier: platform.notifier, setDone: (id, completed) => editor.update(id, { completed }),
    describe: (id) => presenter().item(id)?.description ?? null, openItem: (id) => popover.showChecklist(id), changed: () => presenter().changed(),
  });
}

/** The tray menu's entries: each one call into a service, in the background where nobody waits. */
function trayActions(app: Pick<Services, 'platform' | 'logger' | 'popover' | 'refresh' | 'reminders'> & { trayTicks: TrayTicks }): TrayActions {
  const { platform, logger, popover, trayTicks } = app;
  return {
    open: () => popover.showChecklist(null), quickEdit: () => popover.quickEdit(), quit: () => platform.quit(),
    openSuggestions: () => popover.showSuggestions(),
    refresh: () => inBackground(logger, 'Refreshing from the tray', app.refresh()),
    // The menu lists open items only, so a tray tick always marks done (with Undo).
    toggleItem: (id) => inBackground(logger, 'Ticking from the tray', trayTicks.tick(id)),
    pauseReminders: (untilMs) => inBackground(logger, 'Pausing reminders', Promise.resolve(app.reminders().pause(untilMs))),
    signOut: () => popover.askSignOut(),
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
  const { platform, presenter, account, editor, settings, conversations, popover, outbox, stranded, lifecycle, suggestions } = app;
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
      looks: app.looks,
      suggestions,
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
