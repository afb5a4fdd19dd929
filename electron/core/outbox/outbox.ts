/**
 * The outbox: the one path every edit takes. Holds at most one pending entry per item, merged by
 * the rules in merge-edit, and keeps them in outbox.json so nothing is lost to a crash, a restart
 * or a network outage. An entry leaves only when the sender confirms the server took it, or the
 * server refused it.
 */
import type { ActionItem } from '../../shared/action-item';
import type { AppError, Result } from '../../shared/app-error';
import { fail } from '../../shared/app-error';
import type { Clock } from '../ports';
import { CoalescedWriter } from '../storage/coalesced-writer';
import type { JsonFile } from '../storage/json-file';
import { LateSaves, laterOf } from './late-saves';
import { mergeEdit, type Edit } from './merge-edit';
import type { OutboxEntry } from './outbox-entry';
import { EMPTY_OUTBOX, type StoredOutbox } from './outbox-file';

/** Older aliases are forgotten: only recent local ids can still be in the popover's hands. */
const MAX_ALIASES = 200;

export interface OutboxDeps {
  file: JsonFile<StoredOutbox>;
  clock: Clock;
  /** The server's last word on an item, to cancel edits that change nothing. */
  serverItem(id: string): ActionItem | undefined;
  /** A tag of the API key in use (a hash, never the key): queued changes belong to it. */
  owner?(): string | null;
}

export class Outbox {
  private readonly entries = new Map<string, OutboxEntry>();
  private readonly aliases = new Map<string, string>();
  private readonly inFlight = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly writer: CoalescedWriter<StoredOutbox>;
  private readonly lateSaves = new LateSaves();
  private originValue: string | null = null;
  private seq = 0;
  /** Epoch ms until which Omi asked for no writes, and the tag of the key it asked that of (null: unknown). */
  private heldUntil = 0;
  private heldFor: string | null = null;
  /** Why no edit may be queued: outbox.json could not be read, and is not written over. */
  private problem: string | null = null;

  constructor(private readonly deps: OutboxDeps) {
    this.writer = new CoalescedWriter(deps.file, () => this.stored());
  }

  async load(): Promise<void> {
    let stored: StoredOutbox;
    try {
      stored = await this.deps.file.read(EMPTY_OUTBOX);
      this.problem = null;
    } catch (error) {
      this.problem = this.deps.file.writeRefusal() ?? `outbox.json could not be read (${String(error)}).`;
      throw error;
    }
    this.entries.clear();
    this.aliases.clear();
    for (const entry of stored.entries) {
      this.entries.set(entry.key, entry);
      this.seq = Math.max(this.seq, entry.seq + 1);
    }
    for (const [local, server] of Object.entries(stored.aliases)) this.aliases.set(local, server);
    this.lateSaves.load(stored.lateSaves);
    this.originValue = stored.entries.length > 0 ? stored.origin : null;
    this.heldUntil = stored.writesHeldUntil ?? 0;
    this.heldFor = stored.writesHeldFor ?? null;
    await this.takeBackKeptCopies();
  }

  /**
   * A pending-edits file that could not be read at an earlier start was kept aside; once it reads
   * again, its edits rejoin the queue (older than any made since) and are sent, instead of waiting
   * for someone to find the file.
   */
  private async takeBackKeptCopies(): Promise<void> {
    for (const copy of await this.deps.file.readableKeptCopies()) {
      const kept = copy.value;
      if (kept.entries.length > 0 && this.entries.size > 0 && kept.origin !== this.originValue) continue; // another server's edits: left aside
      const later = this.list();
      this.entries.clear();
      let seq = 0;
      for (const entry of [...kept.entries].sort((a, b) => a.seq - b.seq))
        this.entries.set(entry.key, { ...entry, seq: seq++ });
      for (const entry of later) {
        const older = this.entries.get(entry.key);
        this.entries.set(entry.key, older === undefined ? { ...entry, seq: seq++ } : laterOver(older, entry));
      }
      this.seq = seq;
      for (const [local, server] of Object.entries(kept.aliases))
        if (!this.aliases.has(local)) this.aliases.set(local, server);
      if (kept.entries.length > 0) this.originValue = kept.origin;
      this.keepHold(kept.writesHeldUntil ?? 0, kept.writesHeldFor ?? null);
      await this.save();
      const count = kept.entries.length;
      await this.deps.file.forgetKeptCopy(
        copy.path,
        count === 0
          ? null
          : `The changes waiting to sync that could not be read at an earlier start can be read again: ${count === 1 ? '1 unsent edit is' : `${count} unsent edits are`} back in the queue and will be sent.`,
      );
    }
  }

  /**
   * Epoch ms until which no write may be sent with the key in use (0: none asked). Omi limits each key
   * on its own, so a Retry-After given to one key does not hold another's writes.
   */
  writesHeldUntil(): number {
    const owner = this.deps.owner?.() ?? null;
    return this.heldFor === null || this.heldFor === owner ? this.heldUntil : 0;
  }

