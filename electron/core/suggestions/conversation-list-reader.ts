/**
 * Reads the person's recent conversations, for the suggestions in them, while they look and never
 * behind their back: when the popover is shown (at most every LOOK_INTERVAL_MS) and on Refresh (at
 * most every REFRESH_GAP_MS), never on a timer. Each read takes a slot of the key's conversation
 * budget, the same one the conversation panel reads from (conversation-read-share), so the two
 * together stay inside Omi's 60 an hour; a 429 pauses both until its Retry-After.
 *
 * The window (SUGGESTION_WINDOW_MS, 4 days): Omi's own suggestions live 2 days, and a person back
 * on Monday should still see what Friday's meetings asked of them.
 *
 * Every read asks for the whole window, never "since the last read". Omi's list
 * (routers/developer.py get_conversations → database/conversations.py) filters start_date on
 * `created_at` and lists only conversations whose status is "completed". created_at is set when
 * recording starts (the in-progress stub is written with created_at = now), and for a conversation
 * synced from the device later, or imported, it is the time it was recorded (created_at =
 * started_at). So a two-hour meeting is listed two hours after its created_at, and a synced one
 * days after: no margin short of the window can be sure to catch them, while the whole window
 * costs the same one read as any margin for a person with up to 100 conversations in four days
 * (the list is newest first by created_at, so anything that started recently is on the first
 * page). Beyond the first page, later pages are read again only every FULL_READ_EVERY_MS, so even
 * a person with hundreds of conversations spends at most 6 + 2 reads an hour on the list.
 *
 * What was read is kept in memory; only conversations new or changed since are told and fill the
 * conversation cache, so the panel needs no read of its own for them. A key that may not read
 * conversations is asked again only after an hour.
 *
 * A conversation deleted on Omi (or no longer listed there) takes its suggestions with it once a
 * read shows it is gone: at once when the whole window came in one answer, which is exact; when it
 * took several pages, only after two such reads in a row miss it, because a deletion between two
 * pages shifts the later pages by one and a read can then skip a live conversation (the list is
 * paged by offset).
 */
import type { ActionItemsApi } from '../api/action-items-api';
import { CONVERSATION_PAGE_LIMIT } from '../api/conversation-list-api';
import type { HeardConversation } from '../api/heard-conversation';
import type { ConversationSummary } from '../../shared/conversation';
import type { ReadBudget } from '../items/read-budget';
import type { Clock, Logger } from '../ports';

const MINUTE_MS = 60_000;
export const SUGGESTION_WINDOW_MS = 4 * 24 * 60 * MINUTE_MS;
export const LOOK_INTERVAL_MS = 15 * MINUTE_MS;
/**
 * Refresh reads the list again only after this gap: someone who clicks Refresh every minute would
 * otherwise spend 20 of the hour's conversation reads on the list alone, leaving the panel little.
 * Six list reads an hour, a few retries after faults and the panels stay well inside 20.
 */
export const REFRESH_GAP_MS = 10 * MINUTE_MS;
/** The pages after the first are read again at most this often (see above). */
export const FULL_READ_EVERY_MS = 60 * MINUTE_MS;
/** After a failure that is not a 429 (offline, a server fault), the next look may try again this soon. */
const RETRY_AFTER_FAILURE_MS = 2 * MINUTE_MS;
export const SCOPE_RECHECK_MS = 60 * MINUTE_MS;
/** Pages read in one go: 300 conversations in four days is far more than a person records. */
export const MAX_PAGES = 3;

export type ReaderState = 'unread' | 'read' | 'missing_scope';

export interface ConversationListReaderDeps {
  clock: Clock;
  logger: Logger;
  /** Conversation reads (bucket 'conversations'), shared with the conversation panel. */
  budget: Pick<ReadBudget, 'nextAllowedAt' | 'take' | 'rateLimited' | 'answered'>;
  api: () => ActionItemsApi | null;
  /** The server and key in use ("origin tag"), or null when signed out: what was read belongs to it. */
  owner: () => string | null;
  /** Summaries read, for the conversation cache. */
  learned(summaries: ConversationSummary[]): void;
  /** What was read changed. */
  changed(): void;
}

interface Held {
  owner: string;
  byId: Map<string, HeardConversation>;
  lastReadAt: number | null;
  /** The last read that went through every page of the window (or all there was). */
  fullReadAt: number | null;
  /** What the last read of the whole window in several pages did not find (see above). */
  missedByLastPagedRead: Set<string>;
  notBefore: number;
  missingScope: boolean;
}

export class ConversationListReader {
  private held: Held | null = null;
  private reading: Promise<void> | null = null;

  constructor(private readonly deps: ConversationListReaderDeps) {}

  /** The popover was shown: read when the last read is older than LOOK_INTERVAL_MS. */
  looked(): Promise<void> {
    return this.readIfOlderThan(LOOK_INTERVAL_MS);
  }

  /** The person asked for a refresh: read unless the last read is only moments old. */
  refreshed(): Promise<void> {
    return this.readIfOlderThan(REFRESH_GAP_MS);
  }

  /** The conversations of the window, newest first, for the key in use. */
  conversations(): HeardConversation[] {
    const held = this.current();
    if (!held) return [];
    const since = this.deps.clock.now() - SUGGESTION_WINDOW_MS;
    return [...held.byId.values()]
      .filter((c) => Date.parse(c.summary.createdAt) >= since)
      .sort((a, b) => Date.parse(b.summary.createdAt) - Date.parse(a.summary.createdAt));
  }

