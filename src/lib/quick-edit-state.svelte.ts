/**
 * Quick edit's own state: the filter typed into "Quick edit", the selected item and the key list.
 * Matching and moving are the keyboard model's (./quick-edit); this only holds the answers.
 * At most MAX_SHOWN matches are shown, so every keystroke renders a short list; typing narrows it.
 */
import type { ItemRow } from './checklist';
import { filterBy } from './quick-edit/filter-items';
import type { QuickEditMode, SelectionMove } from './quick-edit/keymap';
import { keepSelection, moveSelection } from './quick-edit/selection';

export const MAX_SHOWN = 100;

export class QuickEditState {
  query = $state('');
  help = $state(false);
  #chosenId = $state<string | null>(null);
  #lastIndex: number | null = null;

  readonly matches: ItemRow[] = $derived.by(() => filterBy(this.#rows(), this.query, (row) => row.item.description));
  readonly shown: ItemRow[] = $derived(this.matches.slice(0, MAX_SHOWN));
  /** The selected row: the chosen one while it is shown, else the one now at its place. */
  readonly selected: ItemRow | null = $derived.by(() => {
    const ids = this.shown.map((row) => row.item.id);
    const id = keepSelection(this.#chosenId, this.#lastIndex, ids);
    return this.shown.find((row) => row.item.id === id) ?? null;
  });

  readonly #rows: () => readonly ItemRow[];

  /** `rows`: every row of the checklist, in its order. */
  constructor(rows: () => readonly ItemRow[]) {
    this.#rows = rows;
  }

  move(move: SelectionMove): void {
    const current = this.selected ? this.shown.indexOf(this.selected) : null;
    const next = moveSelection(current, move, this.shown.length);
    this.#lastIndex = next;
    this.#chosenId = next === null ? null : (this.shown[next]?.item.id ?? null);
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
    this.help = false;
    this.#chosenId = null;
    this.#lastIndex = null;
  }
}
