/**
 * The server's hourly limits, per key and per bucket, as Omi counts them (backend/utils/
 * rate_limit_config.py and the Redis counter behind it): action-item reads (`dev:action_items_read`,
 * 120) and writes (`dev:action_items_write`, 120) apart, and a conversation read counted in both
 * `dev:conversation_reads_total` and `dev:conversation_detail_read` (60 each), never in the
 * action-item reads. Each bucket is a fixed window: the key's first request in it opens an hour,
 * every request (a refused one too) adds one, and the count starts again when the hour is over.
 * Over the limit, a request is answered 429 with Retry-After (the seconds left in the window,
 * rounded as Redis rounds a TTL: up to 3,600, and 0 in its last half second), X-RateLimit-Limit and
 * X-RateLimit-Remaining: 0; answers inside the limit carry no X-RateLimit headers. The fake's own
 * clock drives it, so a soak can run hours in seconds.
 */
import { rateLimited, type Answer } from './error-bodies';

export const DEFAULT_READS_PER_HOUR = 120;
const DEFAULT_WRITES_PER_HOUR = 120;
const DEFAULT_CONVERSATION_READS_PER_HOUR = 60;
const HOUR_S = 3_600;

export interface RateLimitSpec {
  /** Action-item reads (list calls) per key per window; default 120. */
  reads?: number;
  /** Action-item writes (create, batch, update, delete) per key per window; default 120. */
  writes?: number;
  /** Conversation reads per key per window (each of the two buckets they count in); default 60. */
  conversationReads?: number;
  /** The window's length; default one hour. */
  windowSeconds?: number;
  /** Retry-After on a 429: default the seconds left in the window. */
  retryAfterSeconds?: number;
  /** false: a 429 comes without Retry-After (some proxies and older deployments). Default true. */
  sendsRetryAfter?: boolean;
}

/** 'off' (kinder than the server): every request is inside the limit. */
export type RateLimitSetting = RateLimitSpec | 'off';

/** What a request is, for the limits it counts against. */
export type RequestKind = 'read' | 'write' | 'conversation';

/** Omi's buckets each kind of request counts in, in the order the server checks them. */
const BUCKETS: Record<RequestKind, readonly Bucket[]> = {
  read: ['dev:action_items_read'],
  write: ['dev:action_items_write'],
  conversation: ['dev:conversation_reads_total', 'dev:conversation_detail_read'],
};
type Bucket =
  'dev:action_items_read' | 'dev:action_items_write' | 'dev:conversation_reads_total' | 'dev:conversation_detail_read';

/** One key's count in one bucket, and when its window ends (epoch ms). */
interface Window {
  count: number;
  endsAt: number;
}

/** A request over one of its bucket's limits: the limit, and the seconds left in the window (Retry-After). */
interface OverLimit {
  limit: number;
  retryAfterSeconds: number;
}

/**
 * Omi's counting, apart from how an answer is sent: per key and bucket, a fixed window opened by the
 * key's first request in it, every request counted.
 */
class HourlyCounts {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number) {}

  /** Counts the request in each of its buckets under these limits; the first bucket over its limit, else null. */
  spend(keyId: string, kind: RequestKind, spec: RateLimitSpec): OverLimit | null {
    for (const bucket of BUCKETS[kind]) {
      const window = this.count(`${keyId} ${bucket}`, spec);
      const limit = limitOf(bucket, spec);
      if (window.count <= limit) continue;
      return { limit, retryAfterSeconds: spec.retryAfterSeconds ?? secondsLeft(window.endsAt - this.now()) };
    }
    return null;
  }

  /** Forgets every count. */
  clear(): void {
    this.windows.clear();
  }

  /** Adds one to the key's count in the bucket, opening a new window when there is none or it is over. */
  private count(counter: string, spec: RateLimitSpec): Window {
    const now = this.now();
    const current = this.windows.get(counter);
    const window =
      current && current.endsAt > now ? current : { count: 0, endsAt: now + (spec.windowSeconds ?? HOUR_S) * 1000 };
    window.count += 1;
    this.windows.set(counter, window);
    return window;
  }
}

/** The limits of the one model of Omi (omi-account-model.ts): Omi's counting, a 429 with its headers when a request is over. */
export class RateLimit {
  private spec: RateLimitSpec | null;
  private readonly counts: HourlyCounts;

  constructor(now: () => number, setting: RateLimitSetting = {}) {
    this.counts = new HourlyCounts(now);
    this.spec = setting === 'off' ? null : setting;
  }

  /** A new limit from now on, with nothing counted yet. */
  set(setting: RateLimitSetting): void {
    this.spec = setting === 'off' ? null : setting;
    this.counts.clear();
  }

  /** Other limits from now on, the counts so far kept (a test that lowers a limit mid-hour). */
  change(spec: RateLimitSpec): void {
    this.spec = { ...this.spec, ...spec };
  }

  /** Counts the request in each of its buckets; a 429 when one of them is over its limit, else null. */
  check(keyId: string, kind: RequestKind): Answer | null {
    const spec = this.spec;
    if (spec === null) return null;
    const over = this.counts.spend(keyId, kind, spec);
    if (over === null) return null;
    const answer = rateLimited(over.retryAfterSeconds, over.limit);
    if (spec.sendsRetryAfter === false) delete answer.headers?.['Retry-After'];
    return answer;
  }
}

function limitOf(bucket: Bucket, spec: RateLimitSpec): number {
  switch (bucket) {
    case 'dev:action_items_read':
      return spec.reads ?? DEFAULT_READS_PER_HOUR;
    case 'dev:action_items_write':
      return spec.writes ?? DEFAULT_WRITES_PER_HOUR;
    default:
      return spec.conversationReads ?? DEFAULT_CONVERSATION_READS_PER_HOUR;
  }
}

/** Redis's TTL in seconds: the milliseconds left, rounded half up, never below 0. */
function secondsLeft(ms: number): number {
  return Math.max(0, Math.floor((ms + 500) / 1000));
}
