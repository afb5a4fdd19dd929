/**
 * The conversations behind action items, fetched only when the user asks to see one.
 *
 * A summary is kept on disk (conversations.json) and asked for again at most once a day: Omi
 * rarely changes a summary after writing it, and conversation reads have a small hourly limit.
 * A deleted conversation is remembered for a day too. Every read takes a slot of the conversations'
 * own ReadBudget (per key, apart from the list's, as Omi counts them: conversation-read-share), and
 * a 429 here pauses conversations only. When a fresh copy cannot be had (offline, limited), an
 * older copy is shown rather than nothing. Failures come back as calm lines in words (ConversationLookup), never as throws.
 */
import type { ConversationLookup, ConversationSummary } from '../../shared/conversation';
import type { ActionItemsApi } from '../api/action-items-api';
import type { ReadBudget } from '../items/read-budget';
import type { Clock, Logger, TimerHandle } from '../ports';
import { CoalescedWriter } from '../storage/coalesced-writer';
import type { JsonFile } from '../storage/json-file';
import { EMPTY_CACHE, type CachedConversation, type ConversationCache } from './conversation-cache-file';
import { problemOf, unavailable } from './conversation-words';

/** A summary older than this is asked for again when next expanded. */
export const REFRESH_AFTER_MS = 24 * 60 * 60_000;
/** After "still being processed" or a server failure, the same conversation is not asked for again this soon. */
const RETRY_AFTER_MS = 60_000;
/** A key without the scope stays without it for a while; no read is spent finding that out again. */
const SCOPE_RECHECK_MS = 60 * 60_000;
/** Per origin; the oldest are forgotten first. Thousands of items rarely come from more conversations. */
const MAX_CACHED = 2_000;
/**
 * Summaries read with the list of recent conversations reach conversations.json this long after:
 * reading and writing the file would otherwise take the processor while the suggestions they came
 * with are on their way to the screen. Until then they are known in memory; quitting keeps them.
 */
export const KEEP_LEARNED_AFTER_MS = 1_000;

export interface ConversationServiceDeps {
  clock: Clock;
  logger: Logger;
  file: JsonFile<ConversationCache>;
  /** Conversation reads (bucket 'conversations'), never the list's. */
  budget: Pick<ReadBudget, 'nextAllowedAt' | 'pausedUntil' | 'take' | 'rateLimited' | 'answered'>;
  api: () => ActionItemsApi | null;
  origin: () => string | null;
}

export class ConversationService {
  private cache: ConversationCache | null = null;
  private loading: Promise<ConversationCache> | null = null;
  private readonly inFlight = new Map<string, Promise<ConversationLookup>>();
  /** Short memories of answers not worth a disk entry: key `${origin} ${id}` or `${origin}` for the scope. */
  private readonly recent = new Map<string, { lookup: ConversationLookup; until: number }>();
  private readonly writer: CoalescedWriter<ConversationCache>;
  /** Learned from the list and not yet in the cache: origin → conversation id → entry. */
  private readonly learnedNotKept = new Map<string, Map<string, CachedConversation>>();
  private keepTimer: TimerHandle | null = null;
  /** The last keeping of what was learned, which waits for the file to be read (quitting waits for it). */
  private keeping: Promise<void> = Promise.resolve();

  constructor(private readonly deps: ConversationServiceDeps) {
    this.writer = new CoalescedWriter(deps.file, () => this.cache ?? EMPTY_CACHE);
  }

