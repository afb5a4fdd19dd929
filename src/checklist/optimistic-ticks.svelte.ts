/**
 * Ticks are optimistic: the box flips at once and stays so until a snapshot shows the item in that
 * state (the core lays queued changes over the list) or the change is refused, when the box shows
 * the server's state again. A refusal that comes back very fast is shown only once the tick has been
 * visible for MIN_TICK_SHOWN_MS, so the user sees their click register and then undone with the
 * reason, rather than a box that seems to ignore the click. The box just ticked is also painted
 * before any snapshot that arrives meanwhile is taken in.
 */
import type { ItemView } from '../../electron/shared/action-item';
import type { AppSnapshot } from '../../electron/shared/app-state';
import { indexById } from './checklist';
import { PendingTicks } from './pending-ticks.svelte';
import type { RendererClock } from '../common/renderer-clock';

/** The least time a tick stays on screen before a refusal turns it back. */
export const MIN_TICK_SHOWN_MS = 400;
/** How long a ticked item stays where it was, checked and dimmed, before it moves to its section. */
const HOLD_AFTER_TICK_MS = 1_500;

export class OptimisticTicks {
  /** Ticks shown before a snapshot confirms them. */
  readonly pending = new PendingTicks();
  readonly #clock: RendererClock;
  /** Takes in a snapshot that waited for the tick's frame. */
  readonly #deliver: (snapshot: AppSnapshot) => void;
  /** When each item was last ticked here (clock ms). */
  #tickedAt: Record<string, number> = {};
  /** Ticks made in the last HOLD_AFTER_TICK_MS. */
  #recent = $state(0);
  /** Set from a tick until the frame showing it has been painted; snapshots wait for that frame. */
  #owedFrame = false;
  #parked: AppSnapshot | null = null;

  constructor(clock: RendererClock, deliver: (snapshot: AppSnapshot) => void) {
    this.#clock = clock;
    this.#deliver = deliver;
  }

  /** An item was ticked in the last HOLD_AFTER_TICK_MS: the list keeps its places. */
  get holding(): boolean {
    return this.#recent > 0;
  }

  tick(id: string, completed: boolean): void {
    this.pending.set(id, completed);
    this.#tickedAt[id] = this.#clock.now();
    this.#recent++;
    this.#clock.setTimeout(() => this.#recent--, HOLD_AFTER_TICK_MS);
    this.#oweFrame();
  }

  /** Turns the tick back, unless the user has ticked the item the other way since. */
  refused(id: string, completed: boolean): void {
    if (this.pending.get(id) === completed) this.pending.delete(id);
  }

  /** True when the snapshot must wait for the tick's frame; it is handed to `deliver` then (only the newest). */
  park(snapshot: AppSnapshot): boolean {
    if (!this.#owedFrame) return false;
    this.#parked = snapshot;
    return true;
  }

  /** Drops the ticks the snapshot confirms, and those of items it no longer lists. */
  settle(items: readonly ItemView[]): void {
    if (this.pending.size === 0) return;
    const byId = indexById(items);
    for (const [id, completed] of this.pending.entries()) {
      const item = byId.get(id);
      if (!item || item.completed === completed) this.pending.delete(id);
    }
  }

  /** Runs `revert` once the item's last tick has been on screen for MIN_TICK_SHOWN_MS. */
  afterShown(id: string, revert: () => void): void {
    const wait = (this.#tickedAt[id] ?? Number.NEGATIVE_INFINITY) + MIN_TICK_SHOWN_MS - this.#clock.now();
    if (wait > 0) this.#clock.setTimeout(revert, wait);
    else revert();
  }

  /**
   * The box the user just ticked is drawn before anything else: a snapshot that arrives meanwhile
   * (rebuilding a long list takes longer than a frame) waits until that frame has been painted.
   */
  #oweFrame(): void {
    if (this.#owedFrame) return;
    this.#owedFrame = true;
    this.#clock.afterNextPaint(() => {
      this.#owedFrame = false;
      const parked = this.#parked;
      this.#parked = null;
      if (parked) this.#deliver(parked);
    });
  }
}
