/**
 * A fake Omi Developer API on a real HTTP server, for every test that talks HTTP: an adapter over the
 * one model of Omi (omi-account-model.ts), which the core's in-memory fake shares.
 *
 * It behaves as docs/omi-api-facts.md describes (see item-list.ts, routes.ts, api-keys.ts) and checks every
 * request it receives and every answer it sends against the vendored OpenAPI document. A breach is
 * recorded as a violation and answered with an error (422 for a request, 500 for an answer), so the
 * test that caused it fails; fixtures call assertNoViolations() when a test ends.
 *
 * By default it plays by the real server's rules: nulls in a PATCH are ignored (a body of only nulls
 * is a 422), keys are read-only unless a test grants WRITE_SCOPE, every account (key) has its own
 * items, 120 reads, 120 writes and 60 conversation reads per key in fixed hours (rate-limit.ts), limit
 * clamped to 1..1000, pages cut from a document-id prefix of at most offset + limit + 32 documents and
 * windows of created_at as Omi's code does (server-paging.ts), locked items dropped after paging,
 * completed_at re-stamped on every `completed: true`. Kinder behaviour is asked for by name: `clearsDueDateOnNull`,
 * `rateLimits: 'off'`.
 *
 * Trouble on demand: failNext (any status, body, headers), setDelay, dropConnections (before or after
 * acting), answerLate (saved, answered late or never), proxyError (a proxy's HTML page, outside the
 * document, so not a violation), setDown (every connection dropped unanswered: the client sees the
 * network fail), setRateLimit, keyEndpoint (older servers without GET /v1/dev/key). The clock (`now`)
 * is injectable, so the hourly window can pass in a moment. onAnswer tells a bench when an answer leaves.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiItem, SeedItem } from './api-json';
import { keyInfoSchema, YOUR_ACCOUNT, type KeySpec } from './api-keys';
import { Contract, type Operation, type Problem } from './contract';
import type { SeedConversation } from './conversations';
import { defaultFailure, proxyPage, unauthorized, validationFailed, type Answer } from './error-bodies';
import {
  FailureSwitches,
  type DropSpec,
  type FailureSpec,
  type LateSpec,
  type ProxyErrorSpec,
} from './failure-switches';
import { OmiAccountModel } from './omi-account-model';
import type { RateLimitSetting } from './rate-limit';
import { isSupported, route } from './routes';

export type { ApiItem, SeedItem } from './api-json';
export { CONVERSATIONS_READ_SCOPE } from './conversations';
export type { SeedConversation } from './conversations';
export { READ_SCOPE, YOUR_ACCOUNT } from './api-keys';

/** Both action-item scopes: what a test grants a key that ticks, edits, creates or deletes. */
export const READ_WRITE = ['action_items:read', 'action_items:write'];

const KEY_PATH = '/v1/dev/key';

export interface FakeOmiOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  keys?: KeySpec[];
  items?: SeedItem[];
  /** YOUR_ACCOUNT's conversations (GET /v1/dev/user/conversations/{id}; needs the conversations:read scope). */
  conversations?: SeedConversation[];
  /**
   * Kinder than deployed servers, which ignore nulls (and answer a body of only nulls with 422 "At least
   * one field must be provided"): `due_at: null` removes the due date, as the document says. Default false.
   */
  clearsDueDateOnNull?: boolean;
  /** The hourly limits per key (default 120 reads, 120 writes, 60 conversation reads, fixed hours); 'off' is kinder: no limit. */
  rateLimits?: RateLimitSetting;
  /** false: GET /v1/dev/key answers 404, like servers older than it. Default true. */
  keyEndpoint?: boolean;
  /** The server's clock for created_at, updated_at, completed_at. Default Date.now. */
  now?: () => number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-case names, as received (authorization included). */
  headers: Record<string, string>;
  /** Parsed JSON body; the raw text when it was not JSON; undefined when empty. */
  body: unknown;
  /** The status answered; 0 while unanswered or when the connection was dropped. */
  status: number;
  /** Answered by a proxy's HTML page, not by Omi (outside the document, so never a violation). */
  byProxy?: boolean;
  /** The fake's clock when the request arrived. */
  at: number;
  /** Its number, from 1, in the order requests reached the server (as violations name it). */
  serial?: number;
  /** The fake's clock when Omi carried it out (answered or not); absent when it never was. */
  actedAt?: number;
  /** The id of the item a create made, even when its answer was lost. */
  madeId?: string;
  /** The Retry-After (seconds) sent with the answer, if any. */
  retryAfterSeconds?: number;
}

