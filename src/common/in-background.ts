/**
 * The one way the popover starts work it does not wait for (a click handler calling an action).
 * Actions report failures the user should hear about themselves; what reaches here is a bug or a
 * broken bridge, so it is logged rather than lost.
 */
export function inBackground(what: string, work: Promise<unknown>): void {
  work.catch((error: unknown) => console.error(`${what} failed`, error));
}
