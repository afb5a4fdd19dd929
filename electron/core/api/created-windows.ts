/**
 * Windows of `created_at` for reading a long list exactly once. Omi filters `start_date`/`end_date`
 * on `created_at`, both ends inclusive, and reads such a list newest-created first, so a window whose
 * page comes back short of the page size held every item created inside it (docs/omi-server-rules.md).
 * Neighbouring windows share their edge instant: an item created exactly there is read twice and
 * merged by id, never missed.
 */

/** Epoch ms; null: no bound on that side. */
export interface CreatedWindow {
  from: number | null;
  to: number | null;
}

/** Known creation times per window when the list is first cut (about half a page: windows come back short). */
const KNOWN_PER_WINDOW = 500;

/** Windows covering all time, each holding about `perWindow` of the known creation times. */
export function planWindows(createdTimes: readonly number[], perWindow = KNOWN_PER_WINDOW): CreatedWindow[] {
  const sorted = [...createdTimes].sort((a, b) => a - b);
  const cuts: number[] = [];
  for (let index = perWindow; index < sorted.length; index += perWindow) {
    const cut = sorted[index];
    if (cut !== undefined && cut !== cuts[cuts.length - 1]) cuts.push(cut);
  }
  if (cuts.length === 0) {
    // Fewer known times than one window's worth: still one bound, so Omi reads by created_at.
    const middle = sorted[Math.floor(sorted.length / 2)] ?? 0;
    cuts.push(middle);
  }
  return [null, ...cuts].map((from, index) => ({ from, to: cuts[index] ?? null }));
}

/**
 * Two halves of a window that came back full, cut at the middle of the creation times known inside
 * it; null when it cannot be cut (every known item was created in the same millisecond).
 */
export function splitWindow(
  window: CreatedWindow,
  createdTimes: readonly number[],
): [CreatedWindow, CreatedWindow] | null {
  const inside = createdTimes.filter((at) => covers(window, at)).sort((a, b) => a - b);
  const low = window.from ?? inside[0];
  const high = window.to ?? inside[inside.length - 1];
  let cut = inside[Math.floor(inside.length / 2)];
  if (cut === undefined || cut === low || cut === high) {
    if (low === undefined || high === undefined || high - low < 2) return null;
    cut = Math.floor((low + high) / 2);
  }
  return [
    { from: window.from, to: cut },
    { from: cut, to: window.to },
  ];
}

/**
 * The window surely held an item created at this instant (as the app keeps it: to the millisecond,
 * while Omi keeps microseconds, so the upper edge is strict).
 */
export function covers(window: CreatedWindow, createdAt: number): boolean {
  return (window.from === null || createdAt >= window.from) && (window.to === null || createdAt < window.to);
}

/** The query bounds for a window. */
export function windowQuery(window: CreatedWindow): { createdFrom?: string; createdTo?: string } {
  return {
    ...(window.from === null ? {} : { createdFrom: new Date(window.from).toISOString() }),
    ...(window.to === null ? {} : { createdTo: new Date(window.to).toISOString() }),
  };
}
