/**
 * An in-memory Omi for unit tests that plays by the real server's rules by default, read from the
 * same modules as the HTTP fake (tests/fake-omi), so the two cannot drift apart: pages cut from a
 * document-id prefix as Omi's code does (server-paging.ts: at most `limit + 32` documents read,
 * windows of created_at newest first, old items without a completed mark listed only without a
 * filter, locked items dropped after paging), a PATCH read with nulls ignored (item-patch.ts: a
 * null-only body is a 422), the scopes (api-keys.ts: keys read-only unless a test grants write), one
 * item list per account, and fixed hourly limits per key with Retry-After (rate-limit.ts). Switches make it offline,
 * failing, rate limited, slow (held), losing its answers after acting, or saving late. Kinder
 * behaviour is asked for by name (`clearsDueDateOnNull`, `noRateLimits()`).
 */
import type { ActionItem, ItemChanges } from '../../../../electron/shared/action-item';
import type { AppError, Result } from '../../../../electron/shared/app-error';
import { fail, ok } from '../../../../electron/shared/app-error';
import type {
  ActionItemsApi,
  KeyInfo,
  ListQuery,
  NewActionItem,
  OmiClientOptions,
} from '../../../../electron/core/api/action-items-api';
import type { Clock } from '../../../../electron/core/ports';
import { READ_SCOPE, WRITE_SCOPE } from '../../../fake-omi/api-keys';
import { NOTHING_TO_CHANGE, readPatch } from '../../../fake-omi/item-patch';
import { HourlyCounts } from '../../../fake-omi/rate-limit';
import { documentId, pageOf, type PagedFields } from '../../../fake-omi/server-paging';

/**
 * up: answers. offline: nothing arrives. refused: nothing arrives, and the client can tell (connection
 * refused). server: 503 before acting. rate_limited: 429 before acting.
 * lose_answers: acts, then the answer is lost. save_late: the write is saved `lateSaveMs` later and
 * no answer ever arrives (a timeout). gateway_after_acting: acts, then a gateway answers 502 (an HTML
 * page). gateway_late: a gateway answers 504 at once, and the write is saved `lateSaveMs` later.
 */
export type FakeMode =
  | 'up'
  | 'offline'
  | 'refused'
  | 'server'
  | 'rate_limited'
  | 'lose_answers'
  | 'save_late'
  | 'gateway_after_acting'
  | 'gateway_late';

/** What the client makes of a gateway's HTML 502/504 page. */
const GATEWAY_ERROR: AppError = {
  kind: 'server',
  message: "Omi's server had a problem (HTTP 502). Try again in a moment.",
};

export interface RecordedRequest {
  method: 'list' | 'update' | 'create' | 'remove' | 'keyInfo';
  id?: string;
  body?: ItemChanges | NewActionItem;
  query?: ListQuery;
  key: string | null;
  /** Epoch ms on the fake clock when it reached the server. */
  at: number;
  /** The server acted on it (whether or not its answer arrived). */
  arrived?: boolean;
}

interface FakeKey {
  scopes: string[];
  /** false: GET /v1/dev/key answers 404 (scopes unknown). */
  describesItself: boolean;
  account: string;
  id: string;
}

export const READ_SCOPES = [READ_SCOPE];
export const WRITE_SCOPES = [READ_SCOPE, WRITE_SCOPE];
export const DEFAULT_ACCOUNT = 'account-1';

export class FakeOmi {
  readonly requests: RecordedRequest[] = [];
  readonly keys = new Map<string, FakeKey>();
  /** Item ids Omi locks (paid plan): left out of lists after paging, 402 on writes. */
  readonly locked = new Set<string>();
  /** Item ids of old documents without a completed mark: listed (as open) only without a completed filter. */
  readonly legacy = new Set<string>();
  /** Entries Omi sends in place of these items that are not a readable item (e.g. a missing description). */
  readonly unreadable = new Set<string>();
  mode: FakeMode = 'up';
  /** Retry-After sent with a forced 429 (mode rate_limited); null sends none. */
  retryAfterSeconds: number | null = 30;
  /** How much later a write is saved in mode save_late. */
  lateSaveMs = 30_000;
  /** Per key, per hour. */
  readsPerHour = 120;
  writesPerHour = 120;
  /** Errors to answer for particular item ids; a function refuses only the bodies it returns an error for. */
  readonly refuse = new Map<string, AppError | ((changes: ItemChanges) => AppError | null)>();
  /** Answers for one kind of request, before the server acts (e.g. every POST a 503). */
  readonly answerWith = new Map<RecordedRequest['method'], AppError>();
  /** How far the server's clock is from the app's (negative: the server is behind). */
  clockSkewMs = 0;
  /** Kinder than the real server: `due_at: null` clears the due date. */
  clearsDueDateOnNull = false;
  /** Called before each page is cut, so a test can change the list between page requests. */
  beforePage: ((query: ListQuery) => void) | null = null;
  private readonly accounts = new Map<string, Map<string, ActionItem>>();
  /** Per key and kind, Omi's fixed hour: the count in it and when it ends. */
  private readonly spent: HourlyCounts;
  private holding = false;
  private held: (() => void)[] = [];
  private nextId = 1;

