/**
 * An in-memory Omi for the core's unit tests: an adapter, with no HTTP, over the one model of Omi the
 * HTTP fake serves too (tests/fake-omi/omi-account-model.ts). Its store, paging, PATCH reading, locks,
 * keys and scopes, accounts and hourly limits are the model's, so the two fakes cannot drift apart;
 * bodies are built and answers read as the real client does (request-body.ts, api-item.ts,
 * http-errors.ts), so a refusal reaches core in the client's own words.
 *
 * Switches make it offline, failing, rate limited, slow (held), losing its answers after acting, or
 * saving late; a forced 503 or 429 is the answer the HTTP fake sends for it (error-bodies.ts). Kinder behaviour is asked for by name (`clearsDueDateOnNull`, `noRateLimits()`).
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
import { apiKeyInfoSchema, toKeyInfo } from '../../../../electron/core/api/api-item';
import { errorFromAnswer, offlineError, type Operation } from '../../../../electron/core/api/http-errors';
import { createBody, isNullOnly, updateBody } from '../../../../electron/core/api/request-body';
import type { Clock } from '../../../../electron/core/ports';
import type { SeedItem } from '../../../fake-omi/api-json';
import { READ_SCOPE, WRITE_SCOPE, YOUR_ACCOUNT, type KeyRecord } from '../../../fake-omi/api-keys';
import { defaultFailure, rateLimited, unauthorized, type Answer } from '../../../fake-omi/error-bodies';
import type { Outcome } from '../../../fake-omi/item-list';
import { OmiAccountModel } from '../../../fake-omi/omi-account-model';
import { DEFAULT_READS_PER_HOUR } from '../../../fake-omi/rate-limit';
import { asActionItem, OmiItemsView } from './omi-items-view';

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

/** An item to seed, as the app names its fields; `locked` and `legacy` as the model's seeds. */
export type SeedActionItem = Partial<ActionItem> & { locked?: boolean; legacy?: boolean };

export const READ_SCOPES = [READ_SCOPE];
export const WRITE_SCOPES = [READ_SCOPE, WRITE_SCOPE];
const DEFAULT_ACCOUNT = YOUR_ACCOUNT;

const OPERATION: Record<RecordedRequest['method'], Operation> = {
  list: 'list',
  update: 'update',
  create: 'create',
  remove: 'remove',
  keyInfo: 'key',
};
const NO_HEADERS = new Headers();
/** A gateway's HTML page (no JSON detail), as the client reads it. */
const gatewayPage = (status: number): AppError =>
  errorFromAnswer({ status, body: undefined, headers: NO_HEADERS }, { operation: 'update' }, null);

export class FakeOmi {
  readonly requests: RecordedRequest[] = [];
  /** Entries Omi sends in place of these items that are not a readable item (e.g. a missing description). */
  readonly unreadable = new Set<string>();
  mode: FakeMode = 'up';
  /** Retry-After sent with a forced 429 (mode rate_limited); null sends none. */
  retryAfterSeconds: number | null = 30;
  /** How much later a write is saved in mode save_late. */
  lateSaveMs = 30_000;
  /** Errors to answer for particular item ids; a function refuses only the bodies it returns an error for. */
  readonly refuse = new Map<string, AppError | ((changes: ItemChanges) => AppError | null)>();
  /** Answers for one kind of request, before the server acts (e.g. every POST a 503). */
  readonly answerWith = new Map<RecordedRequest['method'], AppError>();
  /** How far the server's clock is from the app's (negative: the server is behind). */
  clockSkewMs = 0;
  /** Called before each page is cut, so a test can change the list between page requests. */
  beforePage: ((query: ListQuery) => void) | null = null;
  private readonly model: OmiAccountModel;
  /** Keys for which GET /v1/dev/key answers 404 (scopes unknown). */
  private readonly silentKeys = new Set<string>();
  private holding = false;
  private held: (() => void)[] = [];

  constructor(private readonly clock: Clock) {
    this.model = new OmiAccountModel(() => clock.now() + this.clockSkewMs);
  }

