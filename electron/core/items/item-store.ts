/**
 * The last word of the server on every item: replaced by each full refresh, corrected by the
 * answers to single requests, kept in items.json. Local changes are not in here; the view lays
 * the outbox over it.
 */
import type { ActionItem } from '../../shared/action-item';
import type { Clock, Logger } from '../ports';
import { CoalescedWriter } from '../storage/coalesced-writer';
import type { JsonFile } from '../storage/json-file';
import type { StoredItems } from './items-file';

interface Touch {
  at: number;
  /** null: confirmed deleted. */
  item: ActionItem | null;
}

export class ItemStore {
  private readonly items = new Map<string, ActionItem>();
  private origin: string | null = null;
  private fetchedAt: number | null = null;
  /** When the request of the last full list left (epoch ms); null before the first. */
  private listStartedAt: number | null = null;
  /** Single answers, remembered so a list that left before them cannot undo them. */
  private readonly touches = new Map<string, Touch>();
  private readonly listeners = new Set<() => void>();
  private readonly writer: CoalescedWriter<StoredItems | null>;

  private readonly file: JsonFile<StoredItems | null>;
  private readonly clock: Clock;
  private readonly logger: Logger;

  constructor(deps: { file: JsonFile<StoredItems | null>; clock: Clock; logger: Logger }) {
    this.file = deps.file;
    this.clock = deps.clock;
    this.logger = deps.logger;
    this.writer = new CoalescedWriter(deps.file, () => this.stored());
  }

  /** Reads items.json; items saved for another API origin are not used. */
  async load(origin: string | null): Promise<void> {
    const stored = await this.file.read(null);
    this.items.clear();
    this.touches.clear();
    this.origin = origin;
    this.fetchedAt = null;
    this.listStartedAt = null;
    if (stored && origin !== null && stored.origin === origin) {
      for (const item of stored.items) this.items.set(item.id, item);
      // A list from an earlier run is shown, but is never "fresh": the first sync still runs.
    }
    this.notify();
  }

  all(): ActionItem[] {
    return [...this.items.values()];
  }

  get(id: string): ActionItem | undefined {
    return this.items.get(id);
  }

  size(): number {
    return this.items.size;
  }

  /** Epoch ms of the last full list in this run; null before the first. */
  lastFetchedAt(): number | null {
    return this.fetchedAt;
  }

  /** When the last full list's request left; a list that left after a write shows its outcome. */
  lastListStartedAt(): number | null {
    return this.listStartedAt;
  }

  /**
   * A full list. `startedAt`: when its request left, so answers that came later are kept over it.
   * `keepMissing`: the list changed while it was read, so an absence proves nothing this time.
   */
  replaceAll(items: readonly ActionItem[], startedAt: number, options: { keepMissing?: boolean } = {}): void {
    const kept = options.keepMissing === true ? [...this.items.values()] : [];
    this.items.clear();
    for (const item of kept) this.items.set(item.id, item);
    for (const item of items) this.items.set(item.id, item);
    for (const [id, touch] of this.touches) {
      if (touch.at < startedAt) {
        this.touches.delete(id);
        continue;
      }
      if (touch.item === null) this.items.delete(id);
      else if (!isNewer(this.items.get(id), touch.item)) this.items.set(id, touch.item);
    }
    this.fetchedAt = this.clock.now();
    this.listStartedAt = Math.max(this.listStartedAt ?? startedAt, startedAt);
    this.changed();
  }

  /** The server's answer about one item. */
  upsert(item: ActionItem): void {
    this.items.set(item.id, item);
    this.touches.set(item.id, { at: this.clock.now(), item });
    this.changed();
  }

  remove(id: string): void {
    this.items.delete(id);
    this.touches.set(id, { at: this.clock.now(), item: null });
    this.changed();
  }

  /** Forgets every item (signed out, other server) and saves that. */
  async clear(origin: string | null): Promise<void> {
    this.items.clear();
    this.touches.clear();
    this.origin = origin;
    this.fetchedAt = null;
    this.listStartedAt = null;
    this.changed();
    await this.writer.save();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once everything changed so far is on disk. */
  async save(): Promise<void> {
    await this.writer.save();
  }

  private changed(): void {
    // The list on screen matters more than its copy on disk: a failed write is logged, not fatal.
    this.writer
      .save()
      .catch((error: unknown) => this.logger.warn('items.json could not be written', { error: String(error) }));
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private stored(): StoredItems | null {
    if (this.origin === null) return null;
    return {
      version: 1,
      origin: this.origin,
      fetchedAt: this.fetchedAt === null ? null : new Date(this.fetchedAt).toISOString(),
      items: this.all(),
    };
  }
}

/** The list's copy is newer than the single answer (edited elsewhere since). */
function isNewer(listed: ActionItem | undefined, touched: ActionItem): boolean {
  if (!listed?.updatedAt || !touched.updatedAt) return false;
  return Date.parse(listed.updatedAt) > Date.parse(touched.updatedAt);
}
