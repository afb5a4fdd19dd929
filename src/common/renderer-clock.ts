/** Time for the popover, passed in so tests can drive it: the minute tick and the undo window use it. */
export interface RendererClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs `callback` once the next frame has been painted. */
  afterNextPaint(callback: () => void): void;
}

export const browserClock: RendererClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
  // A frame callback runs just before that frame is drawn; a task queued from it runs after.
  afterNextPaint: (callback) => window.requestAnimationFrame(() => window.setTimeout(callback, 0)),
};
