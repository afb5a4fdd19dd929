/**
 * The person's decisions about suggestions, in memory and in suggestions.json: a dismissed one never
 * shows again, an added one neither, and the item it became keeps its conversation ("Show
 * conversation" works on it although Omi created it without one). Decisions older than
 * KEEP_DECISIONS_MS are pruned: by then Omi's conversation is long out of the window read.
 *
 * Add is one durable step: the decision is written as "adding" (with the new item's local id) before
 * the outbox keeps the create, and as "added" once it has. At the next start, settleAdds() makes
 * good an Add the app stopped in the middle of: its create is in the outbox (or already on Omi's
 * side), so it is added; or it was never queued, so the decision goes and the suggestion is offered
 * again, with no item made. The other order could lose the tie: an item without its conversation,
 * whose suggestion would come back beside it.
 */
import type { Clock, Logger } from '../ports';
import { CoalescedWriter } from '../storage/coalesced-writer';
import type { JsonFile } from '../storage/json-file';
import { MAX_DECISIONS, NO_DECISIONS, type Decision, type StoredDecisions } from './decisions-file';

/** Far longer than the window of conversations read (suggestion-window), so nothing decided comes back. */
export const KEEP_DECISIONS_MS = 30 * 24 * 60 * 60_000;

export interface SuggestionDecisionsDeps {
  clock: Clock;
  logger: Logger;
  file: JsonFile<StoredDecisions>;
  /** The id an item has now (Outbox.resolve: a local id becomes the server's once created). */
  currentId(id: string): string;
}

export class SuggestionDecisions {
  private readonly decisions = new Map<string, Decision>();
  private readonly writer: CoalescedWriter<StoredDecisions>;
  private byItem: Map<string, string> | null = null;

  constructor(private readonly deps: SuggestionDecisionsDeps) {
    this.writer = new CoalescedWriter(deps.file, () => this.stored());
  }

  /** Reads suggestions.json; a decision made in this run (newer) is kept over the file's. */
  async load(): Promise<void> {
    const stored = await this.deps.file.read(NO_DECISIONS).catch((error: unknown) => {
      this.deps.logger.error('Reading suggestions.json failed', { error: String(error) });
      return NO_DECISIONS;
    });
    for (const [key, decision] of Object.entries(stored.decisions))
      if (!this.decisions.has(key)) this.decisions.set(key, decision);
    this.byItem = null;
  }

  decided(key: string): boolean {
    return this.decisions.has(key);
  }

  dismiss(key: string, conversationId: string): Promise<void> {
    this.decisions.set(key, { kind: 'dismissed', at: this.deps.clock.now(), conversationId });
    return this.save();
  }

  /** Add, first step: before the outbox keeps the create of `itemId` (see above). */
  adding(key: string, conversationId: string, itemId: string): Promise<void> {
    this.decisions.set(key, { kind: 'added', at: this.deps.clock.now(), conversationId, itemId, adding: true });
    return this.save();
  }

  /** Add, second step: the outbox keeps the create. */
  addQueued(key: string): Promise<void> {
    const decision = this.decisions.get(key);
    if (decision?.kind !== 'added' || decision.adding !== true) return Promise.resolve();
    this.decisions.set(key, settledAdd(decision));
    return this.save();
  }

  /**
   * At start, once outbox.json was read: each Add still "adding" is added when the outbox holds its
   * create or has given its item a server id, and forgotten when the create was never queued.
   */
  settleAdds(queued: (itemId: string) => boolean): Promise<void> {
    let changed = false;
    for (const [key, decision] of this.decisions) {
      if (decision.kind !== 'added' || decision.adding !== true) continue;
      if (this.deps.currentId(decision.itemId) !== decision.itemId || queued(decision.itemId))
        this.decisions.set(key, settledAdd(decision));
      else this.decisions.delete(key);
      changed = true;
    }
    return changed ? this.save() : Promise.resolve();
  }

  /** Undo of an Add: the suggestion may show again. */
  forget(key: string): Promise<void> {
    if (!this.decisions.delete(key)) return Promise.resolve();
    return this.save();
  }

  /** The conversation an item added from a suggestion came from, or null. */
  conversationOf(itemId: string): string | null {
    const key = this.itemIndex().get(this.deps.currentId(itemId)) ?? this.itemIndex().get(itemId);
    const decision = key === undefined ? undefined : this.decisions.get(key);
    return decision?.conversationId ?? null;
  }

  /** The suggestion key an added item came from, or null. */
  keyOf(itemId: string): string | null {
    return this.itemIndex().get(this.deps.currentId(itemId)) ?? this.itemIndex().get(itemId) ?? null;
  }

  /** Whether any item was added from a suggestion: most lists hold none, and then no item needs looking up. */
  anyAdded(): boolean {
    return this.itemIndex().size > 0;
  }

  /** Items created since: their local ids become the server's, kept so the tie outlives the outbox's memory. */
  idsSettled(): void {
    let moved = false;
    for (const [key, decision] of this.decisions) {
      if (decision.kind !== 'added') continue;
      const now = this.deps.currentId(decision.itemId);
      if (now === decision.itemId) continue;
      this.decisions.set(key, { ...decision, itemId: now });
      moved = true;
    }
    if (moved) void this.save();
  }

  settled(): Promise<void> {
    return this.writer.settled();
  }

  private itemIndex(): Map<string, string> {
    if (this.byItem) return this.byItem;
    const index = new Map<string, string>();
    for (const [key, decision] of this.decisions)
      if (decision.kind === 'added') index.set(this.deps.currentId(decision.itemId), key);
    return (this.byItem = index);
  }

  private save(): Promise<void> {
    this.byItem = null;
    return this.writer
      .save()
      .catch((error: unknown) => this.deps.logger.error('Saving suggestions.json failed', { error: String(error) }));
  }

  private stored(): StoredDecisions {
    const oldest = this.deps.clock.now() - KEEP_DECISIONS_MS;
    for (const [key, decision] of this.decisions) if (decision.at < oldest) this.decisions.delete(key);
    const kept = [...this.decisions].sort(([, a], [, b]) => b.at - a.at).slice(0, MAX_DECISIONS);
    return { version: 1, decisions: Object.fromEntries(kept) };
  }
}

function settledAdd({ adding: _adding, ...added }: Extract<Decision, { kind: 'added' }>): Decision {
  return added;
}
