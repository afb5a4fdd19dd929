/**
 * Steps of the app's clock that specs take instead of waiting in real time: each moves a
 * controlled clock (launch({ controlledClock: true })) just past one of the app's own timers.
 */
import { UNDO_WINDOW_MS } from '../../electron/core/edits/item-editor';
import type { LaunchedApp } from '../harness';

/** Past the undo window of every delete made so far: each falls due and is sent. */
export async function pastUndoWindow(app: LaunchedApp): Promise<void> {
  await app.advanceClock(UNDO_WINDOW_MS + 500);
}
