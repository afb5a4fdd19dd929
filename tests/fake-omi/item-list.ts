/**
 * One account's action items and what the server does with them (the one model both fakes share,
 * omi-account-model.ts), per docs/omi-api-facts.md and
 * docs/omi-server-rules.md: paging of a document-id prefix (server-paging.ts), silent limit clamping,
 * locked items dropped after paging, completed_at stamping, updated_at bumps, whitespace-only
 * descriptions stored as "".
 */
import { completeSeed, publicItem, serverTime, type ApiItem, type SeedItem, type StoredItem } from './api-json';
import { NOTHING_TO_CHANGE, readPatch } from './item-patch';
import { documentId, pageOf, type PagedFields } from './server-paging';

export interface ListQuery {
  completed?: boolean | null;
  conversation_id?: string | null;
  start_date?: string | null;
  end_date?: string | null;
  limit?: number;
  offset?: number;
}

export interface UpdateFields {
  description?: string | null;
  completed?: boolean | null;
  due_at?: string | null;
}

export interface CreateFields {
  description: string;
  completed?: boolean;
  due_at?: string | null;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; status: number; detail: string };

export class ItemList {
  private readonly byId = new Map<string, StoredItem>();
  private created = 0;

  /** `idPrefix` keeps ids unique across accounts on one server. */
  constructor(
    private readonly now: () => number,
    private readonly idPrefix = '',
  ) {}

  seed(items: SeedItem[]): void {
    const start = this.byId.size;
    items.forEach((seed, index) => {
      const id = seed.id ?? `${this.idPrefix}seed-${start + index + 1}`;
      const item = completeSeed({ ...seed, id }, start + index, this.now());
      this.byId.set(item.id, item);
    });
  }

  clear(): void {
    this.byId.clear();
  }

  all(): ApiItem[] {
    return [...this.byId.values()].map(publicItem);
  }

  /** One stored item, its locked and legacy marks included, as a test reads it (no request). */
  stored(id: string): StoredItem | undefined {
    return this.byId.get(id);
  }

  /** Every stored item, in no particular order. */
  storedItems(): StoredItem[] {
    return [...this.byId.values()];
  }

  /** Stores an item as a test writes it (no request, no rules). */
  put(item: StoredItem): void {
    this.byId.set(item.id, item);
  }

  /** Forgets an item as a test deletes it (no request, no lock); false when there was none. */
  forget(id: string): boolean {
    return this.byId.delete(id);
  }

  list(query: ListQuery): ApiItem[] {
    const docs = [...this.byId.values()].filter(
      (item) => typeof query.conversation_id !== 'string' || item.conversation_id === query.conversation_id,
    );
    const pageQuery = {
      completed: query.completed ?? null,
      startDate: query.start_date ?? null,
      endDate: query.end_date ?? null,
      limit: query.limit ?? 100,
      offset: query.offset ?? 0,
    };
    return pageOf(docs, pagedFields, pageQuery).map(publicItem);
  }

  create(fields: CreateFields): ApiItem {
    const now = serverTime(this.now());
    this.created += 1;
    const completed = fields.completed ?? false;
    const item: StoredItem = {
      id: documentId(`${this.idPrefix}${this.now()}_${this.created}`),
      description: fields.description.trim(),
      completed,
      due_at: fields.due_at ? utc(fields.due_at) : null,
      created_at: now,
      updated_at: now,
      completed_at: completed ? now : null,
      conversation_id: null,
      locked: false,
    };
    this.byId.set(item.id, item);
    return publicItem(item);
  }

  /**
   * Nulls are ignored as deployed servers do (a body of only nulls is a 422), unless
   * `clearsDueDateOnNull` (item-patch.ts reads the body). `completed: true` stamps completed_at with
   * now on every call, resends included.
   */
  update(id: string, fields: UpdateFields, clearsDueDateOnNull: boolean): Outcome<ApiItem> {
    const item = this.byId.get(id);
    if (!item) return { ok: false, status: 404, detail: 'Action item not found' };
    if (item.locked)
      return { ok: false, status: 402, detail: 'This action item is locked. Upgrade your plan to edit it.' };
    const patch = readPatch(
      { description: fields.description, completed: fields.completed, dueAt: fields.due_at },
      clearsDueDateOnNull,
    );
    if (patch === null) return { ok: false, status: 422, detail: NOTHING_TO_CHANGE };
    const now = serverTime(this.now());
    const next: StoredItem = { ...item, updated_at: now };
    if (patch.description !== undefined) next.description = patch.description.trim();
    if (patch.completed !== undefined) {
      next.completed = patch.completed;
      next.completed_at = patch.completed ? now : null;
      delete next.legacy;
    }
    if (patch.dueAt !== undefined) next.due_at = patch.dueAt === null ? null : utc(patch.dueAt);
    this.byId.set(id, next);
    return { ok: true, value: publicItem(next) };
  }

  remove(id: string): Outcome<null> {
    const item = this.byId.get(id);
    if (!item) return { ok: false, status: 404, detail: 'Action item not found' };
    if (item.locked)
      return { ok: false, status: 402, detail: 'This action item is locked. Upgrade your plan to delete it.' };
    this.byId.delete(id);
    return { ok: true, value: null };
  }
}

function pagedFields(item: StoredItem): PagedFields {
  return {
    id: item.id,
    completed: item.completed,
    legacy: item.legacy === true,
    dueAt: item.due_at,
    createdAt: item.created_at,
    locked: item.locked,
  };
}

/** Due dates come back in UTC whatever offset they were sent with. */
function utc(iso: string): string {
  return new Date(Date.parse(iso)).toISOString().replace('.000Z', 'Z');
}
