/**
 * Quick edit's own state: the filter typed into "Quick edit", the selected item and the key list.
 * Matching and moving are the keyboard model's (./narrowing-filter, ./selection); this only holds the answers.
 * Every keystroke renders a short list: the first PAGE_SHOWN matches (about three screens of the
 * popover). Moving the selection down near the end shows the next page, so ↓ still reaches every
 * match; typing something else starts again from the first page.
 */
import type { ItemRow } from '../checklist/checklist';
import { NarrowingFilter } from './narrowing-filter';
import type { QuickEditMode, SelectionMove } from './keymap';
import { keepSelection, moveSelection } from './selection';

export const PAGE_SHOWN = 15;
/** How close to the last shown row the selection may come before the next page is shown. */
const LOOKAHEAD = 5;

export class QuickEditState {
  readonly #rows: () => readonly ItemRow[];
  #query = $state('');
  help = $state(false);
  #chosenId = $state<string | null>(null);
  #lastIndex: number | null = null;
  /** How many matches are shown: a page, and more as the selection moves down. */
  #reach = $state(PAGE_SHOWN);

  readonly #filter = new NarrowingFilter<ItemRow>((row) => row.item.description);
  /** The checklist's rows in order: a new list only when the checklist changed, not per key. */
  readonly #all: readonly ItemRow[] = $derived.by(() => this.#rows());
  readonly matches: ItemRow[] = $derived.by(() => this.#filter.filter(this.#all, this.#query));
  readonly shown: ItemRow[] = $derived(this.matches.slice(0, this.#reach));
  /** The selected row: the chosen one while it is shown, else the one now at its place. */
  readonly selected: ItemRow | null = $derived.by(() => {
    const ids = this.shown.map((row) => row.item.id);
    const id = keepSelection(this.#chosenId, this.#lastIndex, ids);
    return this.shown.find((row) => row.item.id === id) ?? null;
  });

  /** `rows`: every row of the checklist, in its order. */
  constructor(rows: () => readonly ItemRow[]) {
    this.#rows = rows;
  }

  /** What is typed into "Quick edit"; a new query shows its matches from the first page. */
  get query(): string {
    return this.#query;
  }

  set query(text: string) {
    if (text === this.#query) return;
    this.#query = text;
    this.#reach = PAGE_SHOWN;
    // Typing while the list of keys is open means searching again.
    this.help = false;
  }

  move(move: SelectionMove): void {
    const current = this.selected ? this.shown.indexOf(this.selected) : null;
    const next = moveSelection(current, move, this.shown.length);
    this.#lastIndex = next;
    if (next !== null && next >= this.shown.length - LOOKAHEAD) this.showMore();
    this.#chosenId = next === null ? null : (this.shown[next]?.item.id ?? null);
  }

  /** The next page of matches, if there are more. */
  showMore(): void {
    if (this.shown.length < this.matches.length) this.#reach = this.shown.length + PAGE_SHOWN;
  }

  select(id: string): void {
    this.#chosenId = id;
    this.#lastIndex = this.shown.findIndex((row) => row.item.id === id);
  }

  /** The keyboard model's mode for the current state. */
  mode(editing: 'description' | 'due' | null): QuickEditMode {
    if (editing === 'description') return 'editingDescription';
    if (editing === 'due') return 'editingDue';
    return this.help ? 'help' : 'list';
  }

  reset(): void {
    this.query = '';
    this.#reach = PAGE_SHOWN;
    this.help = false;
    this.#chosenId = null;
    this.#lastIndex = null;
  }
}
