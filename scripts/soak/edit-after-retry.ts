/**
 * The person edits an item again right after a retry of an earlier change to it was answered: the
 * first try got no good answer (dropped, timed out, a gateway's 502/504) and may still be saved late,
 * inside the late-save window. The late save must not undo the new edit (issue 17, item 3).
 */
import type { FakeOmi } from '../../tests/fake-omi/server';
import type { CoreHandle } from './core-host';
import type { IntendedState } from './intended-state';
import { soakTime } from './loss-report';

/** How far back a first try may lie: the app's late-save window (2 simulated minutes). */
const LATE_SAVE_WINDOW_MS = 2 * 60_000;

export class EditAfterRetry {
  private seen = 0;
  private made = 0;
  /** Edits made this way (for the log). */
  count = 0;

  constructor(
    private readonly intended: IntendedState,
    private readonly fake: FakeOmi,
    /** Unique across the soak: every description typed is new. */
    private readonly label: string,
    /** The simulated time now (ms), for the item's trail. */
    private readonly now: () => number,
  ) {}

  /** If a PATCH was answered since the last look after an earlier try of it got no good answer, edits that item again now. */
  async maybe(core: CoreHandle): Promise<void> {
    const requests = this.fake.requests();
    const fresh = requests.slice(this.seen);
    this.seen = requests.length;
    const retried = fresh
      .reverse()
      .find(
        (answered) =>
          answered.method === 'PATCH' &&
          answered.status === 200 &&
          requests.some(
            (first) =>
              first.method === 'PATCH' &&
              first.path === answered.path &&
              first.at < answered.at &&
              first.at >= answered.at - LATE_SAVE_WINDOW_MS &&
              first.status !== 200,
          ),
      );
    if (!retried) return;
    const id = retried.path.split('/').pop() ?? '';
    const shown = (await core.view()).items.find((item) => item.id === id);
    const item =
      shown && this.intended.living().find((candidate) => this.intended.current(candidate) === shown.description);
    if (!shown || !item) return;
    this.made += 1;
    const description = `Soak ${this.label} again ${this.made}`;
    const answer = await core.act({ kind: 'update', id, changes: { description } });
    this.intended.note(
      item,
      `${soakTime(this.now())} again ${JSON.stringify({ id, description })}: ${answer.ok ? 'accepted' : `refused: ${answer.message ?? ''}`}`,
      id,
    );
    if (!answer.ok) return;
    this.intended.describe(item, description);
    this.count += 1;
  }
}
