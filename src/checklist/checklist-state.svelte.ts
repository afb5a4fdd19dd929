/**
 * The list as the page shows it: the last snapshot the main process pushed, the clock its due labels
 * and sections follow, the ticks not yet confirmed, and what keeps items in place while the user
 * points at, focuses or has just ticked one. The items, the zone and the clock style are kept apart
 * from the snapshot: a snapshot that changes only other things (the sync line, suggestions) leaves
 * them as they were, so the sections, counts and Quick edit's index are not worked out again.
 */
import { untrack } from 'svelte';
import type { ItemView } from '../../electron/shared/action-item';
import type { AppSnapshot } from '../../electron/shared/app-state';
import { DAY_FIRST_24_HOUR, type ClockStyle } from '../../electron/shared/due-date/clock-style';
import { ChecklistBuilder, indexById, type ChecklistSection, type HoldPlace } from './checklist';
import { OptimisticTicks } from './optimistic-ticks.svelte';
import type { RendererClock } from '../common/renderer-clock';
import { RowBudget } from './row-budget.svelte';

export type Screen = 'loading' | 'onboarding' | 'checklist';

const MINUTE_MS = 60_000;

export class ChecklistState {
  snapshot = $state.raw<AppSnapshot | null>(null);
  /** The snapshot's items: replaced only by a different list. */
  #items = $state.raw<ItemView[]>([]);
  /** The snapshot's clock style: replaced only when it differs. */
  #clockStyle = $state.raw<ClockStyle>(DAY_FIRST_24_HOUR);
  /** The clock as of the last minute tick or snapshot: due labels and sections follow it. */
  now = $state(0);
  refreshing = $state(false);
  /** The pointer is over the checklist: nothing in it changes place meanwhile. */
  pointerInList = $state(false);
  /** The item whose row holds keyboard focus: it keeps its place while focus is on it. */
  focusedItemId = $state<string | null>(null);
  readonly ticks: OptimisticTicks;
  /** How many rows of the checklist are in the page (long lists arrive a chunk per frame). */
  readonly rowBudget = new RowBudget();

  // Derived values are private fields read through getters: nothing can set them.
  readonly #screen: Screen = $derived.by(() =>
    this.snapshot === null ? 'loading' : this.snapshot.connection.status === 'connected' ? 'checklist' : 'onboarding',
  );
  /**
   * The zone, whether the key can only read, and whether a snapshot came: states set only when they
   * change, not derived from the snapshot. 2,000 rows read them, and a value derived from the
   * snapshot would have every row checked again on each push, though it changes about never.
   */
  #readOnly = $state(false);
  #timeZone = $state('UTC');
  #loaded = $state(false);
  readonly #holds = (id: string): boolean => this.pointerInList || this.ticks.holding || this.focusedItemId === id;
  /**
   * Only a hold that keeps an item in place makes the sections follow the pointer, focus and recent
   * ticks: an item let go has moved for good, so those changing later need no rebuild of every row
   * (a rebuild of 2,000 items on the pointer entering the list, ahead of the tick it was about to make).
   */
  readonly #hold: HoldPlace = (id) => untrack(() => this.#holds(id)) && this.#holds(id);
  readonly #builder = new ChecklistBuilder();
  readonly #sections: ChecklistSection[] = $derived.by(() =>
    this.#loaded ? this.#builder.build(this.#items, this.now, this.#timeZone, this.#clockStyle, this.#hold) : [],
  );
  readonly #byId = $derived.by(() => indexById(this.#items));
  readonly #openCount = $derived(this.#items.reduce((count, item) => count + (item.completed ? 0 : 1), 0));
  readonly #clock: RendererClock;
  #minuteTimer: unknown = null;

  /** `deliver`: takes in a snapshot that waited for a tick's frame to be painted. */
  constructor(clock: RendererClock, deliver: (snapshot: AppSnapshot) => void) {
    this.#clock = clock;
    this.ticks = new OptimisticTicks(clock, deliver);
    this.now = clock.now();
  }

  get screen(): Screen {
    return this.#screen;
  }

  get readOnly(): boolean {
    return this.#readOnly;
  }

  /** The zone the snapshot's days and times are in, the same text until it changes. */
  get timeZone(): string {
    return this.#timeZone;
  }

  get sections(): ChecklistSection[] {
    return this.#sections;
  }

  /** The checklist's items, the same array until they change. */
  get items(): ItemView[] {
    return this.#items;
  }

  /** How many items are not done. */
  get openCount(): number {
    return this.#openCount;
  }

  /** How the computer writes times, the same object until it changes. */
  get clockStyle(): ClockStyle {
    return this.#clockStyle;
  }

  item(id: string): ItemView | undefined {
    return this.#byId.get(id);
  }

  /** What the checkbox shows: the user's tick until the core confirms or refuses it. */
  isChecked(item: ItemView): boolean {
    return this.ticks.pending.get(item.id) ?? item.completed;
  }

  /**
   * Shows the snapshot: confirmed ticks are dropped. New items are shown at the clock read again;
   * the same items keep the last reading (the minute tick and the popover's showing move it on).
   */
  show(snapshot: AppSnapshot): void {
    this.ticks.settle(snapshot.items);
    if (snapshot.items !== this.#items) {
      this.now = this.#clock.now();
      this.rowBudget.fit(snapshot.items.length);
      this.#items = snapshot.items;
    }
    const style = snapshot.clock;
    if (style.hour12 !== this.#clockStyle.hour12 || style.monthFirst !== this.#clockStyle.monthFirst)
      this.#clockStyle = style;
    // Setting a state to the value it holds changes nothing (Svelte compares with ===).
    this.#readOnly = snapshot.connection.status === 'connected' && snapshot.connection.readOnly;
    this.#timeZone = snapshot.timeZone;
    this.#loaded = true;
    this.snapshot = snapshot;
  }

  /**
   * Reads the clock again (the popover was shown), when its minute has moved on since the last
   * reading: the labels and sections go by the minute, and a reading within the same minute would
   * have every row's due words worked out again, on every tray click, to show the same. The minute
   * tick may be late (after a sleep); then this is what moves the labels on.
   */
  catchUp(): void {
    const now = this.#clock.now();
    if (Math.floor(now / MINUTE_MS) !== Math.floor(this.now / MINUTE_MS)) this.now = now;
  }

  /** Labels ("Today 17:00" → "Overdue since 17:00") and sections move with the clock, each minute. */
  followTheClock(): void {
    const wait = MINUTE_MS - (this.#clock.now() % MINUTE_MS) + 50;
    this.#minuteTimer = this.#clock.setTimeout(() => {
      this.now = this.#clock.now();
      this.followTheClock();
    }, wait);
  }

  stop(): void {
    this.#clock.clearTimeout(this.#minuteTimer);
  }
}
