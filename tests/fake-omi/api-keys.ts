/**
 * The developer keys the fake accepts, their scopes, and GET /v1/dev/key's answer.
 * That endpoint is newer than the vendored document, so its answer is checked with the small schema
 * below instead.
 */
import { serverTime } from './api-json';

export const READ_SCOPE = 'action_items:read';
export const WRITE_SCOPE = 'action_items:write';

/** The account seeded items belong to, and the first key's account unless it names another. */
export const YOUR_ACCOUNT = 'you';

export interface KeySpec {
  key: string;
  /** Default: read only, like a new key in Omi. Ticking and editing need WRITE_SCOPE, granted by name. */
  scopes?: string[];
  name?: string;
  /**
   * Whose items the key reaches. Default: the first key registered is YOUR_ACCOUNT's (where seeded
   * items go); every later key is another person's, with its own empty list, unless it names
   * YOUR_ACCOUNT (a second key of the same person).
   */
  account?: string;
}

export interface KeyRecord {
  key: string;
  id: string;
  name: string;
  scopes: string[];
  account: string;
  created_at: string;
  last_used_at: string | null;
}

/** GET /v1/dev/key's answer, after the public server code (the document predates it). */
export const keyInfoSchema = {
  type: 'object',
  required: ['id', 'name', 'key_prefix', 'created_at', 'scopes'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    key_prefix: { type: 'string' },
    created_at: { type: 'string', format: 'date-time' },
    last_used_at: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] },
    scopes: { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] },
  },
  additionalProperties: false,
} as const;

export class KeyRing {
  private readonly keys = new Map<string, KeyRecord>();

  constructor(private readonly now: () => number) {}

  set(spec: KeySpec): void {
    const existing = this.keys.get(spec.key);
    this.keys.set(spec.key, {
      key: spec.key,
      id: existing?.id ?? `key_${this.keys.size + 1}`,
      name: spec.name ?? existing?.name ?? 'Omi Tray test key',
      scopes: [...(spec.scopes ?? [READ_SCOPE])],
      account: spec.account ?? existing?.account ?? (this.keys.size === 0 ? YOUR_ACCOUNT : `account-of-${spec.key}`),
      created_at: existing?.created_at ?? serverTime(this.now()),
      last_used_at: existing?.last_used_at ?? null,
    });
  }

  revoke(key: string): void {
    this.keys.delete(key);
  }

  /** The key behind an Authorization header, marked as used; null when missing or unknown. */
  authorise(header: string | undefined): KeyRecord | null {
    const match = /^Bearer (\S+)$/.exec(header ?? '');
    const record = match ? this.keys.get(match[1]!) : undefined;
    if (!record) return null;
    record.last_used_at = serverTime(this.now());
    return record;
  }

  describe(record: KeyRecord): object {
    return {
      id: record.id,
      name: record.name,
      // Never the whole key, however short a test's key is.
      key_prefix: record.key.slice(0, Math.min(12, Math.floor(record.key.length / 2))),
      created_at: record.created_at,
      last_used_at: record.last_used_at,
      scopes: record.scopes,
    };
  }
}
