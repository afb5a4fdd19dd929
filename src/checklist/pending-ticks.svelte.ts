/**
 * Ticks shown before a snapshot confirms them: item id → completed. Each row reads only its own
 * entry, so ticking one item re-renders one row. (A SvelteMap would not do: reading a key it does
 * not hold subscribes to every change of the map, so one tick would re-check all 2,000 rows.)
 */
export class PendingTicks {
  /** Per-key reactive; keys carry a prefix so no item id can meet an Object.prototype name. */
  #byKey = $state<Record<string, boolean | undefined>>({});
  // Deliberately not reactive: readers follow #byKey (one entry) or #size, never the whole set.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #ids = new Set<string>();
  #size = $state(0);

  get size(): number {
    return this.#size;
  }

  get(id: string): boolean | undefined {
    return this.#byKey[`#${id}`];
  }

  set(id: string, completed: boolean): void {
    this.#byKey[`#${id}`] = completed;
    this.#ids.add(id);
    this.#size = this.#ids.size;
  }

  delete(id: string): void {
    if (!this.#ids.delete(id)) return;
    this.#byKey[`#${id}`] = undefined;
    this.#size = this.#ids.size;
  }

  clear(): void {
    for (const id of [...this.#ids]) this.delete(id);
  }

  /** [id, completed] for every pending tick. */
  entries(): [string, boolean][] {
    return [...this.#ids].map((id) => [id, this.#byKey[`#${id}`] === true]);
  }
}
