/**
 * "Since you last looked": what changed on Omi's side between two looks at the list. It costs no
 * read: the list now is compared with the list the person last saw (the baseline, in last-look.json).
 *
 * - A look: the popover was shown with a list for at least LOOK_MS and then hidden. The baseline
 *   becomes the list as it is when it hides, so what the region showed counts as seen. A popover shown
 *   for a moment (a click through) is no look. Dismiss makes the baseline the list now, at once.
 * - First run, another key, or a file that was corrupt: there is nothing to compare with, so nothing
 *   is shown; the first list read with the key in use becomes the baseline.
 * - The baseline belongs to one key tag (key and server): another key's list is never compared with
 *   it, so another account's items never show as new or removed.
 * - The app's own changes never count (look-baseline.ts): they are laid over the baseline as they are
 *   made, and kept in it.
 * - Restore: a removed item is created again with its words and due date, through the outbox like
 *   every new item; it then no longer counts as removed, and its copy is the app's own.
 * - A new item with the words of one added here from a suggestion is named as a possible copy of it
 *   (possible-copies.ts); the page offers to delete the copy through the outbox, with Undo.
 */
import type { ItemView } from '../../shared/action-item';
import { fail, ok, type Result } from '../../shared/app-error';
import type { LookChange, SinceLastLooked } from '../../shared/since-last-looked';
import type { Clock, Logger } from '../ports';
import { CoalescedWriter } from '../storage/coalesced-writer';
import type { JsonFile } from '../storage/json-file';
import { toStored, type StoredLastLook } from './last-look-file';
import {
  baselineOf,
  sameBaseline,
  changesSince,
  countInWords,
  toLookChange,
  withOwnChanges,
  type LookBaseline,
  type OwnChange,
} from './look-baseline';
import { namePossibleCopies, type AddedHere } from './possible-copies';
import { sameViewInputs, type ViewInputs } from './view-inputs';

/** How long the popover must stay up with a list for the person to have looked at it. */
export const LOOK_MS = 3_000;

export interface SinceLastLookedDeps {
  file: JsonFile<StoredLastLook | null>;
  clock: Clock;
  logger: Logger;
  /** The tag of the key in use; null while signed out. */
  owner(): string | null;
  /** When the last full list of this run arrived (ItemStore.lastFetchedAt); null before the first. */
  listFetchedAt(): number | null;
  /** The checklist as the person sees it (server items with the app's changes on top). */
  items(): readonly ItemView[];
  /** The items of the checklist added here from a suggestion. */
  addedHere(): readonly AddedHere[];
  /** The app's own changes waiting in the outbox for the key in use. */
  ownChanges(): readonly OwnChange[];
  /** The id an item is known by now (a new item made here follows the id Omi gave it). */
  resolve(id: string): string;
  /** Creates an item through the outbox (ItemEditor.create). */
  create(description: string, dueAt: string | null): Promise<Result<{ id: string }>>;
  /** Something shown changed. */
  changed(): void;
}

export class SinceLastLookedService {
  private baseline: LookBaseline | null = null;
  /**
   * The key tag in use when the store's list last came from Omi (a list is known by the time it came);
   * null before a list of this run. A list of the earlier key is never compared with the new key's baseline.
   */
  private listOwner: string | null = null;
  private listAt: number | null = null;
  private shownAt: number | null = null;
  /** The last view worked out and what it was worked out from. */
  private kept: { inputs: ViewInputs; view: SinceLastLooked | null } | null = null;
  private readonly writer: CoalescedWriter<StoredLastLook | null>;

  constructor(private readonly deps: SinceLastLookedDeps) {
    this.writer = new CoalescedWriter(deps.file, () => (this.baseline === null ? null : toStored(this.baseline)));
  }

  /** Reads last-look.json; called once the key and the list of the last run are open. */
  async load(): Promise<void> {
    const stored = await this.deps.file.read(null);
    this.baseline =
      stored === null ? null : { owner: stored.owner, items: stored.items, deletedHere: stored.deletedHere };
  }