  constructor(private readonly clock: Clock) {
    this.spent = new HourlyCounts(() => clock.now());
  }

  /** The default account's items. */
  get items(): Map<string, ActionItem> {
    return this.itemsOf(DEFAULT_ACCOUNT);
  }

  /** The default account's items with exactly these words: one when a create arrived once, two for a copy. */
  copiesOf(description: string): ActionItem[] {
    return [...this.items.values()].filter((item) => item.description === description);
  }

  itemsOf(account: string): Map<string, ActionItem> {
    let items = this.accounts.get(account);
    if (!items) {
      items = new Map();
      this.accounts.set(account, items);
    }
    return items;
  }

  /** A key, read-only unless `scopes` grants write (WRITE_SCOPES), on the default account unless told. */
  addKey(key: string, scopes: string[] = READ_SCOPES, describesItself = true, account = DEFAULT_ACCOUNT): void {
    this.keys.set(key, { scopes, describesItself, account, id: `key-${this.keys.size + 1}` });
  }

  /** Kinder than the real server: no rate limits at all. */
  noRateLimits(): void {
    this.readsPerHour = Number.POSITIVE_INFINITY;
    this.writesPerHour = Number.POSITIVE_INFINITY;
  }

  seed(items: Partial<ActionItem>[], account = DEFAULT_ACCOUNT): void {
    for (const partial of items) {
      const index = this.nextId++;
      const id = partial.id ?? `seed-${index}`;
      // Created a day ago, a second apart, as Omi stamps items one by one.
      const at = new Date(this.clock.now() - 86_400_000 + index * 1000).toISOString();
      this.itemsOf(account).set(id, {
        id,
        description: partial.description ?? id,
        completed: partial.completed ?? false,
        dueAt: partial.dueAt ?? null,
        createdAt: partial.createdAt ?? at,
        updatedAt: partial.updatedAt ?? at,
        completedAt: partial.completedAt ?? null,
        conversationId: null,
      });
    }
  }

