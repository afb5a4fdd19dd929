/**
 * A list from the keyboard: one Tab stop for the whole list (roving tabindex: the current row's
 * first control and its tools are in the Tab order, every other row is not); ↑/↓, Home/End and
 * Page Up/Down move between rows; → and ← move through the current row's tools. Rows are made
 * with tabindex -1 everywhere; this puts 0 on the current row's controls, on the page's elements
 * rather than through rows' props, so moving never re-renders a row (2,000 may be in the page).
 * The checklist's rows are its items, each first its checkbox; "From your conversations" uses the
 * same keys for its suggestions, each first its Add button. The keys that act on an item are in
 * ../common/key-map (the same in the list and in Quick edit).
 */

/** Which elements are rows and which control of a row is its first (where ↑/↓ land). */
export interface RowShape {
  /** The data attribute naming a row, without `data-`: `item` for `data-item="…"`. */
  attribute: string;
  /** The row's first control, a selector within the row. */
  first: string;
}

const ITEMS: RowShape = { attribute: 'item', first: 'input[type="checkbox"]' };
const TOOLS = 'button';

export class RovingList {
  #current: string | null = null;
  readonly #attribute: string;
  readonly #row: string;
  readonly #first: string;

  constructor(shape: RowShape = ITEMS) {
    this.#attribute = `data-${shape.attribute}`;
    this.#row = `[${this.#attribute}]`;
    this.#first = shape.first;
  }

  #idOf(row: HTMLElement): string | null {
    return row.getAttribute(this.#attribute);
  }

  #rowsIn(list: HTMLElement): HTMLElement[] {
    return [...list.querySelectorAll<HTMLElement>(this.#row)];
  }

  #firstOf(row: Element): HTMLElement | null {
    return row.querySelector<HTMLElement>(this.#first);
  }

  /** The row's first control, then its other buttons in page order. */
  #stopsOf(row: Element): HTMLElement[] {
    const first = this.#firstOf(row);
    // A tool that does not apply to the row is hidden (ItemRow), and is no stop.
    const tools = [...row.querySelectorAll<HTMLElement>(TOOLS)].filter(
      (tool) => tool !== first && tool.closest('[hidden]') === null,
    );
    return first ? [first, ...tools] : tools;
  }

  /** The row the list's Tab stop is on (the first, until the user moves). */
  get current(): string | null {
    return this.#current;
  }

  /** Puts the Tab stop on row `id` (or the first row when it is gone); call after every render. */
  apply(list: HTMLElement, id: string | null = this.#current): void {
    const row = this.#rowOf(list, id) ?? list.querySelector<HTMLElement>(this.#row);
    const before = this.#current !== null && this.#current !== id ? this.#rowOf(list, this.#current) : null;
    if (before && before !== row) for (const element of this.#stopsOf(before)) element.tabIndex = -1;
    this.#current = row ? this.#idOf(row) : null;
    if (row) for (const element of this.#stopsOf(row)) element.tabIndex = 0;
  }

  #rowOf(list: HTMLElement, id: string | null): HTMLElement | null {
    return id === null ? null : list.querySelector<HTMLElement>(`[${this.#attribute}="${CSS.escape(id)}"]`);
  }

  /** Focus came to an element in a row: that row becomes the Tab stop. */
  focused(list: HTMLElement, target: EventTarget | null): void {
    const row = target instanceof HTMLElement ? target.closest<HTMLElement>(this.#row) : null;
    if (row && this.#idOf(row) !== this.#current) this.apply(list, this.#idOf(row));
  }

  /** Focuses the current row's first control; false when the list has none. */
  focusCurrent(list: HTMLElement): boolean {
    this.apply(list);
    const row = this.#rowOf(list, this.#current);
    const first = row ? this.#firstOf(row) : null;
    first?.focus({ preventScroll: true });
    return first !== null;
  }

  /** Moves the Tab stop to the row at `index` (clamped to the list) and focuses its first control. */
  focusRow(list: HTMLElement, index: number): boolean {
    const rows = this.#rowsIn(list);
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    const first = row ? this.#firstOf(row) : null;
    if (!row || !first) return false;
    this.apply(list, this.#idOf(row));
    first.focus();
    first.scrollIntoView({ block: 'nearest' });
    return true;
  }

  /** Handles a list key; true when it was one (the caller prevents the default). */
  key(list: HTMLElement, event: KeyboardEvent): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    const target = event.target;
    if (!(target instanceof HTMLElement)) return false;
    const row = target.closest<HTMLElement>(this.#row);
    if (!row || target.closest('[role="menu"], input:not([type="checkbox"]), textarea')) return false;
    const rows = this.#rowsIn(list);
    const at = rows.indexOf(row);
    const goRow = (index: number): boolean => {
      this.focusRow(list, index);
      return true;
    };
    const stops = this.#stopsOf(row);
    const stop = stops.indexOf(target);
    switch (event.key) {
      case 'ArrowDown':
        return goRow(at + 1);
      case 'ArrowUp':
        return goRow(at - 1);
      case 'Home':
      case 'PageUp':
        return goRow(0);
      case 'End':
      case 'PageDown':
        return goRow(rows.length - 1);
      case 'ArrowRight':
        stops[Math.min(stops.length - 1, stop + 1)]?.focus();
        return true;
      case 'ArrowLeft':
        stops[Math.max(0, stop - 1)]?.focus();
        return true;
      default:
        return false;
    }
  }
}