  /**
   * Omi answered a write with 429: remember its Retry-After, and the key it was for, across restarts.
   * One hold is kept, the in-use key's (were another key's still running, Omi says so again if that key returns).
   */
  async holdWrites(untilMs: number): Promise<void> {
    if (!this.keepHold(untilMs, this.deps.owner?.() ?? null, true)) return;
    this.notify();
    await this.save();
  }

  /** The later hold for the same key; another key's replaces it when `inUse`, or when the current one is over. True when it changed. */
  private keepHold(untilMs: number, owner: string | null, inUse = false): boolean {
    const now = this.deps.clock.now();
    const replaces =
      owner === this.heldFor ? untilMs > this.heldUntil : untilMs > now && (inUse || this.heldUntil <= now);
    if (!replaces) return false;
    this.heldUntil = untilMs;
    this.heldFor = owner;
    return true;
  }

  /** Pending entries made with the key tagged `owner` (and untagged ones from older files), oldest first. */
  listFor(owner: string | null): OutboxEntry[] {
    return this.list().filter((entry) => belongsTo(entry, owner));
  }

  /** Whether outbox.json was read at start (when not, what it holds is unknown and kept aside). */
  readable(): boolean {
    return this.problem === null;
  }

  /** The API origin the pending entries belong to; null when there are none. */
  origin(): string | null {
    return this.entries.size > 0 ? this.originValue : null;
  }

  size(): number {
    return this.entries.size;
  }

  /** Pending entries, oldest first. */
  list(): OutboxEntry[] {
    return [...this.entries.values()].sort((a, b) => a.seq - b.seq);
  }

  get(key: string): OutboxEntry | undefined {
    return this.entries.get(this.resolve(key));
  }

  /** The id an item is known by now: a local id whose create was confirmed follows the server id. */
  resolve(id: string): string {
    return this.aliases.get(id) ?? id;
  }

  isInFlight(key: string): boolean {
    return this.inFlight.has(key);
  }

  /**
   * Merges an edit into the item's pending entry and saves. Resolves once it is on disk, so an edit
   * the caller was told about survives a crash.
   */
  async apply(id: string, edit: Edit, origin: string): Promise<Result<OutboxEntry | null>> {
    if (this.problem !== null) {
      return fail({ kind: 'server', message: `Omi Tray cannot keep this change safely: ${this.problem}` });
    }
    // One server's changes at a time: an edit for another would be sent to the wrong one, or never
    // (an undo only takes back a change already queued).
    if (edit.kind !== 'undoDelete' && this.entries.size > 0 && this.originValue !== origin)
      return fail(otherServerWaits());
    const key = this.resolve(id);
    // Never into another key's change: it would go, hidden, with that key (or never).
    const existing = this.entries.get(key);
    if (existing !== undefined && !belongsTo(existing, this.deps.owner?.() ?? null)) return fail(earlierKeyWaits());
    const merged = mergeEdit(this.withLateSave(key), edit, {
      key,
      serverItem: this.deps.serverItem(key),
      inFlight: this.inFlight.has(key),
      now: this.deps.clock.now(),
      nextSeq: this.seq,
    });
    if (!merged.ok) return merged;
    if (this.entries.size === 0) this.originValue = origin;
    const before = this.entries.get(key);
    const owner = before?.owner ?? this.deps.owner?.() ?? undefined;
    const after = merged.value === null || owner === undefined ? merged.value : { ...merged.value, owner };
    this.put(key, after);
    if (await this.saveWithOneRetry()) return merged;
    // Not on disk: the person is told it was not made, so it must not be sent unannounced later either.
    if ((this.entries.get(key) ?? null) === after) {
      this.put(key, before ?? null);
      await this.saveWithOneRetry();
    }
    return fail({ kind: 'server', message: 'Omi Tray could not save this change on this computer; try again.' });
  }

