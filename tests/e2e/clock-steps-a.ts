/**
 * Steps of the app's clock that specs take instead of waiting in real time: each moves a
 * controlled clock (launch({ controlledClock: true })) just past one of the app's own timers.
 */
import { UNDO_WINDOW_MS } from '../../electron/core/edits/item-editor';
import { FIRST_RETRY_MS } from '../../electron/core/outbox/retry-backoff';
import type { LaunchedApp } from '../harness';

/** Past the undo window of every delete made so far: each falls due and is sent. */
export async function pastUndoWindow(app: LaunchedApp): Promise<void> {
  await app.advanceClock(UNDO_WINDOW_MS + 500);
}

/**
 * One step of the clock as long as a retry's first backoff. Taken in a poll, it moves the clock on
 * until the retry timer fires, however far its backoff has grown by then.
 */
export async function retryStep(app: LaunchedApp): Promise<void> {
  await app.advanceClock(FIRST_RETRY_MS);
}
