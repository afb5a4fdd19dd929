/**
 * Changes belong to the person's account, not to the key they were made with. Changes made with an
 * earlier key wait, tagged with that key (never sent with another person's key), until either:
 *
 * - a full list fetched with the key in use holds an item they name: the keys are the same
 *   account's, and every change of that earlier key now goes with this one; or
 * - the person answers "Send N changes made before you changed keys?" with Send or Discard.
 *
 * Changes made for another server can only be discarded here (they go when that server is used again).
 */
import type { ActionItem } from '../../shared/action-item';
import { ok, type Result } from '../../shared/app-error';
import type { Logger } from '../ports';
import type { Outbox } from './outbox';
import { isLocalId, type OutboxEntry } from './outbox-entry';

export interface StrandedChangesDeps {
  outbox: Pick<Outbox, 'strandedFor' | 'retag' | 'discard' | 'list' | 'origin'>;
  /** The tag of the key in use; null while signed out. */
  owner(): string | null;
  /** The server the waiting changes are for is the one in use. */
  isThisServer(origin: string | null): boolean;
  /** The server's items as the last full list gave them. */
  listed(): readonly ActionItem[];
  /** Changes now go with this key: send them. */
  sendNow(): void;
  logger: Logger;
}

export type StrandedChoice = 'send' | 'discard';

export class StrandedChanges {
  constructor(private readonly deps: StrandedChangesDeps) {}

  /** A full list came back with the key in use: earlier keys whose changes name an item on it are this account's. */
  async listed(): Promise<number> {
    const owner = this.deps.owner();
    if (owner === null || !this.deps.isThisServer(this.deps.outbox.origin())) return 0;
    const onList = new Set(this.deps.listed().map((item) => item.id));
    const byKey = groupByOwner(this.deps.outbox.strandedFor(owner));
    const claimed = [...byKey.values()]
      .filter((entries) => entries.some((entry) => !isLocalId(entry.key) && onList.has(entry.key)))
      .flat();
    if (claimed.length === 0) return 0;
    await this.deps.outbox.retag(
      claimed.map((entry) => entry.key),
      owner,
    );
    this.deps.logger.info('Changes made with an earlier key of this account go with the new key', {
      count: claimed.length,
    });
    this.deps.sendNow();
    return claimed.length;
  }

  /** The person's answer to "Send N changes made before you changed keys?" (or to another server's changes: discard). */
  async settle(choice: StrandedChoice): Promise<Result<null>> {
    const owner = this.deps.owner();
    const thisServer = this.deps.isThisServer(this.deps.outbox.origin());
    const stranded = thisServer ? this.deps.outbox.strandedFor(owner) : this.deps.outbox.list();
    const keys = stranded.map((entry) => entry.key);
    if (choice === 'discard') {
      await this.deps.outbox.discard(keys);
      this.deps.logger.info('The person discarded changes made before a key or server change', { count: keys.length });
      return ok(null);
    }
    if (owner === null || !thisServer) {
      return {
        ok: false,
        error: {
          kind: 'invalid_input',
          message: 'These changes can be sent only from the Omi server they were made for.',
        },
      };
    }
    await this.deps.outbox.retag(keys, owner);
    this.deps.sendNow();
    return ok(null);
  }
}

function groupByOwner(entries: readonly OutboxEntry[]): Map<string, OutboxEntry[]> {
  const groups = new Map<string, OutboxEntry[]>();
  for (const entry of entries) {
    const tag = entry.owner ?? '';
    groups.set(tag, [...(groups.get(tag) ?? []), entry]);
  }
  return groups;
}
