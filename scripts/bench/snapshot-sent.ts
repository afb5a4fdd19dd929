/**
 * The snapshot pushes a bench kept while its clock ran (see SentPush), read once it stopped: when
 * the app sent the first one that holds what the figure waits for.
 */
import type { SnapshotPush } from '../../electron/shared/app-state';
import { pushChannels } from '../../electron/shared/ipc-contract';
import type { SentPush } from '../../tests/harness/electron-double-shell';

/** When the first push that `holds` as the page's bridge reads it was sent (ms since the epoch), or null when none did. */
export function firstSnapshotSent(
  pushes: readonly SentPush[],
  holds: (snapshot: SnapshotPush) => boolean,
): number | null {
  for (const push of pushes) {
    const snapshot = pushChannels['snapshot:changed'].safeParse(push.args()[0]);
    if (snapshot.success && holds(snapshot.data)) return push.sentAt;
  }
  return null;
}
