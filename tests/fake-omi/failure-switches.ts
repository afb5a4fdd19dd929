/**
 * Trouble a test can ask for: refusals with any status, slow answers, dropped connections, a server
 * that is down. A "down" server drops every connection without answering, as an unreachable host
 * looks to a client (offline); for an outage that answers, use failNext({ status: 503, times: Infinity }).
 */

interface RequestFilter {
  /** Only requests with this method (GET, PATCH, …). */
  method?: string;
  /** Only this path: a string matches exactly, a RegExp anywhere. */
  path?: string | RegExp;
}

export interface FailureSpec extends RequestFilter {
  status: number;
  /** JSON body; default: the server's own body for that status. */
  body?: unknown;
  /** Sent verbatim instead of a JSON body (for unreadable answers). */
  rawBody?: string;
  headers?: Record<string, string>;
  /** How many matching requests get it; default 1. */
  times?: number;
  /** The answer deliberately breaks the document (to test the client's defences): not a violation. */
  breaksContract?: boolean;
}

export interface DropSpec extends RequestFilter {
  /** Act on the request first, then drop: the change happens but its answer is lost. */
  afterActing?: boolean;
}

export interface LateSpec extends RequestFilter {
  /** Carry the request out now, answer this many milliseconds later; 'never': hold the answer until the client gives up. */
  ms: number | 'never';
  /** How many matching requests; default 1. */
  times?: number;
  /** Hold the request without carrying it out (a server that hangs): nothing is saved. Default false. */
  withoutActing?: boolean;
  /**
   * Hold the request and carry it out only this many milliseconds after it came, never answering it:
   * a write saved after the client gave up on it (the client's retry may look before it is there).
   */
  actAfterMs?: number;
}

export interface ProxyErrorSpec extends RequestFilter {
  /** A proxy's HTML page with this status (403, 404, 502, …) instead of Omi's answer; nothing is carried out. */
  status: number;
  /**
   * Omi carries the request out first, then the gateway in front answers its page (a 502/504 after
   * Omi saved, as when Omi's slow notification call outlasts the gateway).
   */
  afterActing?: boolean;
  /** How many matching requests; default 1. */
  times?: number;
}

interface Counted<T> {
  spec: T;
  left: number;
}

export class FailureSwitches {
  private failures: Counted<FailureSpec>[] = [];
  private drops: Counted<DropSpec>[] = [];
  private lates: Counted<LateSpec>[] = [];
  private proxies: Counted<ProxyErrorSpec>[] = [];
  down = false;
  delayMs = 0;

  failNext(spec: FailureSpec): void {
    this.failures.push({ spec, left: spec.times ?? 1 });
  }

  dropConnections(times: number, spec: DropSpec = {}): void {
    this.drops.push({ spec, left: times });
  }

  answerLate(spec: LateSpec): void {
    this.lates.push({ spec, left: spec.times ?? 1 });
  }

  proxyError(spec: ProxyErrorSpec): void {
    this.proxies.push({ spec, left: spec.times ?? 1 });
  }

  /** How late this request's answer is, if it is (counted down). */
  takeLate(method: string, path: string): LateSpec | null {
    return take(this.lates, method, path);
  }

  /** The proxy page this request gets instead of Omi's answer, if any (counted down). */
  takeProxyError(method: string, path: string): ProxyErrorSpec | null {
    return take(this.proxies, method, path);
  }

  /** The failure this request gets, if any (counted down). */
  takeFailure(method: string, path: string): FailureSpec | null {
    return take(this.failures, method, path);
  }

  /** Whether to drop this request, and when. */
  takeDrop(method: string, path: string): 'before' | 'after' | null {
    const spec = take(this.drops, method, path);
    if (spec === null) return null;
    return spec.afterActing ? 'after' : 'before';
  }

  reset(): void {
    this.failures = [];
    this.drops = [];
    this.lates = [];
    this.proxies = [];
    this.down = false;
    this.delayMs = 0;
  }
}

function take<T extends RequestFilter>(queue: Counted<T>[], method: string, path: string): T | null {
  const entry = queue.find(({ spec, left }) => left > 0 && matches(spec, method, path));
  if (!entry) return null;
  entry.left -= 1;
  return entry.spec;
}

function matches(filter: RequestFilter, method: string, path: string): boolean {
  if (filter.method !== undefined && filter.method.toUpperCase() !== method.toUpperCase()) return false;
  if (filter.path === undefined) return true;
  return typeof filter.path === 'string' ? filter.path === path : filter.path.test(path);
}
