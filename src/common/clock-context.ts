/** The popover's clock, handed down through Svelte context so deep views need not pass it along. */
import { defineContext } from './context';
import { browserClock, type RendererClock } from './renderer-clock';

const clockContext = defineContext<RendererClock>('clock');

export function provideClock(clock: RendererClock): void {
  clockContext.set(clock);
}

/** The clock given to the app; the browser's own when none was (a view rendered on its own). */
export function useClock(): RendererClock {
  return clockContext.get() ?? browserClock;
}
