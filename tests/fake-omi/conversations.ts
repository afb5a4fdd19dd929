/**
 * One account's conversations, for GET /v1/dev/user/conversations/{id} by the real server's rules.
 * Each account has its own store, as it has its own item list, so another person's conversation
 * is a 404 like an id nobody holds. The scope (`conversations:read`) and the key's hourly read
 * budget are checked in ./routes before the store is asked, as for every other operation. The
 * answer is DeveloperConversation without the transcript; the server checks it against the
 * OpenAPI document like every other.
 */
import { serverTime } from './api-json';
import type { Answer } from './error-bodies';

export const CONVERSATIONS_READ_SCOPE = 'conversations:read';

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
}

interface StoredConversation {
  id: string;
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

  /** GET /v1/dev/user/conversations/{id}, once the request is authorised, in scope and inside the budget. */
  get(id: string): Answer {
    const found = this.byId.get(id);
    if (!found) return { status: 404, body: { detail: 'Conversation not found' } };
    return { status: 200, body: { ...found, transcript_segments: null } };
  }
}
