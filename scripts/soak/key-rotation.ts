/**
 * Key rotation in the hours soak: mid-run the key in use is revoked, the person ticks a few items
 * (they wait: Omi refuses the key), then connects a new key of the same account. Figure: changes
 * made under the old key that are neither sent nor offered for the person to send or discard by
 * the end of the run (budget 0).
 */
import type { Figure } from '../bench/figure';
import type { OmiTray } from '../../electron/core/omi-tray.types';
import { READ_WRITE, YOUR_ACCOUNT, type FakeOmi } from '../../tests/fake-omi/server';
import type { SeededRandom } from './seeded-random';

const ROTATED_KEY = 'omi_dev_soak_hours_new_key_93ab';

export class KeyRotation {
  private readonly ticked: string[] = [];

  constructor(
    private readonly fake: FakeOmi,
    private readonly core: OmiTray,
    private readonly oldKey: string,
    private readonly log: (line: string) => void,
    /** The new key's scopes: those of the old one. */
    private readonly scopes: readonly string[] = READ_WRITE,
  ) {}

  /** Revokes the key in use, ticks `count` open items with it, then connects a new key of the same account. */
  async rotate(
    openIds: readonly string[],
    random: SeededRandom,
    count: number,
    settle: () => Promise<void>,
  ): Promise<void> {
    this.fake.revokeKey(this.oldKey);
    this.fake.setKey({ key: ROTATED_KEY, scopes: [...this.scopes], account: YOUR_ACCOUNT });
    const open = new Set(
      this.fake
        .items()
        .filter((item) => !item.completed)
        .map((item) => item.id),
    );
    for (const id of openIds.filter((candidate) => open.has(candidate)).slice(0, 50)) {
      if (this.ticked.length >= count) break;
      if (!random.chance(0.5)) continue;
      const ticked = await this.core.handlers['items:update']({ id, changes: { completed: true } });
      if (ticked.ok) this.ticked.push(id);
    }
    await settle();
    const connected = await this.core.handlers['auth:connect']({ apiKey: ROTATED_KEY });
    if (!connected.ok) this.log(`  the new key was refused: ${connected.error.message}`);
  }

  /** Ticks made under the old key that Omi does not show and the app does not offer to send or discard. */
  figure(): Figure {
    const completed = new Set(
      this.fake
        .items()
        .filter((item) => item.completed)
        .map((item) => item.id),
    );
    const notSent = this.ticked.filter((id) => !completed.has(id)).length;
    const offered = this.core.snapshot().outbox.stranded?.count ?? 0;
    if (process.env.SOAK_DEBUG) {
      for (const r of this.fake
        .requests()
        .filter((request) => request.headers.authorization?.includes(ROTATED_KEY))
        .slice(0, 40))
        this.log(`    new key: ${r.method} ${r.path} ${r.status}`);
    }
    const stranded = Math.max(0, notSent - offered);
    this.log(
      `  key rotation: ${this.ticked.length} ticks made under the revoked key, ${notSent} not on the server, ${offered} offered to send or discard`,
    );
    return { name: 'soak-stranded-after-key-change', value: stranded, unit: 'changes', budget: 0 };
  }
}