  /** Requests wait (a slow server) until release(). */
  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    const waiting = this.held;
    this.held = [];
    for (const resume of waiting) resume();
  }

  heldCount(): number {
    return this.held.length;
  }

  count(method: RecordedRequest['method']): number {
    return this.requests.filter((request) => request.method === method).length;
  }

  /** Requests of this kind the server acted on. */
  arrived(method: RecordedRequest['method']): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && request.arrived === true);
  }

  client(options: OmiClientOptions): ActionItemsApi {
    const call = async <T>(
      method: RecordedRequest['method'],
      extra: Omit<RecordedRequest, 'method' | 'key' | 'at'>,
      work: (key: FakeKey) => Result<T>,
    ): Promise<Result<T>> => {
      const key = await options.getKey();
      if (this.holding) await new Promise<void>((resume) => this.held.push(resume));
      const request: RecordedRequest = { method, key, at: this.clock.now(), ...extra };
      this.requests.push(request);
      if (this.mode === 'offline') return fail({ kind: 'offline', message: 'Omi cannot be reached.' });
      if (this.mode === 'refused') return fail({ kind: 'offline', message: 'Omi cannot be reached.', neverSent: true });
      if (this.mode === 'server') return fail({ kind: 'server', message: 'Omi had a problem (503).' });
      if (this.mode === 'rate_limited') return fail(this.tooMany(this.retryAfterSeconds));
      const forced = this.answerWith.get(method);
      if (forced) return fail(forced);
      const known = key === null ? undefined : this.keys.get(key);
      if (!known || key === null) return fail({ kind: 'unauthorized', message: 'Omi refused the key (401).' });
      const limited = this.spend(key, method === 'list' || method === 'keyInfo' ? 'read' : 'write');
      if (limited) return fail(limited);
      if ((this.mode === 'save_late' || this.mode === 'gateway_late') && method !== 'list' && method !== 'keyInfo') {
        this.clock.setTimeout(() => {
          request.arrived = work(known).ok;
        }, this.lateSaveMs);
        return fail(
          this.mode === 'gateway_late' ? GATEWAY_ERROR : { kind: 'offline', message: 'Omi did not answer in time.' },
        );
      }
      const result = work(known);
      request.arrived = result.ok;
      if (this.mode === 'lose_answers') return fail({ kind: 'offline', message: 'The connection dropped.' });
      if (this.mode === 'gateway_after_acting' && method !== 'list' && method !== 'keyInfo') return fail(GATEWAY_ERROR);
      return result;
    };
    const canWrite = (key: FakeKey): Result<null> =>
      key.scopes.includes(WRITE_SCOPE)
        ? ok(null)
        : fail({ kind: 'forbidden', message: `Insufficient permissions. Required scope: ${WRITE_SCOPE}` });
    const writable = (key: FakeKey, id: string, changes: ItemChanges = {}): Result<ActionItem> => {
      const allowed = canWrite(key);
      if (!allowed.ok) return allowed;
      const rule = this.refuse.get(id);
      const refusal = typeof rule === 'function' ? rule(changes) : rule;
      if (refusal) return fail(refusal);
      const item = this.itemsOf(key.account).get(id);
      if (!item) return fail({ kind: 'not_found', message: 'Omi does not know this item (404).' });
      if (this.locked.has(id)) return fail({ kind: 'locked', message: 'This item is locked (402).' });
      return ok(item);
    };

    return {
      listPage: (query) =>
        call('list', { query: { ...query } }, (key) => {
          this.beforePage?.(query);
          const pageQuery = {
            completed: query.completed,
            startDate: query.createdFrom ?? null,
            endDate: query.createdTo ?? null,
            limit: query.limit,
            offset: query.offset,
          };
          const page = pageOf([...this.itemsOf(key.account).values()], (item) => this.pagedFields(item), pageQuery);
          const readable = page.filter((item) => !this.unreadable.has(item.id));
          return ok({ items: readable.map((item) => ({ ...item })), unreadable: page.length - readable.length });
        }),
      keyInfo: () =>
        call<KeyInfo | null>('keyInfo', {}, (key) =>
          ok(key.describesItself ? { id: key.id, name: 'Test key', keyPrefix: 'omi_dev_', scopes: key.scopes } : null),
        ),
      update: (id, changes) =>
        call('update', { id, body: { ...changes } }, (key) => {
          const found = writable(key, id, changes);
          if (!found.ok) return found;
          const patch = readPatch(changes, this.clearsDueDateOnNull);
          if (patch === null) {
            return fail({
              kind: 'cannot_clear_due_date',
              message: 'This server cannot clear due dates.',
              detail: NOTHING_TO_CHANGE,
            });
          }
          const now = this.serverNow();
          const next: ActionItem = { ...found.value, updatedAt: now };
          if (patch.description !== undefined) next.description = patch.description;
          if (patch.completed !== undefined) {
            next.completed = patch.completed;
            this.legacy.delete(id);
            // Stamped again on every resend, like the real server.
            next.completedAt = patch.completed ? now : null;
          }
          if (patch.dueAt !== undefined) next.dueAt = patch.dueAt === null ? null : new Date(patch.dueAt).toISOString();
          this.itemsOf(key.account).set(id, next);
          return ok({ ...next });
        }),
      create: (body) =>
        call('create', { body: { ...body } }, (key) => {
          const allowed = canWrite(key);
          if (!allowed.ok) return allowed;
          const now = this.serverNow();
          const item: ActionItem = {
            id: `srv-${documentId(String(this.nextId++))}`,
            description: body.description,
            completed: body.completed ?? false,
            dueAt: body.dueAt ? new Date(body.dueAt).toISOString() : null,
            createdAt: now,
            updatedAt: now,
            completedAt: body.completed ? now : null,
            conversationId: null,
          };
          this.itemsOf(key.account).set(item.id, item);
          return ok({ ...item });
        }),
      remove: (id) =>
        call('remove', { id }, (key) => {
          const found = writable(key, id);
          if (!found.ok) return found;
          this.itemsOf(key.account).delete(id);
          return ok(null);
        }),
    };
  }

  private pagedFields(item: ActionItem): PagedFields {
    const legacy = this.legacy.has(item.id);
    return {
      id: item.id,
      completed: legacy ? false : item.completed,
      legacy,
      dueAt: item.dueAt,
      createdAt: item.createdAt,
      locked: this.locked.has(item.id),
    };
  }

  /** The server's own time, as it stamps items. */
  serverNow(): string {
    return new Date(this.clock.now() + this.clockSkewMs).toISOString();
  }

  private tooMany(retryAfterSeconds: number | null): AppError {
    const error: AppError = { kind: 'rate_limited', message: 'Too many requests (429).' };
    return retryAfterSeconds === null ? error : { ...error, retryAfterSeconds };
  }

  /**
   * Counts a request in the key's hour as Omi does (rate-limit.ts: a fixed hour opened by the first
   * request, every request counted, a refused one too); over the limit, a 429 whose Retry-After is
   * what is left of the hour.
   */
  private spend(key: string, kind: 'read' | 'write'): AppError | null {
    const over = this.spent.spend(key, kind, { reads: this.readsPerHour, writes: this.writesPerHour });
    return over === null ? null : this.tooMany(over.retryAfterSeconds);
  }
}
