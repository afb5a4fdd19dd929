/**
 * The popover's state, composed of its parts: the list and its optimistic ticks (ChecklistState),
 * what the user is editing and where focus goes (EditState), what the page tells the user (Notices)
 * and the account (ConnectionState). The store takes in the main process's pushes and carries out the
 * user's changes, each of which goes through `window.omi`, passed in as `api` so tests can hand in a
 * fake; the parts hold the state components read.
 */
import type { ItemView } from '../../electron/shared/action-item';
import type { AppError, Result } from '../../electron/shared/app-error';
import type { AppSnapshot } from '../../electron/shared/app-state';
import { checkDescription } from '../../electron/shared/description-rules';
import type { PopoverShown } from '../../electron/shared/ipc-contract';
import type { Suggestion } from '../../electron/shared/suggestion';
import type { OmiApi } from '../../electron/shared/omi-api';
import type { Settings } from '../../electron/shared/settings';
import { ChecklistState } from '../checklist/checklist-state.svelte';
import { ConnectionState } from './connection.svelte';
import { EditState } from './edit-state.svelte';
import { Notices, type UndoOffer } from '../notices/notices.svelte';
import type { RendererClock } from './renderer-clock';
import { isoTime } from '../reminders/reminder-times';
import { inBackground } from './in-background';
import { SnapshotReceiver } from './snapshot-receiver';

export type { EditField } from './edit-state.svelte';
export type { AlertMessage, UndoOffer } from '../notices/notices.svelte';

export type SettingsPatch = Partial<Settings>;

const invalid = (message: string): Result<never> => ({ ok: false, error: { kind: 'invalid_input', message } });

export class AppStore {
  readonly list: ChecklistState;
  readonly edits: EditState;
  readonly notices: Notices;
  readonly connection: ConnectionState;

  readonly #api: OmiApi;
  readonly #clock: RendererClock;
  readonly #snapshots: SnapshotReceiver;
  #refusalSeen: string | null = null;
  /** Who asks for every suggestion now (see wantAllSuggestions); not shown, so not reactive. */
  readonly #allSuggestionsFor = { region: false, quickEdit: false };
  #stops: (() => void)[] = [];

