/**
 * The real core (createOmiTray with the real Omi client over HTTP and real files) on a given data
 * folder, driven the way the popover drives it (its IPC handlers), on a fast clock. Used in this
 * process (random edits, file faults) and inside the child that the kill soak SIGKILLs.
 */
import { OmiClient } from '../../electron/core/api/omi-client';
import { createOmiTray } from '../../electron/core/omi-tray';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store';
import type { Clock } from '../../electron/core/ports';
import type { ItemChanges, ItemView } from '../../electron/shared/action-item';
import type { AppSnapshot, PendingDelete } from '../../electron/shared/app-state';
import { pushChannels } from '../../electron/shared/ipc-contract';
import { fromItemTable } from '../../electron/shared/item-table';
import type { Suggestion } from '../../electron/shared/suggestion';
import { recordingPlatform } from '../../tests/harness/recording-platform';

/** What a soak does to the app: the popover's own calls. */
export type UserAction =
  | { kind: 'update'; id: string; changes: ItemChanges }
  | { kind: 'create'; description: string; dueAt: string | null }
  | { kind: 'delete'; id: string }
  | { kind: 'undo'; id: string }
  /** "From your conversations": Add on one suggestion, or "Add all" of one conversation's. */
  | { kind: 'add-suggestion'; key: string }
  | { kind: 'add-all-suggestions'; conversationId: string }
  | { kind: 'dismiss-suggestion'; key: string }
  /** "Show conversation": the panel asks for the conversation (kept on disk once found). */
  | { kind: 'show-conversation'; conversationId: string }
  | { kind: 'refresh' }
  /** A click on the tray icon opens the popover (which refreshes a stale list); it is then closed. */
  | { kind: 'open-popover' }
  | { kind: 'reminder-lead'; minutes: 15 }
  | { kind: 'pause-reminders'; until: string };

export interface ActionAnswer {
  ok: boolean;
  /** The refusal's words when not ok. */
  message?: string;
  /** The items an accepted Add or Add all made. */
  ids?: string[];
}

export interface CoreView {
  items: ItemView[];
  pendingDeletes: PendingDelete[];
  /** What "From your conversations" offers now. */
  suggestions: Suggestion[];
  outboxSize: number;
  warnings: string[];
  /** Descriptions of items whose refusal the app has shown so far. */
  told: string[];
}

export interface CoreHandle {
  act(action: UserAction): Promise<ActionAnswer>;
  view(): Promise<CoreView>;
  /** A clean quit: the app sends what must not be lost and writes its state. */
  quit(): Promise<void>;
}

export interface HostOptions {
  dataDir: string;
  apiBaseUrl: string;
  apiKey: string;
  clock: Clock;
}