export interface Violation {
  /**
   * Which request broke it: requests are numbered from 1 as they reach this server, and the
   * violations of one request (several rules, or its request and its answer) share its number.
   */
  request: number;
  direction: 'request' | 'response';
  method: string;
  path: string;
  message: string;
}

export interface FakeOmi {
  readonly url: string;
  /** Adds items to an account, YOUR_ACCOUNT by default (an item with a known id replaces it); partial items get sensible defaults. */
  seed(items: SeedItem[], account?: string): void;
  clearItems(account?: string): void;
  /** Deletes one item as another of the person's apps would (no request, no rate limit). */
  removeItem(id: string, account?: string): void;
  /** Every item of an account (YOUR_ACCOUNT by default) as the API would show it, in no particular order. */
  items(account?: string): ApiItem[];
  /** Adds conversations to an account, YOUR_ACCOUNT by default (GET /v1/dev/user/conversations/{id}; needs conversations:read). */
  seedConversations(conversations: SeedConversation[], account?: string): void;
  removeConversation(id: string, account?: string): void;
  requests(): RecordedRequest[];
  clearRequests(): void;
  /** Accepts this key with these scopes (default read only, like Omi) for an account (see KeySpec); call again for more keys. */
  setKey(spec: KeySpec): void;
  revokeKey(key: string): void;
  /** The next matching request(s) get this answer instead of being carried out. */
  failNext(spec: FailureSpec): void;
  /** Every answer waits this long after the request was carried out. */
  setDelay(ms: number): void;
  /**
   * From now on answers wait, each after its request was carried out, until releaseAnswers: a slow
   * server whose slowness the test ends, not the clock (closing the fake releases them too).
   */
  holdAnswers(): void;
  releaseAnswers(): void;
  /** The next `times` matching requests lose their connection without an answer. */
  dropConnections(times: number, spec?: DropSpec): void;
  /** The next matching request(s) are carried out (saved) but answered late, or never. */
  answerLate(spec: LateSpec): void;
  /** The next matching request(s) get a proxy's HTML error page instead of reaching Omi. */
  proxyError(spec: ProxyErrorSpec): void;
  /**
   * Called as each request arrives, before any switch is consulted: a soak arms this very request's
   * trouble (failNext, dropConnections, answerLate, proxyError) at random.
   */
  onRequest(hook: ((request: RecordedRequest) => void) | null): void;
  /**
   * Called as each answer leaves: its body made into text, its bytes about to be written. A bench's
   * clock starts here, so the fake's own work on the answer is not counted as the app's.
   */
  onAnswer(hook: ((request: RecordedRequest) => void) | null): void;
  /** Requests held open without an answer right now (answerLate 'never'). */
  holding(): number;
  /** Down: every connection is dropped without an answer until set back to false. */
  setDown(down: boolean): void;
  setClearsDueDateOnNull(clears: boolean): void;
  setKeyEndpoint(available: boolean): void;
  /** A new per-key budget of reads/writes, counted from now; 'off' removes it (kinder than the server). */
  setRateLimit(setting: RateLimitSetting): void;
  violations(): Violation[];
  /** The violations so far, forgotten afterwards (for tests that break the contract on purpose). */
  takeViolations(): Violation[];
  /** Throws, listing them, when any request or answer broke the document. */
  assertNoViolations(): void;
  close(): Promise<void>;
}

/** Compiling the document's schemas takes a moment: every server in a process shares one checker. */
let contract: Contract | null = null;
function sharedContract(): Contract {
  contract ??= new Contract();
  return contract;
}

export async function startFakeOmi(options: FakeOmiOptions = {}): Promise<FakeOmi> {
  const fake = new FakeOmiServer(options);
  await fake.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  return fake;
}

class FakeOmiServer implements FakeOmi {
  private readonly server: Server;
  private readonly contract = sharedContract();
  private readonly model: OmiAccountModel;
  private readonly now: () => number;
  private readonly switches = new FailureSwitches();
  private arrivalHook: ((request: RecordedRequest) => void) | null = null;
  private answerHook: ((request: RecordedRequest) => void) | null = null;
  private held = 0;
  /** holdAnswers: answers carried out and waiting for releaseAnswers. */
  private answersHeld = false;
  private readonly heldAnswers: (() => void)[] = [];
  private readonly recorded: RecordedRequest[] = [];
  private readonly breaches: Violation[] = [];
  private requestsReceived = 0;
  private readonly waits = new Set<{ timer: ReturnType<typeof setTimeout>; resume: () => void }>();
  private keyEndpoint: boolean;
  private address = '';