  /** The default account's items. */
  get items(): OmiItemsView {
    return this.itemsOf(DEFAULT_ACCOUNT);
  }

  /** The default account's items with exactly these words: one when a create arrived once, two for a copy. */
  copiesOf(description: string): ActionItem[] {
    return this.items.values().filter((item) => item.description === description);
  }

  itemsOf(account: string): OmiItemsView {
    return new OmiItemsView(this.model.items(account));
  }

  /** Kinder than the real server: `due_at: null` clears the due date. */
  get clearsDueDateOnNull(): boolean {
    return this.model.clearsDueDateOnNull;
  }

  set clearsDueDateOnNull(clears: boolean) {
    this.model.clearsDueDateOnNull = clears;
  }

  /** Action-item reads per key per hour (the counts so far kept). */
  set readsPerHour(reads: number) {
    this.model.rateLimit.change({ reads });
  }

  /** Action-item writes per key per hour (the counts so far kept). */
  set writesPerHour(writes: number) {
    this.model.rateLimit.change({ writes });
  }

  /** A key, read-only unless `scopes` grants write (WRITE_SCOPES), on the default account unless told. */
  addKey(key: string, scopes: string[] = READ_SCOPES, describesItself = true, account = DEFAULT_ACCOUNT): void {
    this.model.keys.set({ key, scopes, account });
    if (describesItself) this.silentKeys.delete(key);
    else this.silentKeys.add(key);
  }

  /** The key no longer works (revoked in Omi's settings). */
  revokeKey(key: string): void {
    this.model.keys.revoke(key);
  }

  /** Kinder than the real server: no rate limits at all. */
  noRateLimits(): void {
    this.model.rateLimit.set('off');
  }

