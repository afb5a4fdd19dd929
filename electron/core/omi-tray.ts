/**
 * The composition root: builds every core service from the platform's adapters and wires them
 * together. It decides nothing: the account (account/account) decides what a key or an address
 * change moves, the presenter (snapshot/app-presenter) what the user sees, the lifecycle
 * (lifecycle/app-lifecycle) the order of start and quit. docs/architecture.md draws the whole.
 * createOmiTray builds the services in order; the functions below it spell out the longer hand-offs
 * (the tray menu's entries, the reminders' view of the app, the handle main holds).
 */
import { prepareConversationListCheck } from './api/conversation-list-api';
import { DATA_FILES } from './storage/data-files';
import { fileNotice, type CorruptFile } from './storage/file-notice';
import { join } from 'node:path';
import { ok, type Result } from '../shared/app-error';
import { DEFAULT_API_BASE_URL } from '../shared/settings';
import { clockStyleFor, type ClockStyle } from '../shared/due-date/clock-style';
import type { ActionItemsApi, OmiClientOptions } from './api/action-items-api';
import { OmiClient } from './api/omi-client';
import { Account } from './account/account';
import { accessFile } from './auth/access-file';
import { ApiConnection, type ApiConnectionDeps } from './auth/api-connection';
import { inBackground } from './background/in-background';
import { conversationCacheFile } from './conversations/conversation-cache-file';
import { CONVERSATION_READ_LIMITS } from './conversations/conversation-read-share';
import { ConversationService } from './conversations/conversation-service';
import { withWords } from './conversations/summary-words';
import { ItemEditor } from './edits/item-editor';
import { AppEvents } from './events/app-events';
import type { ServerItems } from './outbox/entry-delivery';
import { createInvokeHandlers } from './ipc/invoke-handlers';
import { ItemStore } from './items/item-store';
import { itemsFile } from './items/items-file';
import { ItemSync } from './items/item-sync';
import { manualRefresh } from './refresh/manual-refresh';
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
import { createDesktopReminders } from './reminders/desktop-reminders';
import { ReminderSlot } from './reminders/reminder-slot';
import { reminderStateFile } from './reminders/reminder-state-file';
import { REMINDER_STALE_MS, type RemindersContext } from './reminders/reminders-port';
import { LaunchAtLogin } from './login-item/launch-at-login';
import { lastLookFile } from './looks/last-look-file';
import { SinceLastLookedService, type SinceLastLookedDeps } from './looks/since-last-looked';
import { AppSettings } from './settings/app-settings';
import { confirmAddress } from './settings/confirm-address';
import { settingsFile } from './settings/settings-file';
import { SettingsStore } from './settings/settings-store';
import { QuickEditKey } from './shortcut/quick-edit-key';
import { AppPresenter } from './snapshot/app-presenter';
import { Checklist } from './snapshot/checklist';
import { waitingChanges } from './snapshot/waiting-changes';
import { TrayTicks } from './tray/tray-ticks';
import { ConversationListReader } from './suggestions/conversation-list-reader';
import { decisionsFile } from './suggestions/decisions-file';
import { SuggestionDecisions } from './suggestions/suggestion-decisions';
import { Suggestions } from './suggestions/suggestions';
import type { TrayActions } from './tray/tray-view';

export function createOmiTray(platform: Platform, overrides: OmiTrayOverrides = {}): OmiTray {
  const base = foundations(platform, overrides);
  const items = itemParts(base);
  const people = accountParts(base, items);
  const choices = settingParts(base, items, people);
  const views = viewParts(base, items, people, choices);
  const presenter = presenterFor(base, items, people, choices, views);
  const lifecycle = lifecycleFor(base, items, people, choices, views, presenter);
  return handleFor({
    platform,
    logger: base.logger,
    presenter,
    account: people.account,
    editor: people.editor,
    settings: choices.settings,
    conversations: items.conversations,
    popover: views.popover,
    outbox: items.outbox,
    stranded: items.stranded,
    refresh: views.refresh,
    reminders: views.reminders,
    lifecycle,
    looks: views.looks,
    suggestions: views.suggestions,
    clockStyle: choices.clockStyle,
  });
}

