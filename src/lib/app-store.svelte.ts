/**
 * The popover's state: the last snapshot the main process pushed, plus what only the page knows
 * (ticks not yet confirmed, the alert, which item is being edited, where focus should go).
 * Every change goes through `window.omi`, passed in as `api` so tests can hand in a fake.
 *
 * Ticks are optimistic: the box flips at once and stays so until a snapshot shows the item in that
 * state (the core lays queued changes over the list) or the change is refused, when the box shows
 * the server's state again and the alert says why. A refusal that comes back very fast is shown
 * only once the tick has been visible for MIN_TICK_SHOWN_MS, so the user sees their click register
 * and then undone with the reason, rather than a box that seems to ignore the click.
 */
import type { ItemView } from '../../electron/shared/action-item';
import type { AppError, Result } from '../../electron/shared/app-error';
import type { AppSnapshot } from '../../electron/shared/app-state';
import { checkDescription } from '../../electron/shared/description-rules';
import type { PopoverShown } from '../../electron/shared/ipc-contract';
import type { OmiApi } from '../../electron/shared/omi-api';
import type { Settings } from '../../electron/shared/settings';
import { ChecklistBuilder, indexById, type ChecklistSection, type HoldPlace } from './checklist';
import type { RendererClock } from './renderer-clock';
import { isoTime } from './reminder-times';
import { PendingTicks } from './pending-ticks.svelte';
import { RowBudget } from './row-budget.svelte';
import { changesWaiting, saveLine, SLOW_SAVE_MS, waitingSince, type SaveLine } from './save-status';

export type Screen = 'loading' | 'onboarding' | 'checklist';
export type EditField = 'description' | 'due';

/** The one line shown with role="alert". */
export interface AlertMessage {
  text: string;
  detail?: string;
}

/** What an edit changed, and the values that take it back. */
export interface EditUndo {
  /** "Due date cleared", "Due date changed", "Description changed". */
  words: string;
  before: { description?: string; dueAt?: string | null };
}

export type UndoOffer =
  | { kind: 'completed' | 'deleted'; id: string; description: string }
  | ({ kind: 'edited'; id: string; description: string } & EditUndo);

/** Where the view should move focus next; `seq` makes a repeated request a new one. */
export type FocusRequest =
  | { target: 'quickEdit'; seq: number }
  | { target: 'item'; itemId: string; seq: number }
  /** Where the user left it, else the first item. */
  | { target: 'list'; seq: number };

export type SettingsPatch = Partial<Settings>;

/** The least time a tick stays on screen before a refusal turns it back. */
export const MIN_TICK_SHOWN_MS = 400;
/** How long a ticked item stays where it was, checked and dimmed, before it moves to its section. */
export const HOLD_AFTER_TICK_MS = 1_500;
/** How long "Undo" stays offered after ticking an item. */
export const UNDO_COMPLETE_MS = 6_000;
const MINUTE_MS = 60_000;

const invalid = (message: string): Result<never> => ({ ok: false, error: { kind: 'invalid_input', message } });

export class AppStore {
  snapshot = $state.raw<AppSnapshot | null>(null);
  /** The clock as of the last minute tick or snapshot: due labels and sections follow it. */
  now = $state(0);
  alert = $state.raw<AlertMessage | null>(null);
  connecting = $state(false);
  connectError = $state<string | null>(null);
  refreshing = $state(false);
  mode = $state<PopoverShown['mode']>('checklist');
  editing = $state.raw<{ id: string; field: EditField } | null>(null);
  settingsOpen = $state(false);
  focusRequest = $state.raw<FocusRequest | null>(null);
  recentlyCompleted = $state.raw<UndoOffer | null>(null);
  /** The item a reminder notification opened the popover on: the reminder banner offers its choices. */
  reminderItemId = $state<string | null>(null);
  /**
   * Reminders put aside with "Dismiss reminder": the banner stops offering them on this page. These
   * two lists are replaced on each change (a handful per page) rather than SvelteSets, which keeps
   * svelte/reactivity out of the popover's bundle.
   */
  dismissedReminders = $state.raw<readonly string[]>([]);
  /** Ticks shown before a snapshot confirms them. */
  readonly ticks = new PendingTicks();
  dismissedWarnings = $state.raw<readonly string[]>([]);
  /** How many rows of the checklist are in the page (long lists arrive a chunk per frame). */
  readonly rowBudget = new RowBudget();

