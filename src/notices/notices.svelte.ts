/**
 * What the popover tells the user beside the list: the one alert line (role="alert"), the
 * warnings not yet dismissed, the Undo offer, the reminder banner's item and the line about edits
 * slow to save. A refused change becomes words here, once.
 */
import type { AppError } from '../../electron/shared/app-error';
import type { AppSnapshot } from '../../electron/shared/app-state';
import { firstWords } from '../../electron/shared/short-text';
import type { RendererClock } from '../common/renderer-clock';
import { changesWaiting, saveLine, SLOW_SAVE_MS, waitingSince, type SaveLine } from './save-status';

/** What the role="alert" notice says: what happened, and why on a line of its own when there is a why. */
export interface AlertMessage {
  text: string;
  /** The reason, one sentence under `text` ("Omi no longer has this item."). */
  why?: string;
  /** The server's own words and what the log says, behind "Details". */
  detail?: string;
}

/** What an edit changed, and the values that take it back. */
interface EditUndo {
  /** "Due date cleared", "Due date changed", "Description changed". */
  words: string;
  before: { description?: string; dueAt?: string | null };
}

export type UndoOffer =
  | { kind: 'completed' | 'deleted' | 'restored'; id: string; description: string }
  /** Items added from suggestions ("From your conversations"): one Undo takes them all back. */
  | { kind: 'added'; id: string; ids: string[]; description: string }
  | ({ kind: 'edited'; id: string; description: string } & EditUndo);

/** How much of an item's words a refusal quotes: enough to know it, short enough for one line. */
const REFUSED_ITEM_GRAPHEMES = 28;

/** How long "Undo" stays offered after ticking an item. */
export const UNDO_COMPLETE_MS = 6_000;

export class Notices {
  alert = $state.raw<AlertMessage | null>(null);
  recentlyCompleted = $state.raw<UndoOffer | null>(null);
  /** The item a reminder notification opened the popover on: the reminder banner offers its choices. */
  reminderItemId = $state<string | null>(null);
  /**
   * Reminders put aside with "Dismiss reminder": the banner stops offering them on this page. These
   * two lists are replaced on each change (a handful per page) rather than SvelteSets, which keeps
   * svelte/reactivity out of the popover's bundle.
   */
  dismissedReminders = $state.raw<readonly string[]>([]);
  dismissedWarnings = $state.raw<readonly string[]>([]);

  readonly #snapshot: () => AppSnapshot | null;
  readonly #clock: RendererClock;
  #undoTimer: unknown = null;
  /** When this page first saw changes waiting (the core may not say since when). */
  #firstSeenWaiting: number | null = null;
  /** The clock as of the last look at the outbox: moves when a wait turns long enough to mention. */
  #saveNow = $state(0);
  #saveTimer: unknown = null;

  // Derived values are private fields read through getters: nothing can set them.
  readonly #warnings: string[] = $derived.by(() =>
    (this.#snapshot()?.warnings ?? []).filter((line) => !this.dismissedWarnings.includes(line)),
  );
  /** The newest delete still waiting to be sent, else the item just ticked. */
  readonly #undoOffer: UndoOffer | null = $derived.by(() => {
    const deletes = this.#snapshot()?.pendingDeletes ?? [];
    const latest = deletes.reduce<(typeof deletes)[number] | null>(
      (a, b) => (a === null || b.sendAt > a.sendAt ? b : a),
      null,
    );
    if (latest) return { kind: 'deleted', id: latest.id, description: latest.description };
    return this.recentlyCompleted;
  });
  /** The line about edits on their way, or null while saves are healthy (see save-status). */
  readonly #saveLine: SaveLine | null = $derived.by(() => {
    const snapshot = this.#snapshot();
    if (snapshot === null) return null;
    return saveLine({
      outbox: snapshot.outbox,
      undoableDeletes: snapshot.pendingDeletes.length,
      firstSeenWaiting: this.#firstSeenWaiting,
      now: this.#saveNow,
    });
  });

  /** `snapshot`: the one the page shows. */
  constructor(snapshot: () => AppSnapshot | null, clock: RendererClock) {
    this.#snapshot = snapshot;
    this.#clock = clock;
  }

  get warnings(): string[] {
    return this.#warnings;
  }

  get undoOffer(): UndoOffer | null {
    return this.#undoOffer;
  }

  get saveLine(): SaveLine | null {
    return this.#saveLine;
  }

  showAlert(text: string): void {
    this.alert = { text };
  }

  dismissAlert(): void {
    this.alert = null;
  }

  /**
   * Says that the change to the item was refused, naming the item by its first words, and why on a
   * second line: each stays one short sentence, however long the reason.
   */
  refused(description: string, error: AppError): void {
    this.alert = {
      text: `Couldn't save the change to “${firstWords(description, REFUSED_ITEM_GRAPHEMES)}”.`,
      why: error.message,
      detail: error.detail,
    };
  }

  dismissWarning(line: string): void {
    this.dismissedWarnings = [...this.dismissedWarnings, line];
  }

  /** Offers Undo for UNDO_COMPLETE_MS; null takes the offer back. */
  offerUndo(offer: UndoOffer | null): void {
    this.#clock.clearTimeout(this.#undoTimer);
    this.recentlyCompleted = offer;
    if (offer) this.#undoTimer = this.#clock.setTimeout(() => (this.recentlyCompleted = null), UNDO_COMPLETE_MS);
  }

  /** A reminder's notification opened the popover on the item: the banner offers it again. */
  remind(id: string): void {
    this.reminderItemId = id;
    this.dismissedReminders = this.dismissedReminders.filter((dismissed) => dismissed !== id);
  }

  dismissReminder(id: string): void {
    this.dismissedReminders = [...this.dismissedReminders, id];
    if (this.reminderItemId === id) this.reminderItemId = null;
  }

  /** Looks at the outbox again when its oldest change will have waited SLOW_SAVE_MS. */
  watchSaves(snapshot: AppSnapshot): void {
    const now = this.#clock.now();
    const facts = { outbox: snapshot.outbox, undoableDeletes: snapshot.pendingDeletes.length };
    if (changesWaiting(facts) === 0) this.#firstSeenWaiting = null;
    else this.#firstSeenWaiting ??= now;
    this.#clock.clearTimeout(this.#saveTimer);
    this.#saveNow = now;
    const since = waitingSince({ ...facts, firstSeenWaiting: this.#firstSeenWaiting, now });
    if (since === null || now - since >= SLOW_SAVE_MS) return;
    this.#saveTimer = this.#clock.setTimeout(
      () => (this.#saveNow = this.#clock.now()),
      since + SLOW_SAVE_MS - now + 20,
    );
  }

  /** Signed out: nothing said about the old account stays. */
  clear(): void {
    this.alert = null;
    this.recentlyCompleted = null;
  }

  stop(): void {
    this.#clock.clearTimeout(this.#undoTimer);
    this.#clock.clearTimeout(this.#saveTimer);
  }
}
