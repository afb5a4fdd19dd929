/**
 * Waits for background work (file writes, chained promises) to reach a state, by yielding to the
 * event loop — never by sleeping for a length of time.
 */
export async function until(condition: () => boolean, what = 'the expected state'): Promise<void> {
  // Turns of the event loop, then short real pauses: a file write (fsync) on a busy machine can take
  // far longer than many thousand turns. The limit only decides when to give up; nothing is timed.
  const giveUpAt = Date.now() + GIVE_UP_MS;
  for (let turn = 0; turn < 2_000 || Date.now() < giveUpAt; turn += 1) {
    if (condition()) return;
    await new Promise<void>((resolve) => (turn < 2_000 ? setImmediate(resolve) : setTimeout(resolve, 1)));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

const GIVE_UP_MS = 10_000;

/** Lets every piece of already started work run to its next wait. */
export async function settle(turns = 50): Promise<void> {
  for (let turn = 0; turn < turns; turn += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}
