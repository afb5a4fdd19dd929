/**
 * Waits for work, but no longer than a time limit on the clock (quitting must not hang on a slow
 * server). Work still running when the time is up goes on unwatched; its failure is the caller's.
 */
import type { Clock, TimerHandle } from '../ports';

export async function withinTimeLimit(clock: Clock, limitMs: number, work: Promise<void>): Promise<void> {
  let timer: TimerHandle | null = null;
  const timeUp = new Promise<void>((resolve) => {
    timer = clock.setTimeout(resolve, limitMs);
  });
  await Promise.race([work, timeUp]);
  if (timer !== null) clock.clearTimeout(timer);
}
