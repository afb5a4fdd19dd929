/**
 * The server's hourly limits, per key: about 120 reads and 120 writes in any hour, counted in a
 * window that refills as requests age out of it (the fake's own clock, so a soak can run hours in
 * seconds). Over budget, a request is answered 429 with Retry-After (seconds until the oldest counted
 * request leaves the window), X-RateLimit-Limit and X-RateLimit-Remaining: 0; answers inside the
 * budget carry X-RateLimit-Limit and X-RateLimit-Remaining too.
 */
import { rateLimited, type Answer } from './error-bodies';

export const DEFAULT_READS_PER_HOUR = 120;
export const DEFAULT_WRITES_PER_HOUR = 120;
const HOUR_MS = 3_600_000;

export interface RateLimitSpec {
  /** Reads (list calls) per key per window; default 120. */
  reads?: number;
  /** Writes (create, batch, update, delete) per key per window; default 120. */
  writes?: number;
  /** The window's length; default one hour. */
  windowSeconds?: number;
  /** Retry-After on a 429: default the seconds until the window has room again. */
  retryAfterSeconds?: number;
  /** false: a 429 comes without Retry-After (some proxies and older deployments). Default true. */
  sendsRetryAfter?: boolean;
}

/** 'off' (kinder than the server): every request is inside the budget and no X-RateLimit headers are sent. */
export type RateLimitSetting = RateLimitSpec | 'off';

export class RateLimit {
  private spec: RateLimitSpec | null;
  private readonly seen = new Map<string, number[]>();

  constructor(
    private readonly now: () => number,
    setting: RateLimitSetting = {},
  ) {
    this.spec = setting === 'off' ? null : setting;
  }

  /** A new budget from now on, with nothing counted yet. */
  set(setting: RateLimitSetting): void {
    this.spec = setting === 'off' ? null : setting;
    this.seen.clear();
  }

  /** A 429 when this request is over the key's budget; else null (and the request is counted). */
  check(keyId: string, kind: 'read' | 'write'): Answer | null {
    const spec = this.spec;
    if (spec === null) return null;
    const limit = this.limit(kind);
    const times = this.window(keyId, kind);
    if (times.length >= limit) {
      const windowMs = (spec.windowSeconds ?? HOUR_MS / 1000) * 1000;
      const untilRoom = Math.max(1, Math.ceil((times[0]! + windowMs - this.now()) / 1000));
      const answer = rateLimited(spec.retryAfterSeconds ?? untilRoom, limit);
      if (spec.sendsRetryAfter === false) delete answer.headers?.['Retry-After'];
      return answer;
    }
    times.push(this.now());
    return null;
  }

  /** X-RateLimit-* on answers inside the budget. */
  headers(keyId: string, kind: 'read' | 'write'): Record<string, string> {
    if (this.spec === null) return {};
    const limit = this.limit(kind);
    const used = this.window(keyId, kind).length;
    return { 'X-RateLimit-Limit': String(limit), 'X-RateLimit-Remaining': String(Math.max(0, limit - used)) };
  }

  private limit(kind: 'read' | 'write'): number {
    return kind === 'read' ? (this.spec?.reads ?? DEFAULT_READS_PER_HOUR) : (this.spec?.writes ?? DEFAULT_WRITES_PER_HOUR);
  }

  /** This key's counted requests still inside the window, oldest first. */
  private window(keyId: string, kind: 'read' | 'write'): number[] {
    const counter = `${keyId}:${kind}`;
    const windowMs = (this.spec?.windowSeconds ?? HOUR_MS / 1000) * 1000;
    const since = this.now() - windowMs;
    const times = (this.seen.get(counter) ?? []).filter((at) => at > since);
    this.seen.set(counter, times);
    return times;
  }
}
