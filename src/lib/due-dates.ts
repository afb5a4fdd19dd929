/**
 * The due-date parser (chrono-node and the app's rules) is the largest part of the popover, and
 * only the due-date editor needs it: it is loaded the first time an editor opens, not at start.
 */
export type DueDates = typeof import('../../electron/shared/due-date/index');

let loading: Promise<DueDates> | null = null;

export function loadDueDates(): Promise<DueDates> {
  loading ??= import('../../electron/shared/due-date/index').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