export async function hostCore(options: HostOptions): Promise<CoreHandle> {
  const told = new Set<string>();
  /** The items of the last push that carried them (a push leaves them out when unchanged). */
  let pushedItems: AppSnapshot['items'] = [];
  const noteRefusal = (snapshot: Pick<AppSnapshot, 'lastRefusal' | 'items'>) => {
    const refusal = snapshot.lastRefusal;
    if (!refusal) return;
    const item = snapshot.items.find((view) => view.id === refusal.id);
    if (item) told.add(item.description);
    else told.add(`id:${refusal.id}`);
  };
  const { platform } = recordingPlatform({
    dataDir: options.dataDir,
    secrets: new MemorySecretStore(),
    env: { OMI_API_BASE_URL: options.apiBaseUrl, OMI_API_KEY: options.apiKey },
    timeZone: 'UTC',
    send: (channel, payload) => {
      if (channel !== 'snapshot:changed') return;
      // As the page hears it: checked by the bridge, the items made again from their table.
      const push = pushChannels['snapshot:changed'].parse(payload);
      pushedItems = push.items ? fromItemTable(push.items) : pushedItems;
      noteRefusal({ lastRefusal: push.lastRefusal, items: pushedItems });
    },
  });
  platform.clock = options.clock;
  // The client's time limit runs on the same clock as the rest of the app (createOmiTray's default
  // client keeps the system clock for it); its requests are counted, for quit.
  let requestsOnTheirWay = 0;
  const counted =
    (send: typeof fetch): typeof fetch =>
    async (input, init) => {
      requestsOnTheirWay += 1;
      try {
        return await send(input, init);
      } finally {
        requestsOnTheirWay -= 1;
      }
    };
  const core = createOmiTray(platform, {
    createApi: (apiOptions) => new OmiClient({ ...apiOptions, fetch: counted(apiOptions.fetch) }, options.clock),
  });
  await core.start();
  // The person has pressed "Show N more": the view holds every suggestion, as "Add all" adds them all.
  await core.handlers['suggestions:showAll']({ all: true });
  return {
    async act(action) {
      if (action.kind === 'open-popover') {
        core.trayClicked();
        await core.handlers['popover:hide'](undefined);
        return { ok: true };
      }
      const started = Date.now();
      const answer = await perform(core.handlers, action);
      if (process.env.SOAK_DEBUG && Date.now() - started > 300)
        console.error(`      ${action.kind} took ${Date.now() - started} ms real: ${JSON.stringify(answer)}`);
      noteRefusal(core.snapshot());
      if (!answer.ok) return { ok: false, message: answer.error.message };
      return 'ids' in answer ? { ok: true, ids: answer.ids } : { ok: true };
    },
    view() {
      const snapshot = core.snapshot();
      noteRefusal(snapshot);
      return Promise.resolve({
        items: snapshot.items,
        pendingDeletes: snapshot.pendingDeletes,
        suggestions: snapshot.suggestions.items,
        outboxSize: snapshot.outboxSize,
        warnings: snapshot.warnings,
        told: [...told],
      });
    },
    async quit() {
      await core.shutdown();
      // What quitting cut short (its time limit for deletes) goes on in this process, where an app's
      // would have ended: the next run must not share the folder with it, so its last request is
      // answered and its state written first (no request for QUIET_MS of real time).
      for (let quiet = 0; quiet < QUIET_MS; quiet = requestsOnTheirWay === 0 ? quiet + 10 : 0)
        await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}

const QUIET_MS = 50;

type Handlers = ReturnType<typeof createOmiTray>['handlers'];

async function perform(
  handlers: Handlers,
  action: UserAction,
): Promise<{ ok: true; ids?: string[] } | { ok: false; error: { message: string } }> {
  switch (action.kind) {
    case 'update':
      return handlers['items:update']({ id: action.id, changes: action.changes });
    case 'create':
      return handlers['items:create']({ description: action.description, dueAt: action.dueAt });
    case 'delete':
      return handlers['items:delete']({ id: action.id });
    case 'undo':
      return handlers['items:undoDelete']({ id: action.id });
    case 'add-suggestion':
    case 'add-all-suggestions': {
      const added =
        action.kind === 'add-suggestion'
          ? await handlers['suggestions:add']({ key: action.key })
          : await handlers['suggestions:addAll']({ conversationId: action.conversationId });
      return added.ok ? { ok: true, ids: added.value.ids } : added;
    }
    case 'dismiss-suggestion':
      return handlers['suggestions:dismiss']({ key: action.key });
    case 'show-conversation': {
      const shown = await handlers['conversations:get']({ id: action.conversationId });
      if (!shown.ok) return shown;
      return shown.value.kind === 'found' ? { ok: true } : { ok: false, error: { message: shown.value.message } };
    }
    case 'open-popover':
      return { ok: true };
    case 'refresh':
      return handlers['items:refresh'](undefined);
    case 'reminder-lead':
      return handlers['settings:update']({ reminderLeadMinutes: action.minutes });
    case 'pause-reminders':
      return handlers['reminders:pause']({ until: action.until });
  }
}