  state(): ReaderState {
    const held = this.current();
    if (!held) return 'unread';
    if (held.missingScope) return 'missing_scope';
    return held.lastReadAt === null ? 'unread' : 'read';
  }

  /** A new key or server: what was read belongs to the old one. */
  keyChanged(): void {
    this.held = null;
    this.deps.changed();
  }

  private current(): Held | null {
    const owner = this.deps.owner();
    if (owner === null) return null;
    if (this.held?.owner !== owner)
      this.held = {
        owner,
        byId: new Map(),
        lastReadAt: null,
        fullReadAt: null,
        missedByLastPagedRead: new Set(),
        notBefore: 0,
        missingScope: false,
      };
    return this.held;
  }

  private readIfOlderThan(maxAgeMs: number): Promise<void> {
    if (this.reading) return this.reading;
    const held = this.current();
    const api = this.deps.api();
    const readPage = api?.conversationsSince?.bind(api);
    if (!held || !readPage) return Promise.resolve();
    const now = this.deps.clock.now();
    if (now < held.notBefore || this.deps.budget.nextAllowedAt('asked') !== null) return Promise.resolve();
    if (held.lastReadAt !== null && now - held.lastReadAt < maxAgeMs) return Promise.resolve();
    this.reading = this.read(held, readPage).finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  private async read(held: Held, readPage: NonNullable<ActionItemsApi['conversationsSince']>): Promise<void> {
    const startedAt = this.deps.clock.now();
    const windowStart = startedAt - SUGGESTION_WINDOW_MS;
    const since = new Date(windowStart).toISOString();
    const pages = held.fullReadAt !== null && startedAt - held.fullReadAt < FULL_READ_EVERY_MS ? 1 : MAX_PAGES;
    let readAll = false;
    // Every conversation of the window was in the answers (the last page was not full).
    let complete = false;
    let pagesRead = 0;
    const seen = new Set<string>();
    // Whether what is held changed since the region was last told: a read that brings nothing new
    // (most do: the whole window again) costs no working-out of the suggestions.
    let untold = false;
    for (let page = 0; page < pages; page += 1) {
      if (page > 0 && this.deps.budget.nextAllowedAt('asked') !== null) break;
      this.deps.budget.take('asked');
      const answer = await readPage(since, page * CONVERSATION_PAGE_LIMIT);
      if (this.held !== held) return;
      if (!answer.ok) {
        this.failed(held, answer.error);
        return;
      }
      this.deps.budget.answered();
      pagesRead += 1;
      for (const conversation of answer.value) seen.add(conversation.summary.id);
      untold ||= held.missingScope || (page === 0 && held.lastReadAt === null);
      held.missingScope = false;
      const fresh = answer.value.filter((conversation) => !sameAsHeld(held, conversation));
      for (const conversation of fresh) held.byId.set(conversation.summary.id, conversation);
      untold ||= fresh.length > 0;
      this.deps.learned(
        fresh
          .map((conversation) => conversation.summary)
          .filter((summary) => summary.title.trim() !== '' || summary.overview.trim() !== ''),
      );
      complete = answer.value.length < CONVERSATION_PAGE_LIMIT;
      readAll = complete || page === MAX_PAGES - 1;
      if (readAll || page === pages - 1) break;
      // A full page: the region shows it while the next page is asked for, not a round trip later.
      // The push waits a tick to gather what changes with it; the next page is asked for after that
      // tick, so the push goes out first rather than behind the request's own work.
      if (untold) this.deps.changed();
      untold = false;
      await new Promise<void>((resolve) => this.deps.clock.setTimeout(resolve, 0));
      if (this.held !== held) return;
    }
    held.lastReadAt = startedAt;
    if (readAll) held.fullReadAt = startedAt;
    for (const [id, conversation] of held.byId)
      if (Date.parse(conversation.summary.createdAt) < windowStart) untold = held.byId.delete(id) || untold;
    if (complete) untold = this.forgetGone(held, seen, pagesRead) || untold;
    if (untold) this.deps.changed();
  }

  /** After a read of the whole window: forgets what Omi no longer lists (see above); true when any. */
  private forgetGone(held: Held, seen: Set<string>, pagesRead: number): boolean {
    const missed = [...held.byId.keys()].filter((id) => !seen.has(id));
    const gone = pagesRead === 1 ? missed : missed.filter((id) => held.missedByLastPagedRead.has(id));
    held.missedByLastPagedRead = pagesRead === 1 ? new Set() : new Set(missed);
    for (const id of gone) held.byId.delete(id);
    return gone.length > 0;
  }

  private failed(held: Held, error: { kind: string; retryAfterSeconds?: number }): void {
    const now = this.deps.clock.now();
    this.deps.logger.info('The recent conversations could not be read', { kind: error.kind });
    if (error.kind === 'rate_limited') {
      this.deps.budget.rateLimited(error.retryAfterSeconds);
    } else if (error.kind === 'forbidden') {
      held.missingScope = true;
      held.notBefore = now + SCOPE_RECHECK_MS;
    } else {
      held.notBefore = now + RETRY_AFTER_FAILURE_MS;
    }
    this.deps.changed();
  }
}

/** The conversation as read before, to the letter (a title or a to-do changed on Omi's side is news). */
function sameAsHeld(held: Held, conversation: HeardConversation): boolean {
  const known = held.byId.get(conversation.summary.id);
  return known !== undefined && JSON.stringify(known) === JSON.stringify(conversation);
}
