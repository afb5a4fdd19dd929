/**
 * The fake's conversations: GET /v1/dev/user/conversations/{id} by the real server's rules. It
 * needs the `conversations:read` scope (403 naming it otherwise), counts as a read against the
 * key's hourly budget, answers 404 for an id it does not hold or another person's conversation,
 * and sends DeveloperConversation without the transcript unless asked. The server checks the
 * answer against the OpenAPI document like every other.
 */
import { serverTime } from './api-json';
import type { KeyRecord } from './api-keys';
import { missingScope, type Answer } from './error-bodies';
import type { RateLimit } from './rate-limit';

export const CONVERSATIONS_READ_SCOPE = 'conversations:read';
const YOURS = 'you';

/** What a test seeds: any subset; a conversation still being processed has an empty title and overview. */
export interface SeedConversation {
  id: string;
  title?: string;
  overview?: string;
  /** Omitted: the document's default brain emoji; null: the field left out of the answer. */
  emoji?: string | null;
  category?: string;
  started_at?: string | null;
  finished_at?: string | null;
  created_at?: string;
  /** Whose conversation it is (default: the account seeded items belong to). */
  account?: string;
}

interface StoredConversation {
  id: string;
  account: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  structured: { title: string; overview: string; emoji?: string; category: string; action_items: []; events: [] };
}

export class ConversationStore {
  private readonly byId = new Map<string, StoredConversation>();

  constructor(private readonly now: () => number) {}

  seed(conversations: SeedConversation[]): void {
    for (const seed of conversations) {
      const started = seed.started_at !== undefined ? seed.started_at : serverTime(this.now() - 2 * 3_600_000);
      const emoji = seed.emoji === undefined ? '🧠' : seed.emoji;
      this.byId.set(seed.id, {
        id: seed.id,
        account: seed.account ?? YOURS,
        created_at: seed.created_at ?? started ?? serverTime(this.now()),
        started_at: started,
        finished_at: seed.finished_at !== undefined ? seed.finished_at : started === null ? null : serverTime(Date.parse(started) + 40 * 60_000),
        structured: {
          title: seed.title ?? `Conversation ${seed.id}`,
          overview: seed.overview ?? '',
          ...(emoji === null ? {} : { emoji }),
          category: seed.category ?? 'other',
          action_items: [],
          events: [],
        },
      });
    }
  }

  remove(id: string): void {
    this.byId.delete(id);
  }

  /** GET /v1/dev/user/conversations/{id}, once the request is authorised and conforms. */
  get(id: string, key: KeyRecord, rateLimit: RateLimit): Answer {
    if (!key.scopes.includes(CONVERSATIONS_READ_SCOPE)) return missingScope(CONVERSATIONS_READ_SCOPE);
    const limited = rateLimit.check(key.id, 'read');
    if (limited) return limited;
    const found = this.byId.get(id);
    let answer: Answer = { status: 404, body: { detail: 'Conversation not found' } };
    if (found && found.account === accountOf(key)) {
      const { account: _account, ...conversation } = found;
      answer = { status: 200, body: { ...conversation, transcript_segments: null } };
    }
    return { ...answer, headers: rateLimit.headers(key.id, 'read') };
  }
}

/** Keys name their account where the fake knows accounts; a key without one is the seeded person's. */
function accountOf(key: KeyRecord): string {
  const account = (key as KeyRecord & { account?: unknown }).account;
  return typeof account === 'string' ? account : YOURS;
}