  seed(items: SeedActionItem[], account = DEFAULT_ACCOUNT): void {
    this.model.items(account).seed(items.map(seedOf));
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

  /** The server's own time, as it stamps items. */
  serverNow(): string {
    return new Date(this.clock.now() + this.clockSkewMs).toISOString();
  }

  client(options: OmiClientOptions): ActionItemsApi {
    const call = async <T>(
      method: RecordedRequest['method'],
      extra: Omit<RecordedRequest, 'method' | 'key' | 'at'>,
      work: (key: KeyRecord, secret: string) => Result<T>,
    ): Promise<Result<T>> => {
      const secret = await options.getKey();
      if (this.holding) await new Promise<void>((resume) => this.held.push(resume));
      const request: RecordedRequest = { method, key: secret, at: this.clock.now(), ...extra };
      this.requests.push(request);
      const before = this.troubleBefore(method, secret);
      if (before) return fail(before);
      const key = this.model.authorise(secret);
      if (!key || secret === null) return fail(refusal(unauthorized(), { operation: OPERATION[method] }, secret));
      if (method !== 'keyInfo') {
        const refused = this.model.admit(key, method === 'list' ? 'read' : 'write');
        if (refused) return fail(refusal(refused, { operation: OPERATION[method] }, secret));
      }
      const writes = method !== 'list' && method !== 'keyInfo';
      if ((this.mode === 'save_late' || this.mode === 'gateway_late') && writes) {
        this.clock.setTimeout(() => {
          request.arrived = work(key, secret).ok;
        }, this.lateSaveMs);
        return fail(this.mode === 'gateway_late' ? gatewayPage(504) : offlineError('timeout', 15_000));
      }
      const result = work(key, secret);
      request.arrived = result.ok;
      if (this.mode === 'lose_answers') return fail(offlineError('network', 15_000));
      if (this.mode === 'gateway_after_acting' && writes) return fail(gatewayPage(502));
      return result;
    };

    return {
      listPage: (query) =>
        call('list', { query: { ...query } }, (key) => {
          this.beforePage?.(query);
          const page = this.model.items(key.account).list({
            completed: query.completed,
            start_date: query.createdFrom ?? null,
            end_date: query.createdTo ?? null,
            limit: query.limit,
            offset: query.offset,
          });
          const readable = page.filter((item) => !this.unreadable.has(item.id));
          return ok({ items: readable.map(asActionItem), unreadable: page.length - readable.length });
        }),
      keyInfo: () =>
        call<KeyInfo | null>('keyInfo', {}, (key) =>
          this.silentKeys.has(key.key)
            ? ok(null)
            : ok(toKeyInfo(apiKeyInfoSchema.parse(this.model.keys.describe(key)))),
        ),
      update: (id, changes) =>
        call('update', { id, body: { ...changes } }, (key, secret) => {
          const refused = this.refusalFor(id, changes);
          if (refused) return fail(refused);
          const body = updateBody(changes);
          if (!body.ok) return body;
          const outcome = this.model.items(key.account).update(id, body.value, this.model.clearsDueDateOnNull);
          return read(outcome, { operation: 'update', nullOnlyPatch: isNullOnly(body.value) }, secret, asActionItem);
        }),
      create: (item) =>
        call('create', { body: { ...item } }, (key) => {
          const body = createBody(item);
          return body.ok ? ok(asActionItem(this.model.items(key.account).create(body.value))) : body;
        }),
      remove: (id) =>
        call('remove', { id }, (key, secret) => {
          const refused = this.refusalFor(id, {});
          if (refused) return fail(refused);
          return read(this.model.items(key.account).remove(id), { operation: 'remove' }, secret, () => null);
        }),
    };
  }

  /** The switches that answer before the server looks at the request. */
  private troubleBefore(method: RecordedRequest['method'], secret: string | null): AppError | null {
    const operation = OPERATION[method];
    switch (this.mode) {
      case 'offline':
        return offlineError('network', 15_000);
      case 'refused':
        return offlineError('no-connection', 15_000);
      case 'server':
        return refusal(defaultFailure(503), { operation }, secret);
      case 'rate_limited': {
        const answer = rateLimited(this.retryAfterSeconds ?? 0, DEFAULT_READS_PER_HOUR);
        if (this.retryAfterSeconds === null) delete answer.headers?.['Retry-After'];
        return refusal(answer, { operation }, secret);
      }
      default:
        return this.answerWith.get(method) ?? null;
    }
  }

  private refusalFor(id: string, changes: ItemChanges): AppError | null {
    const rule = this.refuse.get(id);
    return (typeof rule === 'function' ? rule(changes) : rule) ?? null;
  }
}

/** A seed in the app's field names, in the API's. */
function seedOf(item: SeedActionItem): SeedItem {
  const seed: SeedItem = {};
  if (item.id !== undefined) seed.id = item.id;
  // A seed's words default to its id, so a test can tell items apart by either.
  const description = item.description ?? item.id;
  if (description !== undefined) seed.description = description;
  if (item.completed !== undefined) seed.completed = item.completed;
  if (item.dueAt !== undefined) seed.due_at = item.dueAt;
  if (item.createdAt !== undefined) seed.created_at = item.createdAt;
  if (item.updatedAt !== undefined) seed.updated_at = item.updatedAt;
  if (item.completedAt !== undefined) seed.completed_at = item.completedAt;
  if (item.conversationId !== undefined) seed.conversation_id = item.conversationId;
  if (item.locked !== undefined) seed.locked = item.locked;
  if (item.legacy !== undefined) seed.legacy = item.legacy;
  return seed;
}

/** The model's refusal as the client words it. */
function refusal(answer: Answer, context: Parameters<typeof errorFromAnswer>[1], secret: string | null): AppError {
  return errorFromAnswer(
    { status: answer.status, body: answer.body, headers: new Headers(answer.headers) },
    context,
    secret,
  );
}

function read<T, U>(
  outcome: Outcome<T>,
  context: Parameters<typeof errorFromAnswer>[1],
  secret: string,
  as: (value: T) => U,
): Result<U> {
  if (outcome.ok) return ok(as(outcome.value));
  return fail(refusal({ status: outcome.status, body: { detail: outcome.detail } }, context, secret));
}