  readonly screen: Screen = $derived(
    this.snapshot === null ? 'loading' : this.snapshot.connection.status === 'connected' ? 'checklist' : 'onboarding',
  );
  readonly readOnly = $derived(this.snapshot?.connection.status === 'connected' && this.snapshot.connection.readOnly);
  /** The pointer is over the checklist: nothing in it changes place meanwhile. */
  pointerInList = $state(false);
  /** The item whose row holds keyboard focus: it keeps its place while focus is on it. */
  focusedItemId = $state<string | null>(null);
  /** Ticks made in the last HOLD_AFTER_TICK_MS. */
  #recentTicks = $state(0);
  readonly #hold: HoldPlace = (id) => this.pointerInList || this.#recentTicks > 0 || this.focusedItemId === id;
  readonly sections: ChecklistSection[] = $derived.by(() =>
    this.snapshot === null ? [] : this.#builder.build(this.snapshot.items, this.now, this.#hold),
  );
  readonly warnings = $derived((this.snapshot?.warnings ?? []).filter((line) => !this.dismissedWarnings.includes(line)));
  /** The newest delete still waiting to be sent, else the item just ticked. */
  readonly undoOffer: UndoOffer | null = $derived.by(() => {
    const deletes = this.snapshot?.pendingDeletes ?? [];
    const latest = deletes.reduce<(typeof deletes)[number] | null>((a, b) => (a === null || b.sendAt > a.sendAt ? b : a), null);
    if (latest) return { kind: 'deleted', id: latest.id, description: latest.description };
    return this.recentlyCompleted;
  });

