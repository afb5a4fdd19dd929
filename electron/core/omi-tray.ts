/**
 * The composition root: builds every core service from the platform's adapters and wires them
 * together. Decisions live in the services; this file only connects them and turns their changes
 * into snapshot pushes, tray updates and reminder updates (at most once per tick).
 */
import { join } from 'node:path';
import type { ItemChanges, ItemView } from '../shared/action-item';
import type { Result } from '../shared/app-error';
import { fail, ok } from '../shared/app-error';
import type { AppSnapshot } from '../shared/app-state';
import { withWords } from '../shared/conversation-words';
import type { LoginItemState } from '../shared/login-item';
import type { Settings } from '../shared/settings';
import type { ActionItemsApi, OmiClientOptions } from './api/action-items-api';
import { OmiClient } from './api/omi-client';
import { accessFile } from './auth/access-file';
import { ApiConnection } from './auth/api-connection';
import { inBackground } from './background/in-background';
import { conversationCacheFile } from './conversations/conversation-cache-file';
import { ConversationReadShare } from './conversations/conversation-read-share';
import { ConversationService } from './conversations/conversation-service';
import { createDesktopReminders } from './desktop-reminders';
import { ItemEditor, readOnlyRefusal } from './edits/item-editor';
import { createInvokeHandlers } from './ipc/invoke-handlers';
import { buildItemViews, pendingDeletes } from './items/item-view';
import { ItemStore } from './items/item-store';
import { itemsFile } from './items/items-file';
import { ItemSync, POPOVER_STALE_MS } from './items/item-sync';
import { ReadBudget } from './items/read-budget';
import { redactingLogger } from './logging/logger';
import { Redactor } from './logging/redactor';
import type { OmiTray, OmiTrayOverrides } from './omi-tray.types';
import { belongsTo, Outbox } from './outbox/outbox';
import { outboxLine, outboxStatus, timeWords } from './outbox/outbox-status';
import { outboxFile } from './outbox/outbox-file';
import { OutboxSender, type Refusal } from './outbox/outbox-sender';
import type { Platform, TimerHandle } from './ports';
import { noReminders, type Reminders } from './reminders-port';
import { settingsFile } from './settings/settings-file';
import { SettingsStore, type SettingsPatch } from './settings/settings-store';
import { registerQuickEditShortcut, type ShortcutOutcome } from './shortcut/quick-edit-shortcut';
import { appWarnings } from './snapshot/app-warnings';
import { OncePerTick } from './snapshot/once-per-tick';
import { buildTrayView } from './tray/tray-view';

/** How long quitting waits for deletes the user did not undo. */
export const QUIT_SEND_LIMIT_MS = 3_000;
/** The tray's counts ("2 overdue") move with the clock, not only with the items. */
const TRAY_REFRESH_MS = 60_000;
/**
 * A reminder about to show re-checks a list older than this: an item ticked on the phone a minute
 * ago must not ring here. Reminders are rare, so the extra read is cheap (and the read budget caps it).
 */
const REMINDER_STALE_MS = 5_000;