/** The platform's clock and zone, the redacting logger, the event hub and the data folder. */
function foundations(platform: Platform, overrides: OmiTrayOverrides) {
  const { clock, timeZone } = platform;
  const redactor = new Redactor();
  const logger = redactingLogger(platform.logger, redactor);
  const events = new AppEvents(logger);
  const { path: dataFile, options: fileOptions } = dataFolder(platform, logger, (message) =>
    events.emit('notice', message),
  );
  const createApi = overrides.createApi ?? ((options: OmiClientOptions): ActionItemsApi => new OmiClient(options));
  return { platform, overrides, clock, timeZone, redactor, logger, events, dataFile, fileOptions, createApi };
}
type Foundations = ReturnType<typeof foundations>;

/** The connection to Omi, the item list, the outbox and what reads and sends them. */
function itemParts(base: Foundations) {
  const { platform, clock, logger, events, dataFile, fileOptions } = base;
  const connection = apiConnection(platform, {
    createApi: base.createApi,
    redactor: base.redactor,
    logger,
    accessFile: accessFile(dataFile(DATA_FILES.access), fileOptions),
  });
  const store = new ItemStore({ file: itemsFile(dataFile(DATA_FILES.items), fileOptions), clock, logger });
  const outbox = new Outbox({
    file: outboxFile(dataFile(DATA_FILES.outbox), fileOptions),
    clock,
    serverItem: (id) => store.get(id),
    owner: () => connection.keyTag(),
  });
  const budgets = readBudgets({ clock, logger }, readsFile(dataFile(DATA_FILES.reads), fileOptions), () =>
    connection.keyTag(),
  );
  const sync = new ItemSync({
    clock,
    logger,
    store,
    budget: budgets.items,
    api: () => connection.api(),
    onReachable: () => events.emit('reachable'),
    onStateChange: () => events.emit('changed'),
  });
  const conversations = new ConversationService({
    clock,
    logger,
    budget: budgets.conversations,
    api: () => connection.api(),
    origin: () => connection.apiOrigin(),
    file: conversationCacheFile(dataFile(DATA_FILES.conversations), fileOptions),
  });
  const sender = outboxSender({ outbox, clock, logger, reads: budgets.items, connection, store, events });
  const stranded = strandedChanges({ outbox, logger, connection, store, sender });
  const claimStranded = () => inBackground(logger, 'Claiming changes made with an earlier key', stranded.listed());
  events.on(
    'reachable',
    () => void (claimStranded(), inBackground(logger, 'Sending waiting changes', sender.retryNow('network'))),
  );
  return { connection, store, outbox, budgets, sync, conversations, sender, stranded, claimStranded };
}
type ItemParts = ReturnType<typeof itemParts>;

/** The account, the person's decisions on suggestions, the checklist they see and the editor of their items. */
function accountParts(base: Foundations, items: ItemParts) {
  const { clock, logger, events, dataFile, fileOptions } = base;
  const { store, outbox, sender } = items;
  const account = new Account({
    connection: items.connection,
    list: store,
    sync: items.sync,
    conversations: items.conversations,
    sender,
    clock,
    logger,
    listed: items.claimStranded,
    listChanged: () => events.emit('listChanged'),
    signedOut: () => events.emit('signedOut'),
    changed: () => events.emit('changed'),
  });
  events.on('refused', (refusal) => account.refused(refusal));
  const decisions = new SuggestionDecisions({
    clock,
    logger,
    file: decisionsFile(dataFile(DATA_FILES.suggestions), fileOptions),
    currentId: (id) => outbox.resolve(id),
  });
  listEvents({ events, store, outbox, decisions });
  const checklist = new Checklist({ account, list: store, outbox, addedFrom: (id) => decisions.conversationOf(id) });
  const editor = new ItemEditor({
    clock,
    outbox,
    canEdit: () => account.canEdit(),
    itemView: (id) => checklist.item(id),
    queued: () => inBackground(logger, 'Sending a change', sender.flush()),
  });
  return { account, decisions, checklist, editor };
}
type AccountParts = ReturnType<typeof accountParts>;

