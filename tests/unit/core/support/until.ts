/**
 * Waits for background work (file writes, chained promises) to reach a state, by yielding to the
 * event loop — never by sleeping for a length of time.
 */
export async function until(condition: () => boolean, what = 'the expected state'): Promise<void> {
  for (let turn = 0; turn < 20_000; turn += 1) {
    if (condition()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

/** Lets every piece of already started work run to its next wait. */
export async function settle(turns = 50): Promise<void> {
  for (let turn = 0; turn < turns; turn += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}