  /** What the region shows now, or null when nothing changed or there is nothing to compare with. */
  view(): SinceLastLooked | null {
    const baseline = this.comparable();
    if (baseline === null) return null;
    const inputs: ViewInputs = {
      baseline,
      items: this.deps.items(),
      own: this.deps.ownChanges(),
      addedHere: this.deps.addedHere(),
    };
    if (this.kept !== null && sameViewInputs(this.kept.inputs, inputs)) return this.kept.view;
    const current = this.withOwn(baseline, inputs.own);
    const changes = namePossibleCopies(changesSince(current, inputs.items), inputs.addedHere);
    const view = changes.length === 0 ? null : { words: countInWords(changes), changes: changes.map(toLookChange) };
    this.kept = { inputs, view };
    return view;
  }

  /**
   * The store's list changed: a list Omi just gave belongs to the key in use now. The first list of a
   * key with no baseline becomes its baseline (a first run shows nothing).
   */
  listChanged(): void {
    const at = this.deps.listFetchedAt();
    if (at !== this.listAt) {
      this.listAt = at;
      this.listOwner = at === null ? null : this.deps.owner();
    }
    const owner = this.deps.owner();
    if (owner !== null && owner === this.listOwner && this.baseline?.owner !== owner) this.record(owner);
  }

  /**
   * The app changed an item (the outbox changed): the change is kept in the baseline at once, so it
   * still counts as the app's once Omi confirmed it and the outbox let it go.
   */
  ownChangesMade(): void {
    const next = this.current();
    if (next !== null && next !== this.baseline) this.keep(next);
  }

  /** The popover was shown or hidden; hidden after LOOK_MS with a list, the person has looked. */
  popoverVisible(visible: boolean): void {
    const now = this.deps.clock.now();
    if (visible) {
      this.shownAt ??= now;
      return;
    }
    const shownAt = this.shownAt;
    this.shownAt = null;
    if (shownAt === null || now - shownAt < LOOK_MS) return;
    this.looked();
  }

  /** The person dismissed the region: what it showed counts as seen. */
  dismiss(): Result<null> {
    this.looked();
    return ok(null);
  }

  /** A removed item, created again with its words and due date; it no longer counts as removed. Answers the new item's id. */
  async restore(id: string): Promise<Result<{ id: string }>> {
    const removed = this.view()?.changes.find(
      (change): change is Extract<LookChange, { kind: 'removed' }> => change.kind === 'removed' && change.id === id,
    );
    if (removed === undefined)
      return fail({ kind: 'not_found', message: 'This item is no longer among the removed ones.' });
    const created = await this.deps.create(removed.description, removed.dueAt);
    if (!created.ok) return created;
    const baseline = this.current();
    if (baseline !== null) {
      const items = { ...baseline.items };
      delete items[id];
      this.keep({ ...baseline, items });
    }
    return created;
  }

  /**
   * Resolves once the baseline as it is now is on disk: it waits for the writes under way, and
   * writes again only when the last one failed.
   */
  settled(): Promise<void> {
    return this.writer.flush();
  }

  /** The baseline with the app's waiting changes over it, for the key in use; null when there is none to compare with. */
  private current(): LookBaseline | null {
    const baseline = this.comparable();
    return baseline === null ? null : this.withOwn(baseline, this.deps.ownChanges());
  }

  /** The baseline with these waiting changes of the app laid over it. */
  private withOwn(baseline: LookBaseline, own: readonly OwnChange[]): LookBaseline {
    return withOwnChanges(baseline, own, (id) => this.deps.resolve(id));
  }

  /** The baseline, when it and the list in hand are of the key in use; else null. */
  private comparable(): LookBaseline | null {
    const owner = this.deps.owner();
    if (this.baseline === null || owner === null || this.baseline.owner !== owner || this.listOwner !== owner)
      return null;
    return this.baseline;
  }

  private looked(): void {
    const owner = this.deps.owner();
    if (owner !== null && owner === this.listOwner) this.record(owner);
  }

  private record(owner: string): void {
    const own = this.deps.ownChanges();
    const deletedHere = own.filter((change) => change.delete).map((change) => change.key);
    const next = { ...baselineOf(owner, this.deps.items()), deletedHere };
    // A look at a list that did not change since the last one: nothing to show again or write again.
    if (this.baseline !== null && sameBaseline(this.baseline, next)) return;
    this.keep(next);
  }

  private keep(baseline: LookBaseline): void {
    this.baseline = baseline;
    this.deps.changed();
    this.writer.save().catch((error: unknown) => {
      this.deps.logger.warn('The list as last seen could not be saved', { error: String(error) });
    });
  }
}