/** The settings, what each change of them moves, and the clock style they give. */
function settingParts(base: Foundations, items: ItemParts, people: AccountParts) {
  const { platform, logger, events, dataFile, fileOptions } = base;
  const launchAtLogin = new LaunchAtLogin({ port: platform.loginItem, logger });
  const settings = new AppSettings({
    store: new SettingsStore(settingsFile(dataFile(DATA_FILES.settings), fileOptions)),
    envBaseUrl: platform.env.OMI_API_BASE_URL,
    logger,
    reactions: {
      account: (before, after) => people.account.settingsChanged(before, after),
      quickEditShortcut: () => events.emit('settingChanged', 'quickEditShortcut'),
      launchAtLogin: (enabled) => launchAtLogin.set(enabled),
      reminderLeadMinutes: () => events.emit('settingChanged', 'reminderLeadMinutes'),
      changed: () => events.emit('changed'),
    },
  });
  // The next key signed in is told again if it may not read conversations (a sign-out refused, as
  // for a key from the environment, keeps the line hidden).
  events.on('signedOut', () => {
    if (settings.current().conversationsNoteHidden)
      inBackground(logger, 'Showing the conversations line again', settings.update({ conversationsNoteHidden: false }));
  });
  const clockStyle = () => clockStyleFor(platform.locale(), settings.current().clock);
  return { launchAtLogin, settings, clockStyle };
}
type SettingParts = ReturnType<typeof settingParts>;

/** What the person reaches: suggestions, the popover, the shortcut, the tray's ticks, Refresh and the last look. */
function viewParts(base: Foundations, items: ItemParts, people: AccountParts, choices: SettingParts) {
  const { platform, clock, timeZone, logger, events, dataFile, fileOptions } = base;
  const { store, outbox, sync, sender } = items;
  const { account, decisions, checklist, editor } = people;
  const { settings, clockStyle } = choices;
  const { reader, suggestions, files } = suggestionParts({
    clock,
    logger,
    events,
    decisions,
    checklist,
    connection: items.connection,
    conversations: items.conversations,
    budget: items.budgets.conversations,
    account,
    editor,
    outbox,
  });
  const popover = new PopoverCommands({
    popover: platform.popover,
    signedIn: () => account.signedIn(),
    logger,
    refreshIfOlderThan: (maxAgeMs, reason) => sync.refreshIfOlderThan(maxAgeMs, reason),
    looked: () => reader.looked(),
  });
  events.on('changed', () => popover.stateChanged());
  const shortcut = new QuickEditKey({
    shortcuts: platform.shortcuts,
    accelerator: () => settings.current().quickEditShortcut,
    onPress: () => popover.quickEdit(),
    logger,
    changed: () => events.emit('changed'),
  });
  const reminders = new ReminderSlot();
  events.on('settingChanged', (setting) =>
    setting === 'quickEditShortcut' ? shortcut.register() : reminders.current().replan?.(),
  );
  const trayTicks = trayTicksFor({ platform, logger, editor, popover, checklist, events });
  const waiting = () => waitingChanges({ clock, timeZone, clockStyle, account, outbox, sender });
  const refresh = () =>
    alsoReadConversations(
      reader,
      logger,
      manualRefresh({ sync, sender, waitingChanges: () => waiting().waiting, clock, timeZone, clockStyle, logger }),
    );
  const looks = sinceLastLooked({
    platform,
    logger,
    account,
    store,
    outbox,
    editor,
    checklist,
    events,
    file: lastLookFile(dataFile(DATA_FILES.lastLook), fileOptions),
    addedHere: (id) => decisions.keyOf(id) !== null,
    anyAddedHere: () => decisions.anyAdded(),
  });
  return { suggestions, suggestionFiles: files, popover, shortcut, reminders, trayTicks, refresh, looks };
}
type ViewParts = ReturnType<typeof viewParts>;

