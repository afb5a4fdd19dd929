/**
 * One value handed down through Svelte context, typed: a parent `set`s it while it starts and any
 * view below `get`s it, so deep views need not pass it along. Each context has a key of its own.
 */
import { getContext, setContext } from 'svelte';

export interface Context<T> {
  /** Hands the value to every view below the one starting now. */
  set(value: T): T;
  /** What a parent set; undefined when none did (a view rendered on its own). */
  get(): T | undefined;
  /** The context a view rendered on its own is given (e.g. `render(View, { context })`). */
  with(value: T): Map<symbol, T>;
}

export function defineContext<T>(name: string): Context<T> {
  const key = Symbol(name);
  return {
    set: (value) => setContext(key, value),
    get: () => getContext<T | undefined>(key),
    with: (value) => new Map([[key, value]]),
  };
}