  constructor(options: FakeOmiOptions) {
    const now = options.now ?? Date.now;
    this.now = now;
    this.model = new OmiAccountModel(now, {
      ...(options.rateLimits !== undefined ? { rateLimits: options.rateLimits } : {}),
      ...(options.clearsDueDateOnNull !== undefined ? { clearsDueDateOnNull: options.clearsDueDateOnNull } : {}),
    });
    this.keyEndpoint = options.keyEndpoint ?? true;
    for (const key of options.keys ?? []) this.model.keys.set(key);
    this.model.items(YOUR_ACCOUNT).seed(options.items ?? []);
    this.model.conversations(YOUR_ACCOUNT).seed(options.conversations ?? []);
    this.server = createServer((request, response) => {
      const serial = ++this.requestsReceived;
      this.handle(request, response, serial).catch((error: unknown) => {
        this.breaches.push({
          request: serial,
          direction: 'response',
          method: request.method ?? '',
          path: request.url ?? '',
          message: `the fake failed: ${String(error)}`,
        });
        if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ detail: 'Internal Server Error' }));
      });
    });
  }

  get url(): string {
    return this.address;
  }

  listen(port: number, host: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        const { port: bound } = this.server.address() as AddressInfo;
        this.address = `http://${host}:${bound}`;
        resolve();
      });
    });
  }

  seed(items: SeedItem[], account = YOUR_ACCOUNT): void {
    this.model.items(account).seed(items);
  }

  clearItems(account = YOUR_ACCOUNT): void {
    this.model.items(account).clear();
  }

  removeItem(id: string, account = YOUR_ACCOUNT): void {
    this.model.items(account).remove(id);
  }

  seedConversations(conversations: SeedConversation[], account = YOUR_ACCOUNT): void {
    this.model.conversations(account).seed(conversations);
  }

  removeConversation(id: string, account = YOUR_ACCOUNT): void {
    this.model.conversations(account).remove(id);
  }

  items(account = YOUR_ACCOUNT): ApiItem[] {
    return this.model.items(account).all();
  }

  requests(): RecordedRequest[] {
    return this.recorded.map((request) => ({
      ...request,
      query: { ...request.query },
      headers: { ...request.headers },
    }));
  }

  clearRequests(): void {
    this.recorded.length = 0;
  }

  setKey(spec: KeySpec): void {
    this.model.keys.set(spec);
  }

  revokeKey(key: string): void {
    this.model.keys.revoke(key);
  }

  failNext(spec: FailureSpec): void {
    this.switches.failNext(spec);
  }

  setDelay(ms: number): void {
    this.switches.delayMs = ms;
  }

  holdAnswers(): void {
    this.answersHeld = true;
  }

  releaseAnswers(): void {
    this.answersHeld = false;
    for (const release of this.heldAnswers.splice(0)) release();
  }

  dropConnections(times: number, spec?: DropSpec): void {
    this.switches.dropConnections(times, spec);
  }

  setDown(down: boolean): void {
    this.switches.down = down;
  }

  answerLate(spec: LateSpec): void {
    this.switches.answerLate(spec);
  }

  proxyError(spec: ProxyErrorSpec): void {
    this.switches.proxyError(spec);
  }

  onRequest(hook: ((request: RecordedRequest) => void) | null): void {
    this.arrivalHook = hook;
  }

  onAnswer(hook: ((request: RecordedRequest) => void) | null): void {
    this.answerHook = hook;
  }

  holding(): number {
    return this.held;
  }

  setClearsDueDateOnNull(clears: boolean): void {
    this.model.clearsDueDateOnNull = clears;
  }

  setKeyEndpoint(available: boolean): void {
    this.keyEndpoint = available;
  }

  setRateLimit(setting: RateLimitSetting): void {
    this.model.rateLimit.set(setting);
  }

  violations(): Violation[] {
    return this.breaches.map((violation) => ({ ...violation }));
  }

  takeViolations(): Violation[] {
    return this.breaches.splice(0, this.breaches.length);
  }

  assertNoViolations(): void {
    if (this.breaches.length === 0) return;
    const lines = this.breaches.map((v) => `- ${v.direction} ${v.method} ${v.path}: ${v.message}`);
    throw new Error(`The fake Omi server saw ${this.breaches.length} contract violation(s):\n${lines.join('\n')}`);
  }

  async close(): Promise<void> {
    this.releaseAnswers();
    for (const wait of this.waits) {
      clearTimeout(wait.timer);
      wait.resume();
    }
    this.waits.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse, serial: number): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://fake.omi');
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: flatHeaders(request),
      body: undefined,
      status: 0,
      at: this.now(),
      serial,
    };
    this.recorded.push(record);
    const raw = await readBody(request);
    record.body = parseBody(raw);
    this.arrivalHook?.(record);

    if (this.switches.down) return drop(response);
    const dropping = this.switches.takeDrop(method, url.pathname);
    if (dropping === 'before') return drop(response);
    const proxied = this.switches.takeProxyError(method, url.pathname);
    if (proxied !== null) {
      if (proxied.afterActing === true) this.answer(method, url, raw, record, serial);
      const page = proxyPage(proxied.status);
      record.byProxy = true;
      if (this.switches.delayMs > 0) await this.wait(this.switches.delayMs);
      if (response.destroyed) return;
      record.status = page.status;
      response.writeHead(page.status, page.headers);
      response.end(page.rawBody);
      return;
    }

    const late = this.switches.takeLate(method, url.pathname);
    if (late?.withoutActing) return this.holdUntilClientGivesUp(response, late.ms);
    if (late?.actAfterMs !== undefined) {
      await this.wait(late.actAfterMs);
      this.answer(method, url, raw, record, serial);
      return drop(response);
    }
    const answer = this.answer(method, url, raw, record, serial);
    if (dropping === 'after') return drop(response);
    if (late?.ms === 'never') return this.holdUntilClientGivesUp(response, 'never');
    if (this.answersHeld) await new Promise<void>((release) => this.heldAnswers.push(release));
    const delay = Math.max(typeof late?.ms === 'number' ? late.ms : 0, this.switches.delayMs);
    if (delay > 0) await this.wait(delay);
    if (response.destroyed) return;
    record.status = answer.status;
    const retryAfter = answer.headers?.['Retry-After'];
    if (retryAfter !== undefined) record.retryAfterSeconds = Number(retryAfter);
    const body = answer.rawBody ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
    this.answerHook?.(record);
    response.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
    response.end(body);
  }

  /**
   * No answer: the connection stays open until the client closes it, the fake closes, or (a number)
   * that many milliseconds pass, when it is dropped.
   */
  private holdUntilClientGivesUp(response: ServerResponse, ms: number | 'never'): Promise<void> {
    this.held += 1;
    return new Promise((resolve) => {
      const finish = () => {
        if (!this.waits.has(entry)) return;
        this.waits.delete(entry);
        clearTimeout(entry.timer);
        this.held -= 1;
        resolve();
      };
      const entry = {
        timer: setTimeout(
          () => (ms === 'never' ? undefined : (drop(response), finish())),
          ms === 'never' ? 2 ** 31 - 1 : ms,
        ),
        resume: () => finish(),
      };
      this.waits.add(entry);
      response.once('close', finish);
    });
  }

  /** Carries the request out (or refuses it) now, noting when and, for a create, the item it made. */
  private answer(
    method: string,
    url: URL,
    raw: string,
    record: RecordedRequest,
    serial: number,
  ): Answer & { rawBody?: string } {
    const answer = this.carryOut(method, url, raw, record, serial);
    record.actedAt = this.now();
    const made = answer.status === 200 && method === 'POST' ? (answer.body as { id?: unknown } | undefined)?.id : null;
    if (typeof made === 'string') record.madeId = made;
    return answer;
  }

  private carryOut(
    method: string,
    url: URL,
    raw: string,
    record: RecordedRequest,
    serial: number,
  ): Answer & { rawBody?: string } {
    const violate = (direction: Violation['direction'], message: string) =>
      this.breaches.push({ request: serial, direction, method, path: url.pathname, message });

    if (url.pathname === KEY_PATH && method === 'GET') return this.keyInfo(record, violate);

    const match = this.contract.match(method, url.pathname);
    if (match.kind === 'unknown_path') {
      violate('request', 'the document has no such path');
      return { status: 404, body: { detail: 'Not Found' } };
    }
    if (match.kind === 'wrong_method') {
      violate('request', `the document allows only ${match.allowed.join(', ')} here`);
      return { status: 405, body: { detail: 'Method Not Allowed' } };
    }
    const { operation } = match;
    if (!isSupported(operation)) {
      violate('request', `the fake does not implement ${operation.operationId}`);
      return { status: 404, body: { detail: 'Not Found' } };
    }

    const problems = this.checkRequest(operation, url, raw, record, (message) => violate('request', message));
    const injected = this.switches.takeFailure(method, url.pathname);
    let answer: Answer & { rawBody?: string };
    if (injected) answer = injectedAnswer(injected);
    else {
      const key = this.model.keys.authorise(record.headers.authorization);
      if (!key) answer = unauthorized();
      else if (problems.length > 0) answer = validationFailed(problems);
      else
        answer = route({
          operation,
          query: this.queryValues(operation, url),
          body: record.body,
          key,
          model: this.model,
        });
    }
    if (injected?.breaksContract) return answer;
    const wrong = this.contract.checkResponse(operation, answer.status, answer.body);
    if (wrong === null) return answer;
    violate('response', wrong);
    return { status: 500, body: { detail: `The fake Omi server broke the contract: ${wrong}` } };
  }

  /** Violations of the request recorded; the problems a 422 would list returned. */
  private checkRequest(
    operation: Operation,
    url: URL,
    raw: string,
    record: RecordedRequest,
    violate: (message: string) => void,
  ): Problem[] {
    const query = this.contract.checkQuery(operation, url.searchParams);
    const problems: Problem[] = [...query.problems];
    for (const message of query.drift) {
      violate(message);
      problems.push({ loc: ['query'], msg: `Extra inputs are not permitted: ${message}`, type: 'extra_forbidden' });
    }
    if (!this.contract.takesBody(operation)) {
      if (raw !== '') {
        violate('a body was sent to an operation that takes none');
        problems.push({ loc: ['body'], msg: 'This operation takes no body', type: 'extra_forbidden' });
      }
    } else if (!/^application\/json\b/i.test(record.headers['content-type'] ?? '')) {
      violate(`Content-Type is "${record.headers['content-type'] ?? ''}", not application/json`);
      problems.push({
        loc: ['body'],
        msg: 'Input should be JSON (Content-Type: application/json)',
        type: 'model_attributes_type',
      });
    } else if (raw === '' || typeof record.body === 'string') {
      violate('the body is not JSON');
      problems.push({ loc: ['body'], msg: 'JSON decode error', type: 'json_invalid' });
    } else {
      const body = this.contract.checkBody(operation, record.body);
      for (const problem of body.problems)
        violate(`body ${problem.loc.slice(1).join('.') || '(whole)'}: ${problem.msg}`);
      for (const message of body.drift) violate(message);
      problems.push(
        ...body.problems,
        ...body.drift.map((message) => ({
          loc: ['body'],
          msg: `Extra inputs are not permitted: ${message}`,
          type: 'extra_forbidden',
        })),
      );
    }
    for (const problem of query.problems) violate(`query ${problem.loc.slice(1).join('.')}: ${problem.msg}`);
    return problems;
  }

  private queryValues(operation: Operation, url: URL): Record<string, unknown> {
    return this.contract.checkQuery(operation, url.searchParams).values;
  }

  private keyInfo(
    record: RecordedRequest,
    violate: (direction: Violation['direction'], message: string) => void,
  ): Answer & { rawBody?: string } {
    if (record.body !== undefined) violate('request', 'a body was sent to GET /v1/dev/key');
    const injected = this.switches.takeFailure('GET', KEY_PATH);
    const answer = injected ? injectedAnswer(injected) : this.describeKey(record);
    if (injected?.breaksContract) return answer;
    const wrong =
      answer.status === 200
        ? this.contract.checkLocal(keyInfoSchema, answer.body)
        : this.contract.checkErrorBody(answer.status, answer.body);
    if (wrong === null) return answer;
    violate('response', `GET /v1/dev/key: ${wrong}`);
    return { status: 500, body: { detail: `The fake Omi server broke the contract: ${wrong}` } };
  }

  private describeKey(record: RecordedRequest): Answer {
    if (!this.keyEndpoint) return { status: 404, body: { detail: 'Not Found' } };
    const key = this.model.keys.authorise(record.headers.authorization);
    return key ? { status: 200, body: this.model.keys.describe(key) } : unauthorized();
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.waits.delete(entry);
          resolve();
        }, ms),
        resume: resolve,
      };
      this.waits.add(entry);
    });
  }
}

function injectedAnswer(spec: FailureSpec): Answer & { rawBody?: string } {
  const fallback = defaultFailure(spec.status);
  return {
    status: spec.status,
    body: spec.body !== undefined ? spec.body : fallback.body,
    headers: { ...fallback.headers, ...spec.headers },
    ...(spec.rawBody !== undefined ? { rawBody: spec.rawBody } : {}),
  };
}

function drop(response: ServerResponse): void {
  response.socket?.destroy();
  response.destroy();
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseBody(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
