/**
 * Turns what the main process sends into whole snapshots. Pushes are shown in the order they come;
 * an answer to `app:getSnapshot` only when it is newer than what shows. A push leaves out the big
 * parts that did not change (the items, "Since you last looked", the suggestions); the page then shows the ones it
 * already holds under the numbers the push names (the same objects, so nothing worked out from them
 * is worked out again). A push naming a part the page does not hold (it loaded or reloaded after the
 * part was sent) waits while the whole snapshot is asked for; one request at a time, asked again
 * when its answer was older than what waits.
 */
import type { ItemView } from '../../electron/shared/action-item';
import type { AppSnapshot, SnapshotPush } from '../../electron/shared/app-state';
import type { SinceLastLooked } from '../../electron/shared/since-last-looked';
import type { SuggestionsShown } from '../../electron/shared/suggestion';
import { fromItemTable } from '../../electron/shared/item-table';
import { fromSuggestionGroups } from '../../electron/shared/suggestion-groups';

export interface SnapshotReceiverDeps {
  /** Hears each snapshot to show, each newer than the last. */
  show(snapshot: AppSnapshot): void;
  /** Asks the main process for the whole snapshot (`app:getSnapshot`). */
  askWhole(): Promise<AppSnapshot>;
}

/** A part as last heard, with the number that names it. */
interface Held<T> {
  seq: number;
  value: T;
}

/** The part held under `seq`, or undefined when the page holds another (or none). */
const heldAt = <T>(held: Held<T> | null, seq: number): T | undefined => (held?.seq === seq ? held.value : undefined);

/** What to hold after an answer: the answer's part when it is newer than the one held. */
const newer = <T>(held: Held<T> | null, seq: number, value: T): Held<T> =>
  held === null || seq > held.seq ? { seq, value } : held;

export class SnapshotReceiver {
  readonly #deps: SnapshotReceiverDeps;
  /** The number of the last snapshot shown. */
  #shownSeq = -1;
  #items: Held<ItemView[]> | null = null;
  #looks: Held<SinceLastLooked | null> | null = null;
  #suggestions: Held<SuggestionsShown> | null = null;
  /** The newest push that names a part the page does not hold. */
  #waiting: SnapshotPush | null = null;
  #asking: Promise<void> | null = null;

  constructor(deps: SnapshotReceiverDeps) {
    this.#deps = deps;
  }

  /** Asks for the whole snapshot (first load) and resolves once its answer is taken in. */
  whole(): Promise<void> {
    this.#asking ??= this.#deps.askWhole().then(
      (snapshot) => {
        this.#asking = null;
        this.#takeWhole(snapshot);
      },
      (error: unknown) => {
        this.#asking = null;
        throw error;
      },
    );
    return this.#asking;
  }

  push(push: SnapshotPush): void {
    if (push.items !== null) this.#items = { seq: push.itemsSeq, value: fromItemTable(push.items) };
    if (push.sinceLastLooked !== undefined) this.#looks = { seq: push.looksSeq, value: push.sinceLastLooked };
    if (push.suggestions !== undefined)
      this.#suggestions = { seq: push.suggestionsSeq, value: fromSuggestionGroups(push.suggestions) };
    const whole = this.#filled(push);
    if (whole !== null) {
      this.#waiting = null;
      this.#show(whole);
      return;
    }
    if (this.#waiting === null || push.seq > this.#waiting.seq) this.#waiting = push;
    void this.whole().catch(() => undefined);
  }

  /** The push with the parts it left out filled in from those held, or null when one is not held. */
  #filled(push: SnapshotPush): AppSnapshot | null {
    // A push's own items and suggestions were made as they came (push()); held under their numbers.
    const items = heldAt(this.#items, push.itemsSeq);
    // `null` is a part of its own here ("nothing changed since the last look"); only undefined is left out.
    const looks = push.sinceLastLooked !== undefined ? push.sinceLastLooked : heldAt(this.#looks, push.looksSeq);
    const suggestions = heldAt(this.#suggestions, push.suggestionsSeq);
    if (items === undefined || looks === undefined || suggestions === undefined) return null;
    return { ...push, items, sinceLastLooked: looks, suggestions };
  }

  #takeWhole(answer: AppSnapshot): void {
    // Parts already held under the answer's numbers stay the same objects; older ones are replaced.
    const answerLooks = answer.sinceLastLooked ?? null;
    this.#items = newer(this.#items, answer.itemsSeq, answer.items);
    this.#looks = newer(this.#looks, answer.looksSeq, answerLooks);
    this.#suggestions = newer(this.#suggestions, answer.suggestionsSeq, answer.suggestions);
    const snapshot: AppSnapshot = {
      ...answer,
      items: heldAt(this.#items, answer.itemsSeq) ?? answer.items,
      sinceLastLooked: heldAt(this.#looks, answer.looksSeq) ?? answerLooks,
      suggestions: heldAt(this.#suggestions, answer.suggestionsSeq) ?? answer.suggestions,
    };
    const waiting = this.#waiting;
    if (waiting !== null && waiting.seq > snapshot.seq) {
      const filled = this.#filled(waiting);
      if (filled === null) {
        // The answer is older than the push that waits for it: shown meanwhile, and asked again.
        if (snapshot.seq > this.#shownSeq) this.#show(snapshot);
        void this.whole().catch(() => undefined);
        return;
      }
      this.#waiting = null;
      this.#show(filled);
      return;
    }
    this.#waiting = null;
    // A push shown meanwhile is newer than this answer.
    if (snapshot.seq > this.#shownSeq) this.#show(snapshot);
  }

  #show(snapshot: AppSnapshot): void {
    this.#shownSeq = snapshot.seq;
    this.#deps.show(snapshot);
  }
}
