/**
 * What core needs from the Omi Developer API. OmiClient (./omi-client) implements it over HTTP;
 * unit tests may hand in an in-memory one.
 */
import type { ActionItem, ItemChanges } from '../../shared/action-item';
import type { Result } from '../../shared/app-error';
import type { ConversationSummary } from '../../shared/conversation';
import type { HeardConversation } from './heard-conversation';

export interface NewActionItem {
  description: string;
  completed?: boolean;
  dueAt?: string | null;
}

export interface KeyInfo {
  id: string;
  name: string;
  keyPrefix: string;
  scopes: string[];
}

/** One page of `GET /v1/dev/user/action-items` (how Omi cuts it: docs/omi-server-rules.md). */
export interface ListQuery {
  /** null: no filter (open first, old items without a completed mark among them, then completed). */
  completed: boolean | null;
  /** The server clamps it to 1..1000 without saying so. */
  limit: number;
  offset: number;
  /** Only items created at or after this UTC ISO time (inclusive); the list is then read newest-created first. */
  createdFrom?: string;
  /** Only items created at or before this UTC ISO time (inclusive). */
  createdTo?: string;
}

/** One page as it came back: the items that could be read, and how many could not. */
export interface ListedPage {
  items: ActionItem[];
  /** Entries that were not a readable item (skipped, not shown). */
  unreadable: number;
}

export interface ActionItemsApi {
  /**
   * One GET: one page of open or completed items, in the server's order. A full list is several
   * pages (see full-sync), each of which counts against the hourly read limit.
   */
  listPage(query: ListQuery): Promise<Result<ListedPage>>;
  update(id: string, changes: ItemChanges): Promise<Result<ActionItem>>;
  create(item: NewActionItem): Promise<Result<ActionItem>>;
  remove(id: string): Promise<Result<null>>;
  /** The calling key's details; `null` when the server does not know the endpoint (scopes unknown). */
  keyInfo(): Promise<Result<KeyInfo | null>>;
  /** One conversation's summary (./conversation-api); absent where a client cannot read conversations. */
  conversation?(id: string): Promise<Result<ConversationSummary>>;
  /** One page of the conversations created since then, newest first (./conversation-list-api). */
  conversationsSince?(since: string, offset?: number): Promise<Result<HeardConversation[]>>;
}

export interface OmiClientOptions {
  /** API origin, e.g. https://api.omi.me */
  baseUrl: string;
  fetch: typeof fetch;
  /** Read for every request so a sign-out or a new key takes effect at once. */
  getKey: () => Promise<string | null>;
  /** Per-request time limit; a request over it counts as offline. Default 15 s. */
  timeoutMs?: number;
}
