/**
 * Every key's reads, per Omi bucket, in memory and in reads.json. Omi counts each key on its own,
 * so each ReadBudget asks the ledger for the record of the key in use (by its tag, a hash) and says
 * when it changed. Saves are coalesced; what has run out (reads older than an hour, pauses that are
 * over) is left out of the file, and the app runs on without a file it cannot read or write.
 */
import type { Clock, Logger } from '../ports';
import { CoalescedWriter } from '../storage/coalesced-writer';
import type { JsonFile } from '../storage/json-file';
import { EMPTY_READS, MAX_KEYS_KEPT, MAX_READS_KEPT, type StoredKeyReads, type StoredReads } from './reads-file';

const HOUR_MS = 60 * 60_000;

/** Omi's separate counters a key reads from: action items, and conversations. */
export type ReadBucket = 'items' | 'conversations';

/** One key's reads in one bucket: the GETs of the last hour, oldest first, and Omi's pause. */
export type KeyReads = StoredKeyReads;

/** The record of reads while no key is in use (never saved). */
const NO_KEY = '';

export interface ReadLedgerDeps {
  clock: Clock;
  /** reads.json; without it, the ledger lives for this run only. */
  file?: JsonFile<StoredReads>;
  logger?: Logger;
}

export class ReadLedger {
  private readonly keys = new Map<string, Partial<Record<ReadBucket, KeyReads>>>();
  private readonly writer: CoalescedWriter<StoredReads> | null;
  /** The app has quit: a read that ends after it is not written (the process is about to end). */
  private closed = false;

  constructor(private readonly deps: ReadLedgerDeps) {
    this.writer = deps.file ? new CoalescedWriter(deps.file, () => this.stored()) : null;
  }

  /** Reads reads.json; a record already made in this run (newer) is kept over the file's. */
  async load(): Promise<void> {
    if (!this.deps.file) return;
    const stored = await this.deps.file.read(EMPTY_READS);
    for (const [tag, buckets] of Object.entries(stored.keys)) {
      const known = this.keys.get(tag) ?? {};
      for (const bucket of ['items', 'conversations'] as const) {
        const kept = buckets[bucket];
        if (kept && !known[bucket]) known[bucket] = { ...kept, reads: [...kept.reads].sort((a, b) => a.at - b.at) };
      }
      this.keys.set(tag, known);
    }
  }

  /** The record of the key tagged `tag` (null: no key) in `bucket`, made empty the first time. */
  of(tag: string | null, bucket: ReadBucket): KeyReads {
    const key = tag ?? NO_KEY;
    const buckets = this.keys.get(key) ?? {};
    this.keys.set(key, buckets);
    return (buckets[bucket] ??= { reads: [], pausedUntil: 0, pauses: 0 });
  }

  /** A record changed: it goes to disk soon (several changes in a row are one write). */
  changed(): void {
    if (this.closed) return;
    this.writer
      ?.save()
      .catch((error: unknown) => this.deps.logger?.error('Saving reads.json failed', { error: String(error) }));
  }

  /** Resolves once every change asked for is on disk (quitting waits for it). */
  settled(): Promise<void> {
    return this.writer?.settled() ?? Promise.resolve();
  }

  /**
   * Quitting: what was asked for goes to disk, and nothing after it. A read still under way when the
   * app quit would otherwise write reads.json after the data folder was let go.
   */
  close(): Promise<void> {
    this.closed = true;
    return this.settled();
  }

  /** What is still worth keeping: the last hour's reads and pauses not yet over, for at most MAX_KEYS_KEPT keys. */
  private stored(): StoredReads {
    const now = this.deps.clock.now();
    const kept: [string, Partial<Record<ReadBucket, KeyReads>>, number][] = [];
    for (const [tag, buckets] of this.keys) {
      if (tag === NO_KEY) continue;
      const live: Partial<Record<ReadBucket, KeyReads>> = {};
      let latest = 0;
      for (const bucket of ['items', 'conversations'] as const) {
        const record = buckets[bucket];
        if (!record) continue;
        const reads = record.reads.filter((read) => read.at > now - HOUR_MS).slice(-MAX_READS_KEPT);
        if (reads.length === 0 && record.pausedUntil <= now) continue;
        live[bucket] = { reads, pausedUntil: record.pausedUntil, pauses: record.pauses };
        latest = Math.max(latest, record.pausedUntil, reads.at(-1)?.at ?? 0);
      }
      if (Object.keys(live).length > 0) kept.push([tag, live, latest]);
    }
    const newest = kept.sort((a, b) => b[2] - a[2]).slice(0, MAX_KEYS_KEPT);
    return { version: 1, keys: Object.fromEntries(newest.map(([tag, live]) => [tag, live])) };
  }
}
