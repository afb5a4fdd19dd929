/**
 * Action items as the API speaks them (DeveloperActionItem), and how a partial seed is completed.
 */

export interface ApiItem {
  id: string;
  description: string;
  completed: boolean;
  due_at: string | null;
  created_at: string | null;
  updated_at: string | null;
  completed_at: string | null;
  conversation_id: string | null;
}

/** What a test seeds: any subset of an item; `locked` items behave like the paid-plan lock (402). */
export type SeedItem = Partial<ApiItem> & { locked?: boolean; legacy?: boolean };

/** An item the fake holds. */
export interface StoredItem extends ApiItem {
  locked: boolean;
  /** An old document without a `completed` field: Omi lists it (as open) only without a `completed` filter. */
  legacy?: boolean;
}

/** Times the way the server writes them: UTC with Z and microseconds. */
export function serverTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** A seed with sensible defaults: created a day before now, open, undated. */
export function completeSeed(seed: SeedItem, index: number, nowMs: number): StoredItem {
  const created = seed.created_at !== undefined ? seed.created_at : serverTime(nowMs - 86_400_000 + index * 1000);
  const completed = seed.completed ?? (seed.completed_at !== undefined && seed.completed_at !== null);
  return {
    id: seed.id ?? `seed-${index + 1}`,
    description: seed.description ?? `Action item ${index + 1}`,
    completed,
    due_at: seed.due_at ?? null,
    created_at: created,
    updated_at: seed.updated_at !== undefined ? seed.updated_at : created,
    completed_at: seed.completed_at !== undefined ? seed.completed_at : completed ? created : null,
    conversation_id: seed.conversation_id ?? null,
    locked: seed.locked ?? false,
    ...(seed.legacy === true ? { legacy: true } : {}),
  };
}

export function publicItem(item: StoredItem): ApiItem {
  const { locked: _locked, legacy: _legacy, ...rest } = item;
  return { ...rest };
}