  /** When this page first saw changes waiting (the core may not say since when). */
  #firstSeenWaiting: number | null = null;
  /** The clock as of the last look at the outbox: moves when a wait turns long enough to mention. */
  #saveNow = $state(0);
  #saveTimer: unknown = null;
  /** The line about edits on their way, or null while saves are healthy (see save-status). */
  readonly saveLine: SaveLine | null = $derived.by(() => {
    const snapshot = this.snapshot;
    if (snapshot === null) return null;
    return saveLine({ outbox: snapshot.outbox, undoableDeletes: snapshot.pendingDeletes.length, firstSeenWaiting: this.#firstSeenWaiting, now: this.#saveNow });
  });

  readonly #api: OmiApi;
  readonly #clock: RendererClock;
  readonly #builder = new ChecklistBuilder();
  readonly #byId = $derived.by(() => indexById(this.snapshot?.items ?? []));
  #refusalSeen: string | null = null;
  /** The open editor's text, so a row rebuilt under it (the list shifted) keeps what was typed. */
  #draft: { id: string; field: EditField; text: string } | null = null;
  /** When each item was last ticked here (clock ms). */
  #tickedAt: Record<string, number> = {};
  #focusSeq = 0;
  /** The item an undo took back, to focus once it is listed (again): the Undo button it came from has left. */
  #undoneId: string | null = null;
  /** Set from a tick until the frame showing it has been painted; snapshots wait for that frame. */
  #owedFrame = false;
  #parkedSnapshot: AppSnapshot | null = null;
  #minuteTimer: unknown = null;
  #undoTimer: unknown = null;
  #stops: (() => void)[] = [];

  constructor(api: OmiApi, clock: RendererClock) {
    this.#api = api;
    this.#clock = clock;
    this.now = clock.now();
  }

  /** Subscribes to pushes and loads the first snapshot; returns the function that stops it all. */
  async start(): Promise<() => void> {
    this.#stops.push(this.#api.on('snapshot:changed', (snapshot) => this.#receive(snapshot)));
    this.#stops.push(this.#api.on('popover:shown', (how) => this.#shown(how)));
    this.#armMinuteTick();
    const first = await this.#api.invoke('app:getSnapshot');
    // A push that arrived meanwhile is newer than this answer.
    if (this.snapshot === null) this.#receive(first);
    return () => this.stop();
  }

  stop(): void {
    for (const stop of this.#stops.splice(0)) stop();
    this.#clock.clearTimeout(this.#minuteTimer);
    this.#clock.clearTimeout(this.#undoTimer);
    this.#clock.clearTimeout(this.#saveTimer);
  }

  /** What the checkbox shows: the user's tick until the core confirms or refuses it. */
  isChecked(item: ItemView): boolean {
    return this.ticks.get(item.id) ?? item.completed;
  }

  item(id: string): ItemView | undefined {
    return this.#byId.get(id);
  }

  // ---- connecting -----------------------------------------------------------------------------

  async connect(apiKey: string): Promise<boolean> {
    if (apiKey.trim() === '') {
      this.connectError = 'Paste your Omi developer key first.';
      return false;
    }
    this.connecting = true;
    this.connectError = null;
    try {
      const result = await this.#api.invoke('auth:connect', { apiKey });
      if (!result.ok) this.connectError = result.error.message;
      return result.ok;
    } finally {
      this.connecting = false;
    }
  }

  async signOut(): Promise<Result<null>> {
    const result = await this.#api.invoke('auth:signOut');
    if (result.ok) {
      this.ticks.clear();
      this.editing = null;
      this.alert = null;
      this.recentlyCompleted = null;
    }
    return result;
  }

  // ---- items ------------------------------------------------------------------------------------

  async toggle(item: ItemView, completed: boolean): Promise<void> {
    this.ticks.set(item.id, completed);
    this.#tickedAt[item.id] = this.#clock.now();
    this.#recentTicks++;
    this.#clock.setTimeout(() => this.#recentTicks--, HOLD_AFTER_TICK_MS);
    this.#oweFrame();
    const result = await this.#api.invoke('items:update', { id: item.id, changes: { completed } });
    if (!result.ok) {
      this.#afterTickShown(item.id, () => {
        if (this.ticks.get(item.id) === completed) this.ticks.delete(item.id);
        this.#refused(item.description, result.error);
      });
      return;
    }
    this.#offerUndo(completed ? { kind: 'completed', id: item.id, description: item.description } : null);
  }

  async create(description: string, dueAt: string | null = null): Promise<Result<{ id: string }>> {
    const checked = checkDescription(description);
    if (!checked.ok) return checked;
    return this.#api.invoke('items:create', { description: checked.value, dueAt });
  }

  async updateDescription(id: string, text: string): Promise<Result<null>> {
    const checked = checkDescription(text);
    if (!checked.ok) return checked;
    const before = this.item(id)?.description;
    if (before === undefined) return invalid('This item is no longer in the list.');
    if (before === checked.value) return { ok: true, value: null };
    const result = await this.#api.invoke('items:update', { id, changes: { description: checked.value } });
    if (result.ok) this.#offerUndo({ kind: 'edited', id, description: checked.value, words: 'Description changed', before: { description: before } });
    return result;
  }

  async updateDue(id: string, dueAt: string | null): Promise<Result<null>> {
    const item = this.item(id);
    if (!item) return invalid('This item is no longer in the list.');
    if (item.dueAt !== null && dueAt !== null && Date.parse(item.dueAt) === Date.parse(dueAt)) return { ok: true, value: null };
    if (item.dueAt === null && dueAt === null) return { ok: true, value: null };
    const result = await this.#api.invoke('items:update', { id, changes: { dueAt } });
    if (result.ok) {
      const words = dueAt === null ? 'Due date cleared' : item.dueAt === null ? 'Due date set' : 'Due date changed';
      this.#offerUndo({ kind: 'edited', id, description: item.description, words, before: { dueAt: item.dueAt } });
    }
    return result;
  }

  async clearDue(id: string): Promise<void> {
    const result = await this.updateDue(id, null);
    if (!result.ok) this.#refused(this.item(id)?.description ?? 'this item', result.error);
  }

  async deleteItem(id: string): Promise<Result<null>> {
    if (this.editing?.id === id) this.editing = null;
    const result = await this.#api.invoke('items:delete', { id });
    if (!result.ok) this.#refused(this.item(id)?.description ?? 'this item', result.error);
    return result;
  }

  async undo(offer: UndoOffer): Promise<void> {
    if (offer.kind === 'completed') {
      this.#offerUndo(null);
      const item = this.item(offer.id);
      if (item) await this.toggle(item, false);
      this.#focusWhenListed(offer.id);
      return;
    }
    if (offer.kind === 'edited') {
      this.#offerUndo(null);
      const result = await this.#api.invoke('items:update', { id: offer.id, changes: offer.before });
      if (!result.ok) this.#refused(offer.description, result.error);
      this.#focusWhenListed(offer.id);
      return;
    }
    const result = await this.#api.invoke('items:undoDelete', { id: offer.id });
    if (!result.ok) this.showAlert(result.error.message);
    else this.#focusWhenListed(offer.id);
  }

  #focusWhenListed(id: string): void {
    if (this.mode !== 'checklist') return;
    this.#undoneId = id;
    this.#focusUndone();
  }