/** The presenter, built last: it reads every service and hears the hub. */
function presenterFor(
  base: Foundations,
  items: ItemParts,
  people: AccountParts,
  choices: SettingParts,
  views: ViewParts,
): AppPresenter {
  const { platform, logger } = base;
  const { popover, trayTicks, refresh, reminders, suggestions } = views;
  const presenter = new AppPresenter({
    clock: base.clock,
    logger,
    timeZone: base.timeZone,
    clockStyle: choices.clockStyle,
    send: platform.send,
    tray: platform.tray,
    account: people.account,
    checklist: people.checklist,
    outbox: items.outbox,
    sync: items.sync,
    sender: items.sender,
    settings: () => choices.settings.current(),
    reminders: () => reminders.current(),
    shortcut: () => views.shortcut.outcome(),
    loginItem: () => choices.launchAtLogin.state(),
    about: aboutApp(platform),
    trayActions: trayActions({ platform, logger, popover, trayTicks, refresh, reminders }),
    trayTick: () => trayTicks.recent(),
    looks: views.looks,
    suggestions: () => suggestions.shown(),
  });
  presenterHears(base.events, presenter);
  return presenter;
}

/** The order of start and quit, and the reminders it plugs in once the app is ready. */
function lifecycleFor(
  base: Foundations,
  items: ItemParts,
  people: AccountParts,
  choices: SettingParts,
  views: ViewParts,
  presenter: AppPresenter,
): AppLifecycle {
  const { platform, logger, dataFile, fileOptions } = base;
  const { store, sync } = items;
  const { settings } = choices;
  const { checklist, editor } = people;
  const { popover } = views;
  return new AppLifecycle({
    settings,
    outbox: items.outbox,
    reads: items.budgets.ledger,
    list: store,
    account: people.account,
    presenter,
    shortcut: views.shortcut,
    sync,
    sender: items.sender,
    conversations: items.conversations,
    popover,
    platform,
    launchAtLogin: choices.launchAtLogin,
    logger,
    looks: views.looks,
    suggestions: views.suggestionFiles,
    createReminders: () =>
      views.reminders.plug(
        (base.overrides.createReminders ?? createDesktopReminders)(
          remindersContext({
            platform,
            logger,
            stateFile: reminderStateFile(dataFile(DATA_FILES.reminders), fileOptions),
            listAsOf: () => store.lastFetchedAt(),
            settings,
            sync,
            checklist,
            events: base.events,
            popover,
            editor,
          }),
        ),
      ),
  });
}

/** The list and the outbox tell everyone through the hub; an item created from a suggestion gets the server's id, and the decision follows it first. */
function listEvents(app: {
  events: AppEvents;
  store: ItemStore;
  outbox: Outbox;
  decisions: SuggestionDecisions;
}): void {
  const { events, store, outbox, decisions } = app;
  outbox.onChange(() => decisions.idsSettled());
  store.onChange(() => events.emit('listChanged'));
  outbox.onChange(() => events.emit('listChanged'));
}

/** The presenter shows what the events say: a push for a change, items again for a new list, a notice, a refusal. */
function presenterHears(events: AppEvents, presenter: AppPresenter): void {
  events.on('changed', () => presenter.changed());
  events.on('listChanged', () => presenter.listChanged());
  events.on('notice', (words) => presenter.notice(words));
  events.on('refused', (refusal) => presenter.refused(refusal));
  events.on('signedOut', () => presenter.signedOut());
}

