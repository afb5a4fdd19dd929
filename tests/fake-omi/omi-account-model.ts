/**
 * The one model of Omi behind both test doubles: the accounts and their items (item-list.ts: paging,
 * PATCH reading, locks), the keys and their scopes (api-keys.ts), the conversations, and the hourly
 * limits per key (rate-limit.ts). The HTTP fake (server.ts) and the in-memory fake the core's unit
 * tests use (tests/unit/core/support/fake-omi-api.ts) are adapters over it: each request is
 * authorised, admitted (its scope, then its hourly limit), then carried out here.
 *
 * By default it plays by the real server's rules; kinder behaviour is asked for by name
 * (`clearsDueDateOnNull`, rate limits 'off').
 */
import { KeyRing, READ_SCOPE, WRITE_SCOPE, type KeyRecord } from './api-keys';
import { CONVERSATIONS_READ_SCOPE, ConversationStore } from './conversations';
import { missingScope, type Answer } from './error-bodies';
import { ItemList } from './item-list';
import { RateLimit, type RateLimitSetting, type RequestKind } from './rate-limit';

export interface AccountModelOptions {
  /** Kinder than deployed servers: `due_at: null` removes the due date. Default false. */
  clearsDueDateOnNull?: boolean;
  /** The hourly limits per key (default 120 reads, 120 writes, 60 conversation reads); 'off' is kinder. */
  rateLimits?: RateLimitSetting;
}

const SCOPE_OF: Record<RequestKind, string> = {
  read: READ_SCOPE,
  write: WRITE_SCOPE,
  conversation: CONVERSATIONS_READ_SCOPE,
};

export class OmiAccountModel {
  readonly keys: KeyRing;
  readonly rateLimit: RateLimit;
  clearsDueDateOnNull: boolean;
  private readonly lists = new Map<string, ItemList>();
  private readonly conversationStores = new Map<string, ConversationStore>();

  /** `now` is the server's clock: it stamps items and drives the hourly windows. */
  constructor(
    private readonly now: () => number,
    options: AccountModelOptions = {},
  ) {
    this.keys = new KeyRing(now);
    this.rateLimit = new RateLimit(now, options.rateLimits ?? {});
    this.clearsDueDateOnNull = options.clearsDueDateOnNull ?? false;
  }

  /** An account's items; ids stay unique across the accounts of one server. */
  items(account: string): ItemList {
    let list = this.lists.get(account);
    if (!list) {
      list = new ItemList(this.now, this.lists.size === 0 ? '' : `${this.lists.size}_`);
      this.lists.set(account, list);
    }
    return list;
  }

  conversations(account: string): ConversationStore {
    let store = this.conversationStores.get(account);
    if (!store) {
      store = new ConversationStore(this.now);
      this.conversationStores.set(account, store);
    }
    return store;
  }

  /** The key a request carries, marked as used; null when it is missing or unknown (a 401). */
  authorise(key: string | null): KeyRecord | null {
    return key === null ? null : this.keys.authorise(`Bearer ${key}`);
  }

  /**
   * In Omi's order: the scope the request needs (a 403 is not counted), then the key's hourly
   * limit (every admitted request counts, a refused one too). Null: carry it out.
   */
  admit(key: KeyRecord, kind: RequestKind): Answer | null {
    const scope = SCOPE_OF[kind];
    if (!key.scopes.includes(scope)) return missingScope(scope);
    return this.rateLimit.check(key.id, kind);
  }
}
