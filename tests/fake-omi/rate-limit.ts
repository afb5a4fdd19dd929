/**
 * An optional per-key budget of reads and writes, like the server's hourly limits. Counted from the
 * moment it is set (a test's "hour"); over budget, requests get 429 with Retry-After and
 * X-RateLimit-* headers.
 */
import { rateLimited, type Answer } from './error-bodies';

export interface RateLimitSpec {
  reads?: number;
  writes?: number;
  retryAfterSeconds?: number;
}

export class RateLimit {
  private spec: RateLimitSpec | null = null;
  private used = new Map<string, number>();

  set(spec: RateLimitSpec | null): void {
    this.spec = spec;
    this.used = new Map();
  }

  /** A 429 when this request is over the key's budget; else null (and the request is counted). */
  check(keyId: string, kind: 'read' | 'write'): Answer | null {
    const limit = kind === 'read' ? this.spec?.reads : this.spec?.writes;
    if (limit === undefined) return null;
    const counter = `${keyId}:${kind}`;
    const used = this.used.get(counter) ?? 0;
    if (used >= limit) return rateLimited(this.spec?.retryAfterSeconds ?? 3600, limit);
    this.used.set(counter, used + 1);
    return null;
  }

  /** X-RateLimit-* on answers inside the budget. */
  headers(keyId: string, kind: 'read' | 'write'): Record<string, string> {
    const limit = kind === 'read' ? this.spec?.reads : this.spec?.writes;
    if (limit === undefined) return {};
    const used = this.used.get(`${keyId}:${kind}`) ?? 0;
    return { 'X-RateLimit-Limit': String(limit), 'X-RateLimit-Remaining': String(Math.max(0, limit - used)) };
  }
}