  /** Saves, once more after a failed write (one that met another write, or a passing disk error); false when both failed. */
  private async saveWithOneRetry(): Promise<boolean> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.save();
        return true;
      } catch {
        if (attempt >= 2) return false;
      }
    }
  }

  /**
   * The item's entry, carrying any unanswered PATCH of it that may still land late (kept after an
   * earlier entry left): a new edit then waits it out instead of being undone by it.
   */
  private withLateSave(key: string): OutboxEntry | undefined {
    const now = this.deps.clock.now();
    const guard = this.lateSaves.live(key, now);
    if (guard === undefined) return this.entries.get(key);
    const entry = this.entries.get(key) ?? {
      key,
      seq: this.seq,
      queuedAt: now,
      editedAt: now,
      changes: {},
      create: null,
      delete: null,
    };
    return { ...entry, unsure: entry.unsure === undefined ? guard : laterOf(entry.unsure, guard) };
  }

  // ---- for the sender -----------------------------------------------------------------------

  markInFlight(key: string, inFlight: boolean): void {
    if (inFlight) this.inFlight.add(key);
    else this.inFlight.delete(key);
  }

  /** Replaces (or with null removes) an entry as the sender learnt from the server, and saves. */
  async replace(key: string, entry: OutboxEntry | null): Promise<void> {
    this.put(key, entry);
    await this.save();
  }

  /**
   * A local id now has a server id: the entry moves to it and edits sent to the old id follow. Edits
   * already queued under the server id (made to the item a refresh showed before its create was
   * recognised) are kept: the two entries join, the later edit of a field winning.
   */
  async adopt(localId: string, serverId: string, entry: OutboxEntry | null): Promise<void> {
    const queued = this.entries.get(serverId);
    this.entries.delete(localId);
    this.aliases.set(localId, serverId);
    for (const [from, to] of this.aliases) if (to === localId) this.aliases.set(from, serverId);
    while (this.aliases.size > MAX_ALIASES) {
      const oldest = this.aliases.keys().next();
      if (oldest.done) break;
      this.aliases.delete(oldest.value);
    }
    const moved = entry === null ? null : { ...entry, key: serverId };
    this.put(serverId, queued === undefined || moved === null ? (moved ?? queued ?? null) : joined(queued, moved));
    await this.save();
  }

  /** Server ids some local create was already matched to: never matched again. */
  adoptedIds(): Set<string> {
    return new Set(this.aliases.values());
  }

  /** Waiting changes the key tagged `owner` did not make (an earlier key's), oldest first. */
  strandedFor(owner: string | null): OutboxEntry[] {
    return this.list().filter((entry) => !belongsTo(entry, owner));
  }

  /** These changes now go with the key tagged `owner` (the same account's, or the person said so). */
  async retag(keys: readonly string[], owner: string): Promise<void> {
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (entry !== undefined) this.entries.set(key, { ...entry, owner });
    }
    this.notify();
    await this.save();
  }

  /** Drops these changes: the person chose to. */
  async discard(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
    this.notify();
    await this.save();
  }

  /** Drops every entry (a different account or server); only the caller's warning remains. */
  async clear(): Promise<void> {
    this.entries.clear();
    this.lateSaves.clear();
    this.notify();
    await this.save();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once everything changed so far is on disk. */
  async save(): Promise<void> {
    await this.writer.save();
  }

  private put(key: string, entry: OutboxEntry | null): void {
    // An unanswered PATCH may land late whatever was answered since: its guard outlives the entry.
    const before = this.entries.get(key)?.unsure;
    if (before !== undefined && entry?.unsure === undefined) this.lateSaves.keep(key, before, this.deps.clock.now());
    if (entry?.unsure !== undefined) this.lateSaves.taken(key);
    if (entry === null) this.entries.delete(key);
    else {
      if (!this.entries.has(key) && entry.seq >= this.seq) this.seq = entry.seq + 1;
      this.entries.set(key, entry);
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private storedLateSaves(): Pick<StoredOutbox, 'lateSaves'> {
    const lateSaves = this.lateSaves.stored(this.deps.clock.now());
    return Object.keys(lateSaves).length > 0 ? { lateSaves } : {};
  }

  private stored(): StoredOutbox {
    return {
      version: 1,
      origin: this.origin(),
      entries: this.list(),
      ...(this.heldUntil > 0 ? { writesHeldUntil: this.heldUntil } : {}),
      ...(this.heldUntil > 0 && this.heldFor !== null ? { writesHeldFor: this.heldFor } : {}),
      ...this.storedLateSaves(),
      aliases: Object.fromEntries(this.aliases),
    };
  }
}

function otherServerWaits(): AppError {
  return {
    kind: 'invalid_input',
    message:
      'Changes made for another Omi server are still waiting; switch back to send them, or discard them, before editing here.',
  };
}

function earlierKeyWaits(): AppError {
  return {
    kind: 'invalid_input',
    message: 'A change made with your earlier key still waits; send or discard it first.',
  };
}

/** An item edited both before a file was kept aside and since: the later edits lie over the earlier. */
function laterOver(earlier: OutboxEntry, later: OutboxEntry): OutboxEntry {
  return {
    ...later,
    seq: earlier.seq,
    queuedAt: Math.min(earlier.queuedAt, later.queuedAt),
    changes: { ...earlier.changes, ...later.changes },
    create: earlier.create ?? later.create,
    delete: later.delete ?? earlier.delete,
  };
}

/** Two entries of one item: the later-edited one's fields over the other's, either's delete, the earlier place in the queue. */
function joined(a: OutboxEntry, b: OutboxEntry): OutboxEntry {
  const [earlier, later] = a.editedAt <= b.editedAt ? [a, b] : [b, a];
  const unsure = a.unsure ?? b.unsure;
  return {
    ...laterOver(earlier, later),
    seq: Math.min(a.seq, b.seq),
    editedAt: later.editedAt,
    ...(unsure === undefined ? {} : { unsure }),
  };
}

/** An entry belongs to the key it was made with; entries from before keys were tagged go with any key. */
export function belongsTo(entry: OutboxEntry, owner: string | null): boolean {
  return entry.owner === undefined || entry.owner === owner;
}
