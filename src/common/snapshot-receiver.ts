/**
 * Turns what the main process sends into whole snapshots. Pushes are shown in the order they come;
 * an answer to `app:getSnapshot` only when it is newer than what shows. A push leaves the items out
 * when they did not change; the page then shows the items it already holds (the same array, so
 * nothing worked out from them is worked out again). A push whose items the page does not hold (it
 * loaded or reloaded after they were sent) waits while the whole snapshot is asked for; one request
 * at a time, asked again when its answer was older than what waits.
 */
import type { ItemView } from '../../electron/shared/action-item';
import type { AppSnapshot, SnapshotPush } from '../../electron/shared/app-state';

export interface SnapshotReceiverDeps {
  /** Hears each snapshot to show, each newer than the last. */
  show(snapshot: AppSnapshot): void;
  /** Asks the main process for the whole snapshot (`app:getSnapshot`). */
  askWhole(): Promise<AppSnapshot>;
}

export class SnapshotReceiver {
  readonly #deps: SnapshotReceiverDeps;
  /** The number of the last snapshot shown. */
  #shownSeq = -1;
  /** The newest items heard, with their number. */
  #items: { seq: number; items: ItemView[] } | null = null;
  /** The newest push whose items the page does not hold. */
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
    if (push.items !== null) {
      this.#waiting = null;
      this.#items = { seq: push.itemsSeq, items: push.items };
      this.#show({ ...push, items: push.items });
      return;
    }
    if (this.#items?.seq === push.itemsSeq) {
      this.#waiting = null;
      this.#show({ ...push, items: this.#items.items });
      return;
    }
    if (this.#waiting === null || push.seq > this.#waiting.seq) this.#waiting = push;
    void this.whole().catch(() => undefined);
  }

  #takeWhole(answer: AppSnapshot): void {
    if (this.#items === null || answer.itemsSeq > this.#items.seq)
      this.#items = { seq: answer.itemsSeq, items: answer.items };
    // Items already held under this number stay the same array.
    const held = this.#items;
    const snapshot = held.seq === answer.itemsSeq ? { ...answer, items: held.items } : answer;
    const waiting = this.#waiting;
    if (waiting !== null && waiting.seq > snapshot.seq) {
      if (waiting.itemsSeq !== held.seq) {
        // The answer is older than the push that waits for it: shown meanwhile, and asked again.
        if (snapshot.seq > this.#shownSeq) this.#show(snapshot);
        void this.whole().catch(() => undefined);
        return;
      }
      this.#waiting = null;
      this.#show({ ...waiting, items: held.items });
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