  /** The conversation's summary, from the cache when fresh, else from Omi (one request at most). */
  get(id: string): Promise<ConversationLookup> {
    const origin = this.deps.origin();
    const api = this.deps.api();
    if (origin === null || api === null) return Promise.resolve(unavailable('not_connected'));
    const key = `${origin} ${id}`;
    const running = this.inFlight.get(key);
    if (running) return running;
    const lookup = this.lookUp(origin, api, id).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, lookup);
    return lookup;
  }

  /**
   * Summaries read with the list of recent conversations (suggestions): kept as if each had been
   * fetched, so the panel needs no read of its own for them. Known at once; the file takes them
   * KEEP_LEARNED_AFTER_MS later, or when the app quits (settled).
   */
  learned(summaries: readonly ConversationSummary[]): void {
    const origin = this.deps.origin();
    if (origin === null || summaries.length === 0) return;
    const fetchedAt = new Date(this.deps.clock.now()).toISOString();
    const learned = this.learnedNotKept.get(origin) ?? new Map<string, CachedConversation>();
    for (const conversation of summaries) learned.set(conversation.id, { kind: 'found', conversation, fetchedAt });
    this.learnedNotKept.set(origin, learned);
    this.keepTimer ??= this.deps.clock.setTimeout(() => {
      this.keepTimer = null;
      this.keepLearned();
    }, KEEP_LEARNED_AFTER_MS);
  }

  /** A new key (or none): what the old one was refused is forgotten, so a key with the scope works at once. */
  keyChanged(): void {
    this.recent.clear();
  }

  /** Resolves once every change to conversations.json is on disk (quitting waits for it). */
  async settled(): Promise<void> {
    if (this.keepTimer !== null) {
      this.deps.clock.clearTimeout(this.keepTimer);
      this.keepTimer = null;
      this.keepLearned();
    }
    await this.keeping;
    await this.writer.settled();
  }

  /** What was learned from the list goes into the cache and the file, once the file was read. */
  private keepLearned(): void {
    this.keeping = this.keeping.then(async () => {
      await this.load();
      const learned = [...this.learnedNotKept];
      this.learnedNotKept.clear();
      for (const [origin, entries] of learned) if (entries.size > 0) this.put(origin, Object.fromEntries(entries));
    });
  }

  private async lookUp(origin: string, api: ActionItemsApi, id: string): Promise<ConversationLookup> {
    const now = this.deps.clock.now();
    const cached = this.learnedNotKept.get(origin)?.get(id) ?? (await this.load()).origins[origin]?.[id];
    if (cached && now - Date.parse(cached.fetchedAt) < REFRESH_AFTER_MS) return fromCache(cached);
    const remembered = this.remembered(`${origin} ${id}`, now) ?? this.remembered(origin, now);
    if (remembered) return remembered;
    if (!api.conversation) return unavailable('unsupported');

    // A conversation is one GET the user asked for, from the conversations' own hourly budget.
    const allowedAt = this.deps.budget.nextAllowedAt('asked');
    if (allowedAt !== null) {
      if (cached) return fromCache(cached);
      return unavailable(this.deps.budget.pausedUntil() !== null ? 'rate_limited' : 'read_share_used', allowedAt - now);
    }
    this.deps.budget.take('asked');
    const answer = await api.conversation(id);
    if (answer.ok) {
      this.deps.budget.answered();
      return this.found(origin, answer.value);
    }

    const problem = problemOf(answer.error);
    this.deps.logger.info('A conversation could not be fetched', { kind: answer.error.kind });
    if (problem === 'deleted') {
      this.store(origin, id, { kind: 'deleted', fetchedAt: new Date(now).toISOString() });
      return unavailable('deleted');
    }
    if (problem === 'rate_limited') {
      // Omi counts conversation reads apart from the list's: a 429 here pauses conversations, not the list.
      this.deps.budget.rateLimited(answer.error.retryAfterSeconds);
      const allowedAt = this.deps.budget.nextAllowedAt('asked');
      const waitMs =
        allowedAt === null ? (answer.error.retryAfterSeconds ?? 60) * 1000 : allowedAt - this.deps.clock.now();
      return cached ? fromCache(cached) : unavailable('rate_limited', waitMs);
    }
    if (problem === 'missing_scope') return this.remember(origin, unavailable('missing_scope'), SCOPE_RECHECK_MS);
    if (cached && (problem === 'offline' || problem === 'failed')) return fromCache(cached);
    if (problem === 'failed') return this.remember(`${origin} ${id}`, unavailable('failed'), RETRY_AFTER_MS);
    return unavailable(problem);
  }

  private found(origin: string, conversation: ConversationSummary): ConversationLookup {
    // Omi writes the title and overview when it has processed the recording; until then both are empty.
    if (conversation.title.trim() === '' && conversation.overview.trim() === '') {
      return this.remember(`${origin} ${conversation.id}`, unavailable('processing'), RETRY_AFTER_MS);
    }
    const fetchedAt = new Date(this.deps.clock.now()).toISOString();
    this.store(origin, conversation.id, { kind: 'found', conversation, fetchedAt });
    return { kind: 'found', conversation, fetchedAt };
  }

  private store(origin: string, id: string, entry: CachedConversation): void {
    this.learnedNotKept.get(origin)?.delete(id);
    this.put(origin, { [id]: entry });
  }

  /** Entries go into the cache (the oldest forgotten beyond MAX_CACHED) and on to the file. */
  private put(origin: string, entries: Record<string, CachedConversation>): void {
    const cache = this.cache ?? { version: 1, origins: {} };
    const merged = withinLimit({ ...(cache.origins[origin] ?? {}), ...entries });
    this.cache = { version: 1, origins: { ...cache.origins, [origin]: merged } };
    this.writer
      .save()
      .catch((error: unknown) => this.deps.logger.error('Saving conversations.json failed', { error: String(error) }));
  }

  private remember(key: string, lookup: ConversationLookup, forMs: number): ConversationLookup {
    this.recent.set(key, { lookup, until: this.deps.clock.now() + forMs });
    return lookup;
  }

  private remembered(key: string, now: number): ConversationLookup | null {
    const memory = this.recent.get(key);
    if (!memory) return null;
    if (memory.until > now) return memory.lookup;
    this.recent.delete(key);
    return null;
  }

  private load(): Promise<ConversationCache> {
    if (this.cache) return Promise.resolve(this.cache);
    this.loading ??= this.deps.file
      .read(EMPTY_CACHE)
      .catch((error: unknown) => {
        // Unreadable (permissions, disk): the feature works without a cache, one request per expand.
        this.deps.logger.error('Reading conversations.json failed', { error: String(error) });
        return EMPTY_CACHE;
      })
      .then((cache) => {
        // A conversation stored while the file was being read stays.
        this.cache = this.cache ? mergeCaches(cache, this.cache) : cache;
        return this.cache;
      });
    return this.loading;
  }
}

function fromCache(entry: CachedConversation): ConversationLookup {
  return entry.kind === 'found'
    ? { kind: 'found', conversation: entry.conversation, fetchedAt: entry.fetchedAt }
    : unavailable('deleted');
}

function withinLimit(entries: Record<string, CachedConversation>): Record<string, CachedConversation> {
  const ids = Object.keys(entries);
  if (ids.length <= MAX_CACHED) return entries;
  const newestFirst = Object.entries(entries).sort(([, a], [, b]) => Date.parse(b.fetchedAt) - Date.parse(a.fetchedAt));
  return Object.fromEntries(newestFirst.slice(0, MAX_CACHED));
}

function mergeCaches(older: ConversationCache, newer: ConversationCache): ConversationCache {
  const origins = { ...older.origins };
  for (const [origin, entries] of Object.entries(newer.origins))
    origins[origin] = { ...(origins[origin] ?? {}), ...entries };
  return { version: 1, origins };
}