  #focusUndone(): void {
    if (this.#undoneId === null || !this.item(this.#undoneId)) return;
    this.focusRequest = { target: 'item', itemId: this.#undoneId, seq: ++this.#focusSeq };
    this.#undoneId = null;
  }

  async refresh(): Promise<void> {
    this.refreshing = true;
    try {
      const result = await this.#api.invoke('items:refresh');
      // A failed fetch shows in snapshot.sync as the banner; a refresh held back to stay inside the
      // hourly read budget changes no state, so it is said here.
      if (!result.ok && result.error.kind === 'rate_limited') this.showAlert(result.error.message);
    } finally {
      this.refreshing = false;
    }
  }

  // ---- editing state -----------------------------------------------------------------------------

  startEdit(id: string, field: EditField): void {
    if (this.readOnly) return;
    this.#draft = null;
    this.editing = { id, field };
  }

  stopEdit(): void {
    this.#draft = null;
    this.editing = null;
  }

  draftFor(id: string, field: EditField): string | null {
    return this.#draft?.id === id && this.#draft.field === field ? this.#draft.text : null;
  }

  keepDraft(id: string, field: EditField, text: string): void {
    this.#draft = { id, field, text };
  }

  // ---- settings and popover ----------------------------------------------------------------------

  updateSettings(patch: SettingsPatch): Promise<Result<Settings>> {
    return this.#api.invoke('settings:update', patch);
  }

  async resumeReminders(): Promise<void> {
    const result = await this.#api.invoke('reminders:pause', { until: null });
    if (!result.ok) this.showAlert(result.error.message);
  }

  /** Delays only this computer's reminder for the item; its due date stays. */
  async snoozeReminder(id: string, untilMs: number): Promise<void> {
    // The banner stays on this item to say until when it is snoozed.
    this.reminderItemId = id;
    const result = await this.#api.invoke('reminders:snooze', { id, until: isoTime(untilMs) });
    if (!result.ok) this.showAlert(result.error.message);
  }

  /** Pauses every reminder until then; null resumes. */
  async pauseReminders(untilMs: number | null): Promise<void> {
    const result = await this.#api.invoke('reminders:pause', { until: untilMs === null ? null : isoTime(untilMs) });
    if (!result.ok) this.showAlert(result.error.message);
  }

  dismissReminder(id: string): void {
    this.dismissedReminders = [...this.dismissedReminders, id];
    if (this.reminderItemId === id) this.reminderItemId = null;
  }

  /** The clock to the millisecond (`now` moves by the minute), for snooze and pause times. */
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

  showAlert(text: string): void {
    this.alert = { text };
  }

  dismissAlert(): void {
    this.alert = null;
  }

  dismissWarning(line: string): void {
    this.dismissedWarnings = [...this.dismissedWarnings, line];
  }

  leaveQuickEdit(): void {
    this.mode = 'checklist';
    this.editing = null;
    // The close button leaves with Quick edit: focus goes to the list's item.
    this.focusRequest = { target: 'list', seq: ++this.#focusSeq };
  }

  enterQuickEdit(): void {
    this.mode = 'quickEdit';
    this.focusRequest = { target: 'quickEdit', seq: ++this.#focusSeq };
  }

  focusHandled(request: FocusRequest): void {
    if (this.focusRequest === request) this.focusRequest = null;
  }

  // ---- pushes --------------------------------------------------------------------------------------

  /**
   * The box the user just ticked is drawn before anything else: a snapshot that arrives meanwhile
   * (rebuilding a long list takes longer than a frame) waits until that frame has been painted.
   */
  #oweFrame(): void {
    if (this.#owedFrame) return;
    this.#owedFrame = true;
    this.#clock.afterNextPaint(() => {
      this.#owedFrame = false;
      const parked = this.#parkedSnapshot;
      this.#parkedSnapshot = null;
      if (parked) this.#receive(parked);
    });
  }

  #receive(snapshot: AppSnapshot): void {
    if (this.#owedFrame) {
      // Only the newest matters: each snapshot is the whole state.
      this.#parkedSnapshot = snapshot;
      return;
    }
    const refusal = snapshot.lastRefusal;
    const isFirst = this.snapshot === null;
    if (refusal && refusal.at !== this.#refusalSeen) {
      this.#refusalSeen = refusal.at;
      const stillListed = snapshot.items.find((item) => item.id === refusal.id);
      // An item the server no longer has leaves the list now; its name comes from the list before.
      const description = (stillListed ?? this.item(refusal.id))?.description ?? 'an item';
      const revert = () => {
        this.ticks.delete(refusal.id);
        if (this.recentlyCompleted?.id === refusal.id) this.#offerUndo(null);
        // A refusal from before this page loaded was already shown (or belongs to a closed session).
        if (!isFirst) this.#refused(description, refusal.error);
      };
      if (stillListed) this.#afterTickShown(refusal.id, revert);
      else revert();
    }
    if (this.ticks.size > 0) {
      const byId = indexById(snapshot.items);
      for (const [id, completed] of this.ticks.entries()) {
        const item = byId.get(id);
        if (!item || item.completed === completed) this.ticks.delete(id);
      }
    }
    if (this.editing && !snapshot.items.some((item) => item.id === this.editing?.id)) this.editing = null;
    this.now = this.#clock.now();
    this.rowBudget.fit(snapshot.items.length);
    this.#watchSaves(snapshot);
    this.snapshot = snapshot;
    this.#focusUndone();
  }

