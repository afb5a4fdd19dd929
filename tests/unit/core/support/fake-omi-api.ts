/**
 * An in-memory Omi for unit tests: one shared item list and set of keys (the "server"), and
 * ActionItemsApi clients built on it the way OmiClient is built (options with getKey). Switches
 * make it offline, failing, rate limited, slow (held) or losing its answers after acting.
 */
import type { ActionItem, ItemChanges } from '../../../../electron/shared/action-item';
import type { AppError, Result } from '../../../../electron/shared/app-error';
import { fail, ok } from '../../../../electron/shared/app-error';
import type { ActionItemsApi, KeyInfo, NewActionItem, OmiClientOptions } from '../../../../electron/core/api/action-items-api';
import type { Clock } from '../../../../electron/core/ports';

export type FakeMode = 'up' | 'offline' | 'server' | 'rate_limited' | 'lose_answers';

export interface RecordedRequest {
  method: 'list' | 'update' | 'create' | 'remove' | 'keyInfo';
  id?: string;
  body?: ItemChanges | NewActionItem;
  key: string | null;
  /** The server acted on it (whether or not its answer arrived). */
  arrived?: boolean;
}

interface FakeKey {
  scopes: string[];
  /** false: GET /v1/dev/key answers 404 (scopes unknown). */
  describesItself: boolean;
}

export const WRITE_SCOPES = ['action_items:read', 'action_items:write'];

export class FakeOmi {
  readonly items = new Map<string, ActionItem>();
  readonly requests: RecordedRequest[] = [];
  readonly keys = new Map<string, FakeKey>();
  mode: FakeMode = 'up';
  retryAfterSeconds = 30;
  /** Errors to answer for particular item ids. */
  readonly refuse = new Map<string, AppError>();
  /** Like some deployed servers: `due_at: null` is ignored; a null-only body is a 422. */
  ignoresNullDueAt = false;
  private holding = false;
  private held: (() => void)[] = [];
  private nextId = 1;

  constructor(private readonly clock: Clock) {}

  addKey(key: string, scopes: string[] = WRITE_SCOPES, describesItself = true): void {
    this.keys.set(key, { scopes, describesItself });
  }

  seed(items: Partial<ActionItem>[]): void {
    for (const partial of items) {
      const id = partial.id ?? `seed-${this.nextId++}`;
      const at = new Date(this.clock.now() - 86_400_000).toISOString();
      this.items.set(id, {
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
    const call = async <T>(method: RecordedRequest['method'], extra: Omit<RecordedRequest, 'method' | 'key'>, work: (key: FakeKey) => Result<T>): Promise<Result<T>> => {
      const key = await options.getKey();
      const request: RecordedRequest = { method, key, ...extra };
      this.requests.push(request);
      if (this.holding) await new Promise<void>((resume) => this.held.push(resume));
      if (this.mode === 'offline') return fail({ kind: 'offline', message: 'Omi cannot be reached.' });
      if (this.mode === 'server') return fail({ kind: 'server', message: 'Omi had a problem (503).' });
      if (this.mode === 'rate_limited') {
        return fail({ kind: 'rate_limited', message: 'Too many requests.', retryAfterSeconds: this.retryAfterSeconds });
      }
      const known = key === null ? undefined : this.keys.get(key);
      if (!known) return fail({ kind: 'unauthorized', message: 'Omi refused the key (401).' });
      const result = work(known);
      request.arrived = result.ok;
      if (this.mode === 'lose_answers') return fail({ kind: 'offline', message: 'The connection dropped.' });
      return result;
    };
    const canWrite = (key: FakeKey): Result<null> =>
      key.scopes.includes('action_items:write')
        ? ok(null)
        : fail({ kind: 'forbidden', message: 'Insufficient permissions. Required scope: action_items:write' });

    return {
      listAll: () => call('list', {}, () => ok([...this.items.values()].map((item) => ({ ...item })))),
      keyInfo: () =>
        call<KeyInfo | null>('keyInfo', {}, (key) =>
          ok(key.describesItself ? { id: 'key-1', name: 'Test key', keyPrefix: 'omi_dev_', scopes: key.scopes } : null),
        ),
      update: (id, changes) =>
        call('update', { id, body: { ...changes } }, (key) => {
          const allowed = canWrite(key);
          if (!allowed.ok) return allowed;
          const refusal = this.refuse.get(id);
          if (refusal) return fail(refusal);
          const item = this.items.get(id);
          if (!item) return fail({ kind: 'not_found', message: 'Omi does not know this item (404).' });
          const onlyNull = changes.dueAt === null && changes.description === undefined && changes.completed === undefined;
          if (this.ignoresNullDueAt && onlyNull) {
            return fail({ kind: 'cannot_clear_due_date', message: 'This server cannot clear due dates.', detail: 'At least one field must be provided' });
          }
          const now = new Date(this.clock.now()).toISOString();
          const next: ActionItem = { ...item, updatedAt: now };
          if (changes.description !== undefined) next.description = changes.description;
          if (changes.completed !== undefined) {
            next.completed = changes.completed;
            next.completedAt = changes.completed ? now : null;
          }
          if (changes.dueAt !== undefined && !(changes.dueAt === null && this.ignoresNullDueAt)) {
            next.dueAt = changes.dueAt === null ? null : new Date(changes.dueAt).toISOString();
          }
          this.items.set(id, next);
          return ok({ ...next });
        }),
      create: (body) =>
        call('create', { body: { ...body } }, (key) => {
          const allowed = canWrite(key);
          if (!allowed.ok) return allowed;
          const now = new Date(this.clock.now()).toISOString();
          const item: ActionItem = {
            id: `srv-${this.nextId++}`,
            description: body.description,
            completed: body.completed ?? false,
            dueAt: body.dueAt ? new Date(body.dueAt).toISOString() : null,
            createdAt: now,
            updatedAt: now,
            completedAt: body.completed ? now : null,
            conversationId: null,
          };
          this.items.set(item.id, item);
          return ok({ ...item });
        }),
      remove: (id) =>
        call('remove', { id }, (key) => {
          const allowed = canWrite(key);
          if (!allowed.ok) return allowed;
          if (!this.items.delete(id)) return fail({ kind: 'not_found', message: 'Omi does not know this item (404).' });
          return ok(null);
        }),
    };
  }
}
