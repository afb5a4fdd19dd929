/**
 * Sends one request to the Omi API: the key as a Bearer header, JSON both ways, a time limit.
 * Answers with the parsed JSON of a 2xx, or an AppError; it never throws and never lets the key
 * into an error.
 */
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import type { Clock } from '../ports';
import { systemClock } from '../system-clock';
import type { OmiClientOptions } from './action-items-api';
import { errorFromAnswer, noKeyError, offlineError, unreadableAnswer, type RequestContext } from './http-errors';
import { connectionNeverMade } from './never-sent';

export const DEFAULT_TIMEOUT_MS = 15_000;

/** The time limit's timer; a test hands in a fake clock's. */
export type Timers = Pick<Clock, 'setTimeout' | 'clearTimeout'>;

export const systemTimers: Timers = systemClock;

export interface ApiRequest extends RequestContext {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path below the base URL, starting with `/`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

export class HttpTransport {
  private readonly timeoutMs: number;

  constructor(
    private readonly options: OmiClientOptions,
    private readonly timers: Timers,
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async send(request: ApiRequest): Promise<Result<unknown>> {
    let key: string | null;
    try {
      key = await this.options.getKey();
    } catch {
      return fail({
        kind: 'keychain_unavailable',
        message: 'Your Omi developer key could not be read from the system keychain.',
      });
    }
    if (!key) return fail(noKeyError());

    const controller = new AbortController();
    let timedOut = false;
    const timer = this.timers.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    try {
      const headers: Record<string, string> = { Authorization: `Bearer ${key}`, Accept: 'application/json' };
      if (request.body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await this.options.fetch(this.url(request), {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
        // A redirect is answered, not followed: the Bearer key must not travel to another address.
        redirect: 'manual',
      });
      // The body is read inside the time limit too: a server may stall half-way through it.
      const text = await response.text();
      const body = parseJson(text);
      if (!response.ok)
        return fail(
          errorFromAnswer(
            { status: response.status, body: body.ok ? body.value : undefined, headers: response.headers },
            request,
            key,
          ),
        );
      if (!body.ok) return fail(unreadableAnswer(`HTTP ${response.status} with a body that is not JSON`));
      return ok(body.value);
    } catch (error) {
      // fetch rejects only when no answer arrived (network, abort): Omi is out of reach.
      return fail(
        offlineError(timedOut ? 'timeout' : connectionNeverMade(error) ? 'no-connection' : 'network', this.timeoutMs),
      );
    } finally {
      this.timers.clearTimeout(timer);
    }
  }

  private url(request: ApiRequest): string {
    const base = this.options.baseUrl.replace(/\/+$/, '');
    const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
    return `${base}${request.path}${query}`;
  }
}

function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return fail(unreadableAnswer('not JSON'));
  }
}