  /** Looks at the outbox again when its oldest change will have waited SLOW_SAVE_MS. */
  #watchSaves(snapshot: AppSnapshot): void {
    const now = this.#clock.now();
    const facts = { outbox: snapshot.outbox, undoableDeletes: snapshot.pendingDeletes.length };
    if (changesWaiting(facts) === 0) this.#firstSeenWaiting = null;
    else this.#firstSeenWaiting ??= now;
    this.#clock.clearTimeout(this.#saveTimer);
    this.#saveNow = now;
    const since = waitingSince({ ...facts, firstSeenWaiting: this.#firstSeenWaiting, now });
    if (since === null || now - since >= SLOW_SAVE_MS) return;
    this.#saveTimer = this.#clock.setTimeout(() => (this.#saveNow = this.#clock.now()), since + SLOW_SAVE_MS - now + 20);
  }

  #shown(how: PopoverShown): void {
    this.now = this.#clock.now();
    this.mode = how.mode;
    if (how.mode === 'quickEdit') {
      this.focusRequest = { target: 'quickEdit', seq: ++this.#focusSeq };
    } else if (how.focusItemId !== null) {
      this.focusRequest = { target: 'item', itemId: how.focusItemId, seq: ++this.#focusSeq };
      // Only a reminder's notification opens the popover on one item.
      this.reminderItemId = how.focusItemId;
      this.dismissedReminders = this.dismissedReminders.filter((id) => id !== how.focusItemId);
    } else {
      this.focusRequest = { target: 'list', seq: ++this.#focusSeq };
    }
  }

  /** Runs `revert` once the item's last tick has been on screen for MIN_TICK_SHOWN_MS. */
  #afterTickShown(id: string, revert: () => void): void {
    const wait = (this.#tickedAt[id] ?? Number.NEGATIVE_INFINITY) + MIN_TICK_SHOWN_MS - this.#clock.now();
    if (wait > 0) this.#clock.setTimeout(revert, wait);
    else revert();
  }

  #refused(description: string, error: AppError): void {
    this.alert = { text: `Couldn't save the change to “${description}”. ${error.message}`, detail: error.detail };
  }

  #offerUndo(offer: UndoOffer | null): void {
    this.#clock.clearTimeout(this.#undoTimer);
    this.recentlyCompleted = offer;
    if (offer) this.#undoTimer = this.#clock.setTimeout(() => (this.recentlyCompleted = null), UNDO_COMPLETE_MS);
  }

  /** Labels ("Today 17:00" → "Overdue since 17:00") and sections move with the clock, each minute. */
  #armMinuteTick(): void {
    const wait = MINUTE_MS - (this.#clock.now() % MINUTE_MS) + 50;
    this.#minuteTimer = this.#clock.setTimeout(() => {
      this.now = this.#clock.now();
      this.#armMinuteTick();
    }, wait);
  }
}
