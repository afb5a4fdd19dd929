/**
 * Loads ./later.ts once: the first to ask (a view that needs a part, or the idle time after the
 * first screen) starts it, and every later ask gets the same answer, so a view shown again does not
 * wait. One file rather than one per part: the bundler then keeps a single lazy chunk, and the
 * first load holds everything else in one file.
 */
type LaterParts = typeof import('./later');

let loading: Promise<LaterParts> | null = null;

export function laterParts(): Promise<LaterParts> {
  return (loading ??= import('./later'));
}
