/**
 * Steps of the app's clock the specs take instead of waiting real time out (apps launched with
 * `controlledClock: true`). Each moves time on past exactly one of the app's own timers, named
 * after what the person would have waited for.
 */
import { UNDO_WINDOW_MS } from '../../electron/core/edits/item-editor';
import { FIRST_RETRY_MS } from '../../electron/core/outbox/retry-backoff';
import { SLOW_SAVE_MS } from '../../src/notices/save-status';
import type { FakeOmi } from '../fake-omi/server';
import type { OmiTrayApp } from '../harness';

/** Past a delete's undo window: the DELETE may go now, and not before. */
export async function pastUndoWindow(app: OmiTrayApp): Promise<void> {
  await app.advanceClock(UNDO_WINDOW_MS);
}

/** Past the wait after which the popover mentions a change still on its way. */
export async function pastSlowSave(app: OmiTrayApp): Promise<void> {
  await app.advanceClock(SLOW_SAVE_MS);
}

/**
 * Past the first wait before a failed send is tried again. Taken at each look of a poll, it moves the
 * clock on until the retry fires, however far its backoff has grown by then.
 */
export async function pastFirstRetry(app: OmiTrayApp): Promise<void> {
  await app.advanceClock(FIRST_RETRY_MS);
}

/**
 * One look of a poll that lets the app's waits pass (retry backoffs, the late-save window): moves
 * the clock on by `stepMs` (10 s, under the app's 15 s request limit), but only while none of the
 * requests Omi received since `from` is still unanswered, so no request times out for it.
 */
export async function stepWhileIdle(app: OmiTrayApp, omi: FakeOmi, from: number, stepMs = 10_000): Promise<void> {
  const open = omi
    .requests()
    .slice(from)
    .some((request) => request.status === 0);
  if (!open) await app.advanceClock(stepMs);
}