/** Sends the outbox's changes: only to the server and with the key they were made for; refusals reach the person and the account. */
function outboxSender(deps: {
  outbox: Outbox;
  clock: Clock;
  logger: Logger;
  reads: ReadBudget;
  connection: ApiConnection;
  store: ItemStore;
  events: AppEvents;
}): OutboxSender {
  const { outbox, clock, logger, reads, connection, store, events } = deps;
  return new OutboxSender({
    outbox,
    clock,
    logger,
    reads,
    owner: () => connection.keyTag(),
    server: serverItems(store),
    // Changes made for one server never go to another; changes made with one key never go with another.
    api: (): ActionItemsApi | null => connection.apiFor(outbox.origin()),
    refused: (refusal) => events.emit('refused', refusal),
    told: (words) => {
      logger.warn('Told the user about a change', { words });
      events.emit('notice', words);
    },
  });
}

/** The key and the API it is for. The environment's key goes only to the environment's address (or Omi's own), never to one saved in Settings. */
function apiConnection(
  platform: Platform,
  deps: Pick<ApiConnectionDeps, 'createApi' | 'redactor' | 'logger' | 'accessFile'>,
): ApiConnection {
  return new ApiConnection({
    ...deps,
    secrets: platform.secrets,
    fetch: platform.fetch,
    envKey: platform.env.OMI_API_KEY,
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

/** "From your conversations": the reads of recent conversations, and suggestions from them and the person's decisions. */
function suggestionParts(app: {
  clock: Clock;
  logger: Logger;
  events: AppEvents;
  decisions: SuggestionDecisions;
  checklist: Checklist;
  budget: ReadBudget;
  connection: ApiConnection;
  conversations: ConversationService;
  account: Account;
  editor: ItemEditor;
  outbox: Outbox;
}) {
  const { clock, logger, connection, events, decisions, account, editor } = app;
  // Built once the app has started, not at the first look (see prepareConversationListCheck).
  clock.setTimeout(() => prepareConversationListCheck(), 0);
  const reader = new ConversationListReader({
    clock,
    logger,
    budget: app.budget,
    api: () => connection.api(),
    owner: () => readerOwner(connection),
    learned: (summaries) => app.conversations.learned(summaries),
    changed: () => events.emit('conversationsRead'),
  });
  const suggestions = new Suggestions({
    reader,
    decisions,
    items: () => app.checklist.items(),
    signedIn: () => account.signedIn(),
    readOnly: () => connection.isReadOnly(),
    create: (description, dueAt, beforeQueued) => editor.create(description, dueAt, beforeQueued),
    remove: (id) => editor.delete(id),
    changed: () => events.emit('changed'),
  });
  events.on('conversationsRead', () => suggestions.changed());
  const files = {
    load: async () => {
      await decisions.load();
      // Only against an outbox that was read: an unreadable one may still hold the creates.
      if (app.outbox.readable()) await decisions.settleAdds((id) => app.outbox.get(id) !== undefined);
      suggestions.changed();
    },
    settled: () => decisions.settled(),
  };
  return { reader, suggestions, files };
}

/** Refresh reads recent conversations too (when the last read is not moments old), beside the list. */
function alsoReadConversations(
  reader: ConversationListReader,
  logger: Logger,
  listed: Promise<Result<null>>,
): Promise<Result<null>> {
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
  checklist: Checklist;
  events: AppEvents;
  reminders: ReminderSlot;
  refresh(): Promise<Result<null>>;
  clockStyle(): ClockStyle;
}

/** The data folder's files; one found corrupt is moved aside, and the log and the popover say so. */
function dataFolder(platform: Platform, logger: Logger, notice: (message: string) => void) {
  const onCorrupt = (message: string, corrupt?: CorruptFile) => {
    logger.warn(message);
    notice(corrupt ? fileNotice(corrupt) : message);
  };
  return {
    path: (name: string) => join(platform.dataDir, name),
    options: { onCorrupt, now: () => platform.clock.now() },
  };
}

/** Changes made with an earlier key: sent once this key's list proves the same account, or as the person says. */
function strandedChanges(app: {
  outbox: Outbox;
  logger: Logger;
  connection: ApiConnection;
  store: ItemStore;
  sender: OutboxSender;
}): StrandedChanges {
  const { outbox, logger, connection, store, sender } = app;
  return new StrandedChanges({
    outbox,
    logger,
    owner: () => connection.keyTag(),
    isThisServer: (origin) => connection.isThisServer(origin),
    listed: () => store.all(),
    // A new key, or the person's Send: a backoff earned by the old key (a refused key waits minutes) is skipped once.
    sendNow: () => inBackground(logger, 'Sending changes of an earlier key', sender.retryNow('user')),
  });
}

/** "Since you last looked": the list now against the list last seen, the app's own waiting changes laid over the latter. */
function sinceLastLooked(app: {
  platform: Platform;
  logger: Logger;
  account: Account;
  store: ItemStore;
  outbox: Outbox;
  editor: ItemEditor;
  checklist: Checklist;
  events: AppEvents;
  file: SinceLastLookedDeps['file'];
  /** Whether an item was added here from a suggestion. */
  addedHere(id: string): boolean;
  /** Whether any was: without one, the list's 2,000 items are not each looked up at every snapshot. */
  anyAddedHere(): boolean;
}): SinceLastLookedService {
  const { account, store, outbox, editor, events } = app;
  const looks = new SinceLastLookedService({
    file: app.file,
    clock: app.platform.clock,
    logger: app.logger,
    owner: () => account.keyTag(),
    listFetchedAt: () => store.lastFetchedAt(),
    items: () => app.checklist.items(),
    addedHere: () =>
      app.anyAddedHere() ? app.checklist.items().filter((item) => !item.completed && app.addedHere(item.id)) : [],
    ownChanges: () =>
      account.isThisServer(outbox.origin())
        ? outbox.listFor(account.keyTag()).map((entry) => ({
            key: entry.key,
            changes: entry.changes,
            create: entry.create !== null,
            delete: entry.delete !== null,
          }))
        : [],
    resolve: (id) => outbox.resolve(id),
    create: (description, dueAt) => editor.create(description, dueAt),
    changed: () => events.emit('changed'),
  });
  // After the hub heard of it, so the checklist is computed again before the looks read it.
  store.onChange(() => looks.listChanged());
  outbox.onChange(() => looks.ownChangesMade());
  app.platform.popover.onVisibilityChange?.((visible) => looks.popoverVisible(visible));
  return looks;
}

/** What Settings says about this run: version, folders, and whether OMI_API_BASE_URL sets the address. */
function aboutApp(platform: Platform) {
  return {
    version: platform.version,
    dataFolder: platform.dataDir,
    logFolder: platform.logDir,
    apiAddressFromEnvironment: Boolean(platform.env.OMI_API_BASE_URL?.trim()),
  };
}

/** The item store as the outbox sender sees the server's items (a lookup's list holds the known items it could not prove gone). */
function serverItems(store: ItemStore): ServerItems {
  return {
    upsert: (item) => store.upsert(item),
    remove: (id) => store.remove(id),
    get: (id) => store.get(id),
    all: () => store.all(),
    listed: (items, startedAt) => store.replaceAll(items, startedAt),
    lastListStartedAt: () => store.lastListStartedAt(),
  };
}

/** Ticks from the tray menu, with a notification that offers Undo and the popover's Undo bar. */
function trayTicksFor(
  app: Pick<Services, 'platform' | 'logger' | 'editor' | 'popover' | 'checklist' | 'events'>,
): TrayTicks {
  const { platform, logger, editor, popover, checklist, events } = app;
  return new TrayTicks({
    clock: platform.clock,
    logger,
    notifier: platform.notifier,
    setDone: (id, completed) => editor.update(id, { completed }),
    describe: (id) => checklist.item(id)?.description ?? null,
    openItem: (id) => popover.showChecklist(id),
    changed: () => events.emit('changed'),
  });
}

/** The tray menu's entries: each one call into a service, in the background where nobody waits. */
function trayActions(
  app: Pick<Services, 'platform' | 'logger' | 'popover' | 'refresh' | 'reminders'> & { trayTicks: TrayTicks },
): TrayActions {
  const { platform, logger, popover, trayTicks } = app;
  return {
    open: () => popover.showChecklist(null),
    quickEdit: () => popover.quickEdit(),
    quit: () => platform.quit(),
    openSuggestions: () => popover.showSuggestions(),
    refresh: () => inBackground(logger, 'Refreshing from the tray', app.refresh()),
    // The menu lists open items only, so a tray tick always marks done (with Undo).
    toggleItem: (id) => inBackground(logger, 'Ticking from the tray', trayTicks.tick(id)),
    pauseReminders: (untilMs) =>
      inBackground(logger, 'Pausing reminders', Promise.resolve(app.reminders.current().pause(untilMs))),
    signOut: () => popover.askSignOut(),
  };
}

/** What a reminder service is told about the app (reminders/reminders-port). */
function remindersContext(
  app: Pick<Services, 'platform' | 'logger' | 'settings' | 'sync' | 'checklist' | 'events' | 'popover' | 'editor'> &
    Pick<RemindersContext, 'stateFile' | 'listAsOf'>,
): RemindersContext {
  const { platform, settings, sync, checklist, events, popover, editor } = app;
  return {
    clock: platform.clock,
    notifier: platform.notifier,
    logger: app.logger,
    stateFile: app.stateFile,
    timeZone: platform.timeZone,
    clockStyle: () => clockStyleFor(platform.locale(), settings.current().clock),
    getLeadMinutes: () => settings.current().reminderLeadMinutes,
    // The check draws from the reminder's own share of the key's reads; when no read is allowed, the reminder says how old the list is.
    refreshIfStale: async () =>
      (await sync.refreshIfOlderThan(REMINDER_STALE_MS, 'reminder')).ok ? checklist.items() : null,
    listAsOf: app.listAsOf,
    openItem: (id) => popover.showChecklist(id),
    completeItem: (id) => editor.update(id, { completed: true }),
    onStateChange: () => events.emit('changed'),
  };
}

/** What main and the tests hold: one handler per IPC channel, and the app's entry points. */
function handleFor(app: Omit<Services, 'sync' | 'checklist' | 'events'>): OmiTray {
  const {
    platform,
    presenter,
    account,
    editor,
    settings,
    conversations,
    popover,
    outbox,
    stranded,
    lifecycle,
    suggestions,
  } = app;
  return {
    handlers: createInvokeHandlers({
      snapshot: () => presenter.snapshot(),
      connect: (apiKey) => account.connect(apiKey),
      signOut: () => account.signOut(),
      refresh: app.refresh,
      update: (id, changes) => editor.update(id, changes),
      create: (description, dueAt) => editor.create(description, dueAt),
      delete: (id) => editor.delete(id),
      undoDelete: (id) => editor.undoDelete(id),
      hidePopover: () => platform.popover.hide(),
      settleStranded: (choice) => stranded.settle(choice),
      updateSettings: async (patch) => {
        const confirmed = await confirmAddress(patch, settings.current().apiBaseUrl, platform.ask);
        return confirmed.ok ? ok(await settings.update(confirmed.value)) : confirmed;
      },
      reminders: () => app.reminders.current(),
      // The folder is the main side's own: nothing from the page names a path.
      showLogFolder: () => platform.openFolder(platform.logDir),
      conversation: async (id) => withWords(await conversations.get(id), platform.timeZone(), app.clockStyle()),
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
