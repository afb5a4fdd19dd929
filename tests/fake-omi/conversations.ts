/**
 * One account's conversations, for GET /v1/dev/user/conversations and /{id} by the real server's
 * rules (backend/routers/developer.py): the list is newest first by created_at, filtered by
 * start_date and end_date (inclusive), categories (comma separated; Omi answers an unknown one 400,
 * which the document does not list, so here it only matches nothing),
 * folder_id and starred, cut at offset and limit (limit held to 1..100 as the document says, 1..25
 * with the transcript), and carries the transcript only when asked (`include_transcript`; else
 * null), each segment with its speaker's name. Every field of DeveloperConversation is in the
 * answer, null where nothing is known (the server's model fills them so). Each conversation's
 * `structured.action_items` are what Omi extracted: description, completed, due_at, and the
 * document's optional conversation_id, created_at, updated_at and completed_at (null unless
 * seeded); no id.
 * Omi lists only conversations it has finished processing (status "completed"), while created_at is
 * when the conversation started (or, for one synced from the device later, when it was recorded): a
 * seed's `listed_at` plays that, a conversation that started long before it appears in the list.
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
  /**
   * When Omi finished processing it: before this moment the list leaves it out (its created_at, the
   * start, may be hours earlier). Default: listed at once.
   */
  listed_at?: string;
  /** What Omi extracted from it: the to-dos a person may take as suggestions. */
  action_items?: SeedConversationActionItem[];
  starred?: boolean;
  folder_id?: string | null;
  folder_name?: string | null;
  language?: string | null;
  source?: string | null;
  /** What was said, for `include_transcript`; `is_user` segments carry the person's own name. */
  transcript?: SeedTranscriptSegment[];
}

export interface SeedConversationActionItem {
  description: string;
  completed?: boolean;
  due_at?: string | null;
  conversation_id?: string | null;
  created_at?: string | null;
  updated_at?: string | null;
  completed_at?: string | null;
}

interface SeedTranscriptSegment {
  text: string;
  start: number;
  end: number;
  speaker_id?: number;
  is_user?: boolean;
}

/** The name Omi gives the person's own segments when it knows no other (backend: the profile's name, else "User"). */
const YOUR_NAME = 'User';

/** The query of GET /v1/dev/user/conversations, as the document reads it. */
export interface ConversationListQuery {
  start_date?: string | null;
  end_date?: string | null;
  categories?: string | null;
  limit?: number;
  offset?: number;
  include_transcript?: boolean;
  folder_id?: string | null;
  starred?: boolean | null;
}

const MAX_LIST_LIMIT = 100;
const MAX_LIST_LIMIT_WITH_TRANSCRIPT = 25;

interface StoredActionItem {
  description: string;
  completed: boolean;
  due_at: string | null;
  conversation_id: string | null;
  created_at: string | null;
  updated_at: string | null;
  completed_at: string | null;
}

interface StoredConversation {
  id: string;
  created_at: string;
  /** Epoch ms from which the list shows it (the fake's own field, never answered). */
  listedFrom: number;
  started_at: string | null;
  finished_at: string | null;
  starred: boolean;
  folder_id: string | null;
  folder_name: string | null;
  language: string | null;
  source: string | null;
  geolocation: null;
  transcript: SeedTranscriptSegment[];
  structured: {
    title: string;
    overview: string;
    emoji?: string;
    category: string;
    action_items: StoredActionItem[];
    events: [];
  };
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
        listedFrom: seed.listed_at === undefined ? -Infinity : Date.parse(seed.listed_at),
        started_at: started,
        finished_at:
          seed.finished_at !== undefined
            ? seed.finished_at
            : started === null
              ? null
              : serverTime(Date.parse(started) + 40 * 60_000),
        starred: seed.starred ?? false,
        folder_id: seed.folder_id ?? null,
        folder_name: seed.folder_name ?? null,
        language: seed.language === undefined ? 'en' : seed.language,
        source: seed.source === undefined ? 'omi' : seed.source,
        geolocation: null,
        transcript: seed.transcript ?? [],
        structured: {
          title: seed.title ?? `Conversation ${seed.id}`,
          overview: seed.overview ?? '',
          ...(emoji === null ? {} : { emoji }),
          category: seed.category ?? 'other',
          action_items: (seed.action_items ?? []).map((item) => ({
            description: item.description,
            completed: item.completed ?? false,
            due_at: item.due_at ?? null,
            conversation_id: item.conversation_id ?? null,
            created_at: item.created_at ?? null,
            updated_at: item.updated_at ?? null,
            completed_at: item.completed_at ?? null,
          })),
          events: [],
        },
      });
    }
  }

  remove(id: string): void {
    this.byId.delete(id);
  }

  /** GET /v1/dev/user/conversations/{id}, once the request is authorised, in scope and inside the budget. */
  get(id: string, includeTranscript = false): Answer {
    const found = this.byId.get(id);
    if (!found) return { status: 404, body: { detail: 'Conversation not found' } };
    return { status: 200, body: present(found, includeTranscript) };
  }

  /** GET /v1/dev/user/conversations, once the request is authorised, in scope and inside the budget. */
  list(query: ConversationListQuery): Answer {
    const categories = (query.categories ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    const from = query.start_date ? Date.parse(query.start_date) : -Infinity;
    const to = query.end_date ? Date.parse(query.end_date) : Infinity;
    const withTranscript = query.include_transcript === true;
    const limit = Math.min(
      withTranscript ? MAX_LIST_LIMIT_WITH_TRANSCRIPT : MAX_LIST_LIMIT,
      Math.max(1, query.limit ?? 25),
    );
    const offset = Math.max(0, query.offset ?? 0);
    const now = this.now();
    const chosen = [...this.byId.values()]
      .filter((conversation) => {
        if (conversation.listedFrom > now) return false;
        const created = Date.parse(conversation.created_at);
        if (created < from || created > to) return false;
        if (categories.length > 0 && !categories.includes(conversation.structured.category)) return false;
        if (query.folder_id != null && conversation.folder_id !== query.folder_id) return false;
        return query.starred == null || conversation.starred === query.starred;
      })
      .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
      .slice(offset, offset + limit);
    return { status: 200, body: chosen.map((conversation) => present(conversation, withTranscript)) };
  }
}

/** The answer's shape: DeveloperConversation, its transcript only when asked, without the fake's own fields. */
function present(
  { starred: _starred, listedFrom: _listedFrom, transcript, ...conversation }: StoredConversation,
  includeTranscript: boolean,
): Record<string, unknown> {
  const segments = transcript.map((segment, index) => ({
    id: `${conversation.id}-segment-${index}`,
    text: segment.text,
    speaker_id: segment.speaker_id ?? 0,
    speaker_name: segment.is_user ? YOUR_NAME : `Speaker ${segment.speaker_id ?? 0}`,
    start: segment.start,
    end: segment.end,
  }));
  return { ...conversation, transcript_segments: includeTranscript ? segments : null };
}