export function createOmiTray(platform: Platform, overrides: OmiTrayOverrides = {}): OmiTray {
  const { clock } = platform;
  const redactor = new Redactor();
  const logger = redactingLogger(platform.logger, redactor);
  const dataFile = (name: string) => join(platform.dataDir, name);
  const notices: string[] = [];
  const onCorrupt = (message: string) => {
    notices.push(message);
    logger.warn(message);
    changed();
  };
  const fileOptions = { onCorrupt, now: () => clock.now() };
  const createApi = overrides.createApi ?? ((options: OmiClientOptions): ActionItemsApi => new OmiClient(options));

  const settings = new SettingsStore(settingsFile(dataFile('settings.json'), fileOptions));
  const store = new ItemStore({ file: itemsFile(dataFile('items.json'), fileOptions), clock, logger });
  const outbox = new Outbox({
    file: outboxFile(dataFile('outbox.json'), fileOptions),
    clock,
    serverItem: (id) => store.get(id),
    owner: () => connection.keyTag(),
  });
  const reads = new ReadBudget(clock);
  const connection = new ApiConnection({
    secrets: platform.secrets,
    fetch: platform.fetch,
    createApi,
    envKey: platform.env.OMI_API_KEY,
    accessFile: accessFile(dataFile('access.json'), fileOptions),
    redactor,
    logger,
  });
  const sync = new ItemSync({
    clock,
    logger,
    store,
    budget: reads,
    api: () => connection.api(),
    onReachable: () => inBackground(logger, 'Sending waiting changes', sender.retryNow('network')),
    onStateChange: () => changed(),
  });
  // Conversations share the list's read budget (see conversations/conversation-read-share).
  const conversations = new ConversationService({
    clock,
    logger,
    file: conversationCacheFile(dataFile('conversations.json'), fileOptions),
    budget: reads,
    share: new ConversationReadShare(clock),
    api: () => connection.api(),
    origin: () => connection.apiOrigin(),
  });
  const sender = new OutboxSender({
    outbox,
    clock,
    logger,
    reads,
    // Changes made for one server never go to another; changes made with one key never go with another.
    api: () => {
      const origin = outbox.origin();
      return origin === null || origin === connection.apiOrigin() ? connection.api() : null;
    },
    owner: () => connection.keyTag(),
    server: {
      upsert: (item) => store.upsert(item),
      remove: (id) => store.remove(id),
      listed: (items, startedAt, shifted) => store.replaceAll(items, startedAt, { keepMissing: shifted }),
      get: (id) => store.get(id),
      all: () => store.all(),
      lastListStartedAt: () => store.lastListStartedAt(),
    },
    refused: (refusal) => onRefused(refusal),
    told: (words) => {
      notices.push(words);
      logger.warn('Told the user about a change', { words });
      changed();
    },
  });
  const editor = new ItemEditor({
    clock,
    outbox,
    canEdit: () => {
      const origin = connection.apiOrigin();
      if (connection.api() === null || origin === null) return fail({ kind: 'unauthorized', message: 'Connect an API key first.' });
      if (connection.isReadOnly()) return fail(readOnlyRefusal());
      return ok({ origin });
    },
    itemView: (id) => viewsById().get(id),
    queued: () => inBackground(logger, 'Sending a change', sender.flush()),
  });

  let reminders: Reminders = noReminders;
  let lastRefusal: AppSnapshot['lastRefusal'] = null;
  let shortcut: ShortcutOutcome = { warning: null, trayLine: null };
  let started = false;
  /** As the system has it; read at start and after every change asked for. */
  let loginItem: LoginItemState = { enabled: false, canChange: false, problem: null };
  let stopped = false;
  let trayTimer: TimerHandle | null = null;
  const itemListeners = new Set<(items: readonly ItemView[]) => void>();

  // ---- the checklist's items, computed once per change ---------------------------------------
  let views: ItemView[] | null = null;
  let byId: Map<string, ItemView> | null = null;
  let lastToldViews: ItemView[] | null = null;
  const currentViews = (): ItemView[] => (views ??= connection.api() === null ? [] : buildItemViews(store.all(), entriesForThisServer()));
  const entriesForThisServer = () => {
    const origin = outbox.origin();
    return origin === null || origin === connection.apiOrigin() ? outbox.listFor(connection.keyTag()) : [];
  };

  function currentOutboxStatus() {
    const now = clock.now();
    const sameServer = outbox.origin() === null || outbox.origin() === connection.apiOrigin();
    const all = outbox.list();
    const signedOut = connection.api() === null;
    const tag = connection.keyTag();
    // A delete inside its undo window is the undo line's business, not a change waiting to sync.
    const waiting = (entry: (typeof all)[number]) => !(entry.delete && entry.delete.notBefore > now);
    const mine = sameServer && !signedOut ? all.filter((entry) => belongsTo(entry, tag) && waiting(entry)) : [];
    return outboxStatus({
      now,
      timeZone: platform.timeZone,
      mine: signedOut ? all.filter(waiting) : mine,
      othersCount: sameServer && !signedOut ? all.filter((entry) => !belongsTo(entry, tag)).length : 0,
      otherServerCount: sameServer ? 0 : all.length,
      signedOut,
      sender: sender.waitState(),
    });
  }
  const viewsById = (): Map<string, ItemView> => (byId ??= new Map(currentViews().map((item) => [item.id, item])));
  const itemsChanged = () => {
    views = null;
    byId = null;
    changed();
  };
  store.onChange(itemsChanged);
  outbox.onChange(itemsChanged);

  // ---- pushes ----------------------------------------------------------------------------------
  const push = new OncePerTick(clock, () => {
    const snapshot = buildSnapshot();
    safely('Pushing the snapshot', () => platform.send('snapshot:changed', snapshot));
    updateTray();
    if (lastToldViews !== snapshot.items) {
      lastToldViews = snapshot.items;
      safely('Updating reminders', () => reminders.itemsChanged?.(snapshot.items));
      for (const listener of itemListeners) safely('An items listener', () => listener(snapshot.items));
    }
  });
  function changed(): void {
    if (started && !stopped) push.request();
  }

  function effectiveSettings(): Settings {
    const stored = settings.get();
    const fromEnv = platform.env.OMI_API_BASE_URL?.trim();
    return fromEnv ? { ...stored, apiBaseUrl: fromEnv } : stored;
  }

  function buildSnapshot(): AppSnapshot {
    const state = connection.connection();
    return {
      connection: state,
      items: currentViews(),
      sync: sync.state(),
      outboxSize: outbox.size(),
      outbox: currentOutboxStatus(),
      lastRefusal,
      pendingDeletes: state.status === 'connected' ? pendingDeletes(entriesForThisServer()) : [],
      settings: effectiveSettings(),
      reminders: reminders.state(),
      warnings: appWarnings({
        notices: [...notices, ...sync.notes()],
        keyWarnings: connection.warnings(),
        shortcutWarning: shortcut.warning,
        connection: state,
        outboxSize: outbox.size(),
        outboxOrigin: outbox.origin(),
      }),
      timeZone: platform.timeZone,
      loginItem,
      about: { version: platform.version, dataFolder: platform.dataDir, logFolder: platform.logDir },
    };
  }

  function updateTray(): void {
    const paused = reminders.state().pausedUntil;
    const view = buildTrayView(
      {
        items: currentViews(),
        now: new Date(clock.now()),
        connected: connection.api() !== null,
        remindersPausedUntil: paused === null ? null : Date.parse(paused),
        shortcutWarning: shortcut.trayLine,
        outboxLine: outboxLine(currentOutboxStatus()),
      },
      {
        open: () => showChecklist(null),
        quickEdit: () => quickEdit(),
        refresh: () => inBackground(logger, 'Refreshing from the tray', refresh()),
        toggleItem: (id, completed) => inBackground(logger, 'Ticking from the tray', editor.update(id, { completed })),
        pauseReminders: (untilMs) => inBackground(logger, 'Pausing reminders', Promise.resolve(reminders.pause(untilMs))),
        signOut: () => inBackground(logger, 'Signing out from the tray', signOut()),
        quit: () => platform.quit(),
      },
    );
    safely('Updating the tray', () => platform.tray.show(view));
  }

  function armTrayRefresh(): void {
    trayTimer = clock.setTimeout(() => {
      trayTimer = null;
      if (stopped) return;
      updateTray();
      armTrayRefresh();
    }, TRAY_REFRESH_MS);
  }

  function setLoginItem(enabled: boolean): void {
    safely('Setting launch at login', () => {
      loginItem = platform.loginItem.set(enabled);
    });
  }

  function safely(what: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      logger.error(`${what} failed`, { error: String(error) });
    }
  }

  // ---- what the server refused --------------------------------------------------------------
  function onRefused(refusal: Refusal): void {
    lastRefusal = { id: refusal.id, error: refusal.error, at: new Date(clock.now()).toISOString() };
    logger.warn('The server refused a change', { action: refusal.action, kind: refusal.error.kind });
    if (refusal.error.kind === 'forbidden') inBackground(logger, 'Remembering the key is read-only', connection.learnReadOnly().then(changed));
    changed();
  }

  // ---- popover ---------------------------------------------------------------------------------
  function refreshIfStale(): void {
    if (connection.api() === null) return;
    inBackground(logger, 'Refreshing a stale list', sync.refreshIfOlderThan(POPOVER_STALE_MS, 'popover'));
  }
  function showChecklist(focusItemId: string | null): void {
    platform.popover.show({ mode: 'checklist', focusItemId });
    refreshIfStale();
  }
  function quickEdit(): void {
    platform.popover.show({ mode: 'quickEdit', focusItemId: null });
    refreshIfStale();
  }

  // ---- services behind the handlers ------------------------------------------------------------
  /** Refresh, and the Retry of the status line: also asks to send what waits, unless Omi asked to wait. */
  async function refresh(): Promise<Result<null>> {
    const result = await sync.refresh('manual');
    const blockedUntil = sender.retryAfterUntil();
    if (blockedUntil !== null && currentOutboxStatus().waiting > 0) {
      const listed = result.ok ? 'The list is up to date, but changes' : 'Changes';
      return fail({
        kind: 'rate_limited',
        message: `${listed} wait: Omi asked Omi Tray not to send before ${timeWords(blockedUntil, clock.now(), platform.timeZone).replace(/^at /, '')}. They go then by themselves.`,
        retryAfterSeconds: Math.max(1, Math.ceil((blockedUntil - clock.now()) / 1000)),
      });
    }
    // Asking to refresh is also asking to retry what waits, whether or not the list came back.
    inBackground(logger, 'Sending waiting changes', sender.retryNow('user'));
    return result;
  }

  async function connect(apiKey: string): Promise<Result<{ readOnly: boolean }>> {
    const startedAt = clock.now();
    const result = await connection.connect(apiKey);
    if (!result.ok) return result;
    conversations.keyChanged();
    views = null;
    byId = null;
    if (result.value.items) store.replaceAll(result.value.items, startedAt);
    else await sync.refresh('connect');
    inBackground(logger, 'Sending waiting changes', sender.retryNow('user'));
    changed();
    return ok({ readOnly: result.value.readOnly });
  }

  async function signOut(): Promise<Result<null>> {
    const result = await connection.signOut();
    conversations.keyChanged();
    if (!result.ok && result.error.kind !== 'keychain_unavailable') return result;
    // The outbox stays: edits the user made are never dropped silently (the warning says they wait).
    await store.clear(connection.apiOrigin());
    sync.reset();
    lastRefusal = null;
    itemsChanged();
    return result;
  }

  async function updateSettings(patch: SettingsPatch): Promise<Result<Settings>> {
    const before = effectiveSettings();
    await settings.update(patch);
    const after = effectiveSettings();
    if (after.apiBaseUrl !== before.apiBaseUrl) await openApi();
    if (after.quickEditShortcut !== before.quickEditShortcut) registerShortcut();
    // Asked again even when the setting is unchanged: the last try may have failed (an unwritable folder, since fixed).
    if (patch.launchAtLogin !== undefined) setLoginItem(after.launchAtLogin);
    if (after.reminderLeadMinutes !== before.reminderLeadMinutes) safely('Re-planning reminders', () => reminders.replan?.());
    changed();
    return ok(after);
  }

  /** (Re)reads the key and the saved list for the API in the settings, then syncs. */
  async function openApi(): Promise<void> {
    await connection.open(effectiveSettings().apiBaseUrl);
    await store.load(connection.apiOrigin());
    sync.reset();
    itemsChanged();
    if (connection.api() !== null) {
      inBackground(logger, 'Checking what the key may do', connection.recheck().then(changed));
      inBackground(logger, 'First refresh', sync.refresh('start'));
      inBackground(logger, 'Sending waiting changes', sender.flush());
    }
  }

  function registerShortcut(): void {
    shortcut = registerQuickEditShortcut(platform.shortcuts, settings.get().quickEditShortcut, () => quickEdit());
    if (shortcut.warning) logger.warn('Quick edit shortcut not registered', { accelerator: settings.get().quickEditShortcut });
    changed();
  }

  /** A file that cannot even be opened (permissions, disk) is reported; the app starts anyway. */
  async function loadOrWarn(what: string, load: () => Promise<unknown>): Promise<void> {
    try {
      await load();
    } catch (error) {
      const message = `Omi Tray could not read ${what} in its data folder (${error instanceof Error ? error.message : String(error)}); it started without it.`;
      notices.push(message);
      logger.error(message);
    }
  }

  function buildReminders(): Reminders {
    const factory = overrides.createReminders ?? createDesktopReminders;
    return factory({
      clock,
      notifier: platform.notifier,
      logger,
      stateFilePath: dataFile('reminders.json'),
      onCorrupt,
      timeZone: platform.timeZone,
      getLeadMinutes: () => settings.get().reminderLeadMinutes,
      refreshIfStale: async () => {
        const result = await sync.refreshIfOlderThan(REMINDER_STALE_MS, 'reminder');
        return result.ok ? currentViews() : null;
      },
      openItem: (id) => showChecklist(id),
      completeItem: (id) => editor.update(id, { completed: true }),
      onStateChange: () => changed(),
    });
  }

  const handlers = createInvokeHandlers({
    snapshot: () => buildSnapshot(),
    connect,
    signOut,
    refresh,
    update: (id: string, changes: ItemChanges) => editor.update(id, changes),
    create: (description, dueAt) => editor.create(description, dueAt),
    delete: (id) => editor.delete(id),
    undoDelete: (id) => editor.undoDelete(id),
    updateSettings,
    reminders: () => reminders,
    hidePopover: () => platform.popover.hide(),
    // The folder is the main side's own: nothing from the page names a path.
    showLogFolder: () => platform.openFolder(platform.logDir),
    conversation: async (id) => withWords(await conversations.get(id), platform.timeZone),
    logger,
  });

  return {
    handlers,

    async start() {
      await loadOrWarn('settings.json', () => settings.load());
      setLoginItem(settings.get().launchAtLogin);
      await loadOrWarn('outbox.json', () => outbox.load());
      await loadOrWarn('the API key', () => connection.open(effectiveSettings().apiBaseUrl));
      await loadOrWarn('items.json', () => store.load(connection.apiOrigin()));
      reminders = buildReminders();
      started = true;
      registerShortcut();
      try {
        await reminders.start?.(currentViews());
      } catch (error) {
        logger.error('Reminders could not start', { error: String(error) });
      }
      platform.power.onWake(() => {
        if (stopped) return;
        safely('Waking reminders', () => reminders.wake?.());
        refreshIfStale();
        inBackground(logger, 'Sending waiting changes after wake', sender.retryNow('network'));
      });
      if (connection.api() !== null) {
        inBackground(logger, 'Checking what the key may do', connection.recheck().then(changed));
        inBackground(logger, 'First refresh', sync.refresh('start'));
      }
      inBackground(logger, 'Sending waiting changes', sender.flush());
      sync.startBackground();
      armTrayRefresh();
      push.request();
    },

    trayClicked() {
      platform.popover.toggle();
      refreshIfStale();
    },

    quickEditRequested() {
      quickEdit();
    },

    secondInstance(argv) {
      if (argv.includes('--quick-edit')) quickEdit();
      else showChecklist(null);
    },

    openItem(id) {
      showChecklist(outbox.resolve(id));
    },

    async shutdown() {
      if (stopped) return;
      stopped = true;
      sync.stop();
      push.stop();
      if (trayTimer !== null) clock.clearTimeout(trayTimer);
      trayTimer = null;
      safely('Releasing the shortcut', () => platform.shortcuts.unregisterAll());
      try {
        await reminders.stop?.();
      } catch (error) {
        logger.error('Reminders could not stop cleanly', { error: String(error) });
      }
      await sender.sendDeletesBeforeQuit(QUIT_SEND_LIMIT_MS);
      await Promise.allSettled([outbox.save(), store.save(), conversations.settled()]);
    },

    snapshot: () => buildSnapshot(),

    onItemsChanged(listener) {
      itemListeners.add(listener);
      return () => {
        itemListeners.delete(listener);
      };
    },
  };
}
