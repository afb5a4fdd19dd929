/**
 * Quick edit's own state: the filter typed into "Quick edit", the selected item and the key list.
 * Matching and moving are the keyboard model's (./narrowing-filter, ./selection); this only holds the answers.
 * Every keystroke renders a short list: the first PAGE_SHOWN matches (about three screens of the
 * popover). Moving the selection down near the end shows the next page, so ↓ still reaches every
 * match; typing something else starts again from the first page.
 * Once something is typed, the suggestions from conversations whose words match follow the items
 * (at most SUGGESTIONS_SHOWN); the arrows move through both, and `selectedSuggestion` says when the
 * selection is on one.
 */
import type { Suggestion } from '../../electron/shared/suggestion';
import type { ItemRow } from '../checklist/checklist';
import { filterBy } from './filter-items';
import { NarrowingFilter } from './narrowing-filter';
import type { QuickEditMode, SelectionMove } from './keymap';
import { keepSelection, moveSelection } from './selection';

export const PAGE_SHOWN = 15;
/** How close to the last shown row the selection may come before the next page is shown. */
const LOOKAHEAD = 5;
/** The most matching suggestions listed after the items. */
export const SUGGESTIONS_SHOWN = 5;
/** A selection id that no item id can be: items and suggestions share one selection. */
const suggestionId = (suggestion: Suggestion): string => `\u0000suggestion\u0000${suggestion.key}`;

export class QuickEditState {
  readonly #rows: () => readonly ItemRow[];
  readonly #suggestions: () => readonly Suggestion[];
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
  /** Suggestions whose words match what is typed (none while the box is empty), after the items. */
  readonly suggestions: Suggestion[] = $derived.by(() =>
    this.#query.trim() === ''
      ? []
      : filterBy(this.#suggestions(), this.#query, (suggestion) => suggestion.words).slice(0, SUGGESTIONS_SHOWN),
  );
  /** Everything the arrows move through, in order: the items shown, then the suggestions. */
  readonly #ids: string[] = $derived([...this.shown.map((row) => row.item.id), ...this.suggestions.map(suggestionId)]);
  readonly #selectedId: string | null = $derived(keepSelection(this.#chosenId, this.#lastIndex, this.#ids));
  /** The selected row: the chosen one while it is shown, else the one now at its place. */
  readonly selected: ItemRow | null = $derived(this.shown.find((row) => row.item.id === this.#selectedId) ?? null);
  /** The selected suggestion, when the selection is on one rather than on an item. */
  readonly selectedSuggestion: Suggestion | null = $derived(
    this.suggestions.find((suggestion) => suggestionId(suggestion) === this.#selectedId) ?? null,
  );

  /** `rows`: every row of the checklist, in its order; `suggestions`: those from conversations, newest first. */
  constructor(rows: () => readonly ItemRow[], suggestions: () => readonly Suggestion[] = () => []) {
    this.#rows = rows;
    this.#suggestions = suggestions;
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
    const current = this.#selectedId === null ? null : this.#ids.indexOf(this.#selectedId);
    const next = moveSelection(current, move, this.#ids.length);
    const chosen = next === null ? null : (this.#ids[next] ?? null);
    if (next !== null && next >= this.shown.length - LOOKAHEAD) this.showMore();
    this.#chosenId = chosen;
    this.#lastIndex = chosen === null ? null : this.#ids.indexOf(chosen);
  }

  /** The next page of matches, if there are more. */
  showMore(): void {
    if (this.shown.length < this.matches.length) this.#reach = this.shown.length + PAGE_SHOWN;
  }

  select(id: string): void {
    this.#chosenId = id;
    this.#lastIndex = this.#ids.indexOf(id);
  }

  /** Puts the selection on a suggestion listed (a click on it). */
  selectSuggestion(suggestion: Suggestion): void {
    this.select(suggestionId(suggestion));
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