  constructor(api: OmiApi, clock: RendererClock) {
    this.#api = api;
    this.#clock = clock;
    this.list = new ChecklistState(clock, (snapshot) => this.#receive(snapshot));
    this.edits = new EditState({
      readOnly: () => this.list.readOnly,
      listed: (id) => this.list.item(id) !== undefined,
    });
    this.notices = new Notices(() => this.list.snapshot, clock);
    this.connection = new ConnectionState(api);
    this.#snapshots = new SnapshotReceiver({
      show: (snapshot) => this.#receive(snapshot),
      askWhole: () => this.#api.invoke('app:getSnapshot'),
    });
  }

  /** Subscribes to pushes and loads the first snapshot; returns the function that stops it all. */
  async start(): Promise<() => void> {
    this.#stops.push(this.#api.on('snapshot:changed', (push) => this.#snapshots.push(push)));
    this.#stops.push(this.#api.on('popover:shown', (how) => this.#shown(how)));
    this.list.followTheClock();
    // Whichever is newer shows: this answer or a push that arrived meanwhile.
    await this.#snapshots.whole();
    return () => this.stop();
  }

  stop(): void {
    for (const stop of this.#stops.splice(0)) stop();
    this.list.stop();
    this.notices.stop();
  }

  async signOut(): Promise<Result<null>> {
    const result = await this.connection.signOut();
    if (result.ok) {
      this.list.ticks.pending.clear();
      this.edits.editing = null;
      this.notices.clear();
    }
    return result;
  }

  // ---- items ------------------------------------------------------------------------------------

  async toggle(item: ItemView, completed: boolean): Promise<void> {
    const ticks = this.list.ticks;
    ticks.tick(item.id, completed);
    const result = await this.#api.invoke('items:update', { id: item.id, changes: { completed } });
    if (!result.ok) {
      ticks.afterShown(item.id, () => {
        ticks.refused(item.id, completed);
        this.notices.refused(item.description, result.error);
      });
      return;
    }
    this.notices.offerUndo(completed ? { kind: 'completed', id: item.id, description: item.description } : null);
  }

  async create(description: string, dueAt: string | null = null): Promise<Result<{ id: string }>> {
    const checked = checkDescription(description);
    if (!checked.ok) return checked;
    return this.#api.invoke('items:create', { description: checked.value, dueAt });
  }

  async updateDescription(id: string, text: string): Promise<Result<null>> {
    const checked = checkDescription(text);
    if (!checked.ok) return checked;
    const before = this.list.item(id)?.description;
    if (before === undefined) return invalid('This item is no longer in the list.');
    if (before === checked.value) return { ok: true, value: null };
    const result = await this.#api.invoke('items:update', { id, changes: { description: checked.value } });
    if (result.ok)
      this.notices.offerUndo({
        kind: 'edited',
        id,
        description: checked.value,
        words: 'Description changed',
        before: { description: before },
      });
    return result;
  }

  async updateDue(id: string, dueAt: string | null): Promise<Result<null>> {
    const item = this.list.item(id);
    if (!item) return invalid('This item is no longer in the list.');
    if (item.dueAt !== null && dueAt !== null && Date.parse(item.dueAt) === Date.parse(dueAt))
      return { ok: true, value: null };
    if (item.dueAt === null && dueAt === null) return { ok: true, value: null };
    const result = await this.#api.invoke('items:update', { id, changes: { dueAt } });
    if (result.ok) {
      const words = dueAt === null ? 'Due date cleared' : item.dueAt === null ? 'Due date set' : 'Due date changed';
      this.notices.offerUndo({
        kind: 'edited',
        id,
        description: item.description,
        words,
        before: { dueAt: item.dueAt },
      });
    }
    return result;
  }

  async clearDue(id: string): Promise<void> {
    const result = await this.updateDue(id, null);
    if (!result.ok) this.#refused(id, result.error);
  }

  async deleteItem(id: string): Promise<Result<null>> {
    if (this.edits.editing?.id === id) this.edits.editing = null;
    const result = await this.#api.invoke('items:delete', { id });
    if (!result.ok) this.#refused(id, result.error);
    return result;
  }

  /** Adds one suggestion, or (with `all`) every suggestion of its conversation, with one Undo. */
  async addSuggestion(suggestion: Suggestion, all = false): Promise<Result<{ ids: string[] }>> {
    const result = all
      ? await this.#api.invoke('suggestions:addAll', { conversationId: suggestion.conversationId })
      : await this.#api.invoke('suggestions:add', { key: suggestion.key });
    const [first] = result.ok ? result.value.ids : [];
    if (first !== undefined && result.ok) {
      const description =
        result.value.ids.length === 1
          ? suggestion.words
          : `${result.value.ids.length} items from “${suggestion.conversationTitle}”`;
      this.notices.offerUndo({ kind: 'added', id: first, ids: result.value.ids, description });
    }
    return result;
  }

  dismissSuggestion(suggestion: Suggestion): Promise<Result<null>> {
    return this.#api.invoke('suggestions:dismiss', { key: suggestion.key });
  }

  /**
   * The region's "Show N more" and an open Quick edit each need every suggestion, not only the
   * newest few the snapshot carries: core sends them all while either asks, and the newest again
   * once neither does.
   */
  wantAllSuggestions(who: 'region' | 'quickEdit', wanted: boolean): void {
    const asking = this.#allSuggestionsFor;
    const before = asking.region || asking.quickEdit;
    asking[who] = wanted;
    const all = asking.region || asking.quickEdit;
    if (all === before) return;
    const asked = this.#api.invoke('suggestions:showAll', { all }).then((result) => {
      if (!result.ok) this.notices.showAlert(result.error.message);
    });
    inBackground('Asking for the suggestions', asked);
  }

  async undo(offer: UndoOffer): Promise<void> {
    if (offer.kind === 'added') {
      this.notices.offerUndo(null);
      const result = await this.#api.invoke('suggestions:undoAdd', { ids: offer.ids });
      if (!result.ok) this.notices.showAlert(result.error.message);
      return;
    }
    if (offer.kind === 'completed') {
      this.notices.offerUndo(null);
      const item = this.list.item(offer.id);
      if (item) await this.toggle(item, false);
      this.edits.focusWhenListed(offer.id);
      return;
    }
    if (offer.kind === 'restored') {
      this.notices.offerUndo(null);
      await this.deleteItem(offer.id);
      return;
    }
    if (offer.kind === 'edited') {
      this.notices.offerUndo(null);
      const result = await this.#api.invoke('items:update', { id: offer.id, changes: offer.before });
      if (!result.ok) this.notices.refused(offer.description, result.error);
      this.edits.focusWhenListed(offer.id);
      return;
    }
    const result = await this.#api.invoke('items:undoDelete', { id: offer.id });
    if (!result.ok) this.notices.showAlert(result.error.message);
    else this.edits.focusWhenListed(offer.id);
  }

  /** The answer to "Send N changes made before you changed keys?": sent with this key, or discarded. */
  async settleStranded(choice: 'send' | 'discard'): Promise<void> {
    const result = await this.#api.invoke('outbox:settleStranded', { choice });
    if (!result.ok) this.notices.showAlert(result.error.message);
  }

  /** "Since you last looked" dismissed: the list now counts as seen. */
  async dismissLooks(): Promise<void> {
    const result = await this.#api.invoke('looks:dismiss');
    if (!result.ok) this.notices.showAlert(result.error.message);
  }

  /** An item removed elsewhere, created again with its words and due date; Undo deletes it again. */
  async restoreRemoved(id: string, description: string): Promise<void> {
    const result = await this.#api.invoke('looks:restore', { id });
    if (!result.ok) this.notices.showAlert(result.error.message);
    else this.notices.offerUndo({ kind: 'restored', id: result.value.id, description });
  }

  async refresh(): Promise<void> {
    this.list.refreshing = true;
    try {
      const result = await this.#api.invoke('items:refresh');
      // A failed fetch shows in snapshot.sync as the banner; a refresh held back to stay inside the
      // hourly read budget changes no state, so it is said here.
      if (!result.ok && result.error.kind === 'rate_limited') this.notices.showAlert(result.error.message);
    } finally {
      this.list.refreshing = false;
    }
  }

  // ---- settings, reminders and popover ---------------------------------------------------------------

  updateSettings(patch: SettingsPatch): Promise<Result<Settings>> {
    return this.#api.invoke('settings:update', patch);
  }

  async resumeReminders(): Promise<void> {
    await this.pauseReminders(null);
  }

  /** Delays only this computer's reminder for the item; its due date stays. */
  async snoozeReminder(id: string, untilMs: number): Promise<void> {
    // The banner stays on this item to say until when it is snoozed.
    this.notices.reminderItemId = id;
    const result = await this.#api.invoke('reminders:snooze', { id, until: isoTime(untilMs) });
    if (!result.ok) this.notices.showAlert(result.error.message);
  }

  /** Pauses every reminder until then; null resumes. */
  async pauseReminders(untilMs: number | null): Promise<void> {
    const result = await this.#api.invoke('reminders:pause', { until: untilMs === null ? null : isoTime(untilMs) });
    if (!result.ok) this.notices.showAlert(result.error.message);
  }

  /** The clock to the millisecond (`list.now` moves by the minute), for snooze and pause times. */
  clockNow(): number {
    return this.#clock.now();
  }

  /** The main side knows the folder; nothing from here names a path. */
  showLogFolder(): Promise<Result<null>> {
    return this.#api.invoke('app:showLogFolder');
  }

  async hidePopover(): Promise<void> {
    await this.#api.invoke('popover:hide');
  }

  // ---- pushes --------------------------------------------------------------------------------------

  #receive(snapshot: AppSnapshot): void {
    const ticks = this.list.ticks;
    if (ticks.park(snapshot)) return;
    const refusal = snapshot.lastRefusal;
    const isFirst = this.list.snapshot === null;
    if (refusal && refusal.at !== this.#refusalSeen) {
      this.#refusalSeen = refusal.at;
      const stillListed = snapshot.items.find((item) => item.id === refusal.id);
      // An item the server no longer has leaves the list now; its name comes from the list before.
      const description = (stillListed ?? this.list.item(refusal.id))?.description ?? 'an item';
      const revert = () => {
        ticks.pending.delete(refusal.id);
        if (this.notices.recentlyCompleted?.id === refusal.id) this.notices.offerUndo(null);
        // A refusal from before this page loaded was already shown (or belongs to a closed session).
        if (!isFirst) this.notices.refused(description, refusal.error);
      };
      if (stillListed) ticks.afterShown(refusal.id, revert);
      else revert();
    }
    this.edits.keepOnly(snapshot.items);
    this.notices.watchSaves(snapshot);
    this.list.show(snapshot);
    this.edits.focusUndone();
  }

  #shown(how: PopoverShown): void {
    this.list.catchUp();
    this.edits.shown(how);
    // Only a reminder's notification opens the popover on one item.
    if (how.mode !== 'quickEdit' && how.focusItemId !== null) this.notices.remind(how.focusItemId);
    // Opened soon after a tick from the tray menu: the Undo bar offers it, as after a tick here.
    const trayTick = this.list.snapshot?.trayTick ?? null;
    if (trayTick && this.list.item(trayTick.id)?.completed === true)
      this.notices.offerUndo({ kind: 'completed', ...trayTick });
  }

  #refused(id: string, error: AppError): void {
    this.notices.refused(this.list.item(id)?.description ?? 'this item', error);
  }
}
