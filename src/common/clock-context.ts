/** The popover's clock, handed down through Svelte context so deep views need not pass it along. */
import { getContext, setContext } from 'svelte';
import { browserClock, type RendererClock } from './renderer-clock';

const KEY = Symbol('clock');

export function provideClock(clock: RendererClock): void {
  setContext(KEY, clock);
}

/** The clock given to the app; the browser's own when none was (a view rendered on its own). */
export function useClock(): RendererClock {
  return getContext<RendererClock | undefined>(KEY) ?? browserClock;
}
