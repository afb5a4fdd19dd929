/**
 * Soak figure `soak-stale-after-refresh`: items deleted or completed on the server (as the phone
 * would) that the app still shows open after the next successful refresh. Budget 0: Omi pages a
 * prefix of each list, and a refresh must still see every change (docs/omi-server-rules.md).
 */
import type { Figure } from '../bench/figure';
import type { AppSnapshot } from '../../electron/shared/app-state';
import type { ApiItem } from '../../tests/fake-omi/api-json';
import type { FakeOmi } from '../../tests/fake-omi/server';
import type { SeededRandom } from './seeded-random';

export class StaleAfterRefresh {
  /** Changed on the server and not yet checked: the end of the last good refresh when it changed. */
  private readonly waiting = new Map<string, string | null>();
  private readonly changed = new Set<string>();
  private stale = 0;
  private checked = 0;

  constructor(
    private readonly fake: FakeOmi,
    private readonly random: SeededRandom,
    private readonly now: () => number,
  ) {}

  /** Deletes or completes one open item on the server, as the phone would. */
  changeOnPhone(snapshot: AppSnapshot): void {
    const open = this.fake.items().filter((item) => !item.completed && !this.changed.has(item.id));
    if (open.length === 0) return;
    const item = this.random.pick(open);
    this.changed.add(item.id);
    this.waiting.set(item.id, lastGoodRefresh(snapshot));
    if (this.random.int(0, 1) === 0) this.fake.removeItem(item.id);
    else this.fake.seed([completedNow(item, this.now())]);
  }

  /** After any step: once a refresh has succeeded since an item changed, it must no longer show open. */
  observe(snapshot: AppSnapshot): void {
    const refreshed = lastGoodRefresh(snapshot);
    if (refreshed === null) return;
    const shownOpen = new Set(snapshot.items.filter((item) => !item.completed).map((item) => item.id));
    for (const [id, before] of this.waiting) {
      if (before === refreshed) continue;
      if (shownOpen.has(id)) this.stale += 1;
      this.checked += 1;
      this.waiting.delete(id);
    }
  }

  figure(log: (line: string) => void): Figure {
    log(
      `  changed on the phone: ${this.changed.size}, checked after a refresh: ${this.checked}, still shown open: ${this.stale}`,
    );
    return { name: 'soak-stale-after-refresh', value: this.stale, unit: 'items', budget: 0 };
  }
}

function lastGoodRefresh(snapshot: AppSnapshot): string | null {
  return snapshot.sync.status === 'ok' ? snapshot.sync.at : null;
}

function completedNow(item: ApiItem, nowMs: number): ApiItem {
  const now = new Date(nowMs).toISOString();
  return { ...item, completed: true, completed_at: now, updated_at: now };
}
