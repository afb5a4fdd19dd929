/**
 * The checklist from the keyboard: one Tab stop for the whole list (roving tabindex: the current
 * item's checkbox and its tools are in the Tab order, every other row is not); ↑/↓, Home/End and
 * Page Up/Down move between items; → and ← move through the current item's tools. Rows are made
 * with tabindex -1 everywhere; this puts 0 on the current row's controls, on the page's elements
 * rather than through rows' props, so moving never re-renders a row (2,000 may be in the page).
 * The keys that act on an item are in ../common/key-map (the same in the list and in Quick edit).
 */
const ROW = '[data-item]';
const BOX = 'input[type="checkbox"]';
const TOOLS = 'button';

const rowsIn = (list: HTMLElement): HTMLElement[] => [...list.querySelectorAll<HTMLElement>(ROW)];
const boxOf = (row: Element): HTMLInputElement | null => row.querySelector<HTMLInputElement>(BOX);
const stopsOf = (row: Element): HTMLElement[] =>
  [boxOf(row), ...row.querySelectorAll<HTMLElement>(TOOLS)].filter((e): e is HTMLElement => e !== null);

export class RovingList {
  #current: string | null = null;

  /** The item the list's Tab stop is on (the first, until the user moves). */
  get current(): string | null {
    return this.#current;
  }

  /** Puts the Tab stop on `itemId`'s row (or the first row when it is gone); call after every render. */
  apply(list: HTMLElement, itemId: string | null = this.#current): void {
    const row = this.#rowOf(list, itemId) ?? list.querySelector<HTMLElement>(ROW);
    const before = this.#current !== null && this.#current !== itemId ? this.#rowOf(list, this.#current) : null;
    if (before && before !== row) for (const element of stopsOf(before)) element.tabIndex = -1;
    this.#current = row?.dataset.item ?? null;
    if (row) for (const element of stopsOf(row)) element.tabIndex = 0;
  }

  #rowOf(list: HTMLElement, itemId: string | null): HTMLElement | null {
    return itemId === null ? null : list.querySelector<HTMLElement>(`${ROW}[data-item="${CSS.escape(itemId)}"]`);
  }

  /** Focus came to an element in a row: that row becomes the Tab stop. */
  focused(list: HTMLElement, target: EventTarget | null): void {
    const row = target instanceof HTMLElement ? target.closest<HTMLElement>(ROW) : null;
    if (row && row.dataset.item !== this.#current) this.apply(list, row.dataset.item ?? null);
  }

  /** Focuses the current item's checkbox; false when the list has none. */
  focusCurrent(list: HTMLElement): boolean {
    this.apply(list);
    const row = this.#rowOf(list, this.#current);
    const box = row ? boxOf(row) : null;
    box?.focus({ preventScroll: true });
    return box !== null;
  }

  /** Handles a list key; true when it was one (the caller prevents the default). */
  key(list: HTMLElement, event: KeyboardEvent): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    const target = event.target;
    if (!(target instanceof HTMLElement)) return false;
    const row = target.closest<HTMLElement>(ROW);
    if (!row || target.closest('[role="menu"], input:not([type="checkbox"]), textarea')) return false;
    const rows = rowsIn(list);
    const at = rows.indexOf(row);
    const goRow = (index: number): boolean => {
      const next = rows[Math.max(0, Math.min(rows.length - 1, index))];
      const box = next ? boxOf(next) : null;
      if (!next || !box) return true;
      this.apply(list, next.dataset.item ?? null);
      box.focus();
      box.scrollIntoView({ block: 'nearest' });
      return true;
    };
    const stops = stopsOf(row);
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
