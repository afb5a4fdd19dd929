/**
 * How Omi cuts one page of `GET /v1/dev/user/action-items`, as its server code does
 * (BasedHardware/omi `backend/database/action_items.py`, `get_action_items` and `_list_scan_budget`;
 * the rules and why they matter are in docs/omi-server-rules.md). The one model of Omi both fakes
 * share pages through it (item-list.ts).
 *
 * - Without a date filter the documents stream in document-id order; with `start_date`/`end_date`
 *   (inclusive, on `created_at`) newest `created_at` first, and documents without `created_at` never match.
 * - A filtered bucket streams only `min(2000, offset + limit + 32)` documents, sorts that prefix into
 *   the product order and slices `[offset, offset + limit)`.
 * - Without a `completed` filter: the open bucket first; legacy documents (no `completed` field)
 *   are harvested as open from an unfiltered prefix only while the open bucket is short; completed
 *   items fill the rest. A `completed` filter never matches a legacy document.
 * - Locked items are dropped after the page is cut.
 */

/** The server reads at most this many documents for one list. */
const HARD_MAX = 2000;
/** Documents streamed beyond the page, for soft-deleted rows. */
const DELETED_SLACK = 32;
/** The deployed server clamps `limit` to 1..1000 (the facts file; the code read clamps at 2000). */
const MAX_LIMIT = 1000;

/** What paging needs to know of a stored document. */
export interface PagedFields {
  /** The document id: the order documents stream in without a date filter. */
  id: string;
  completed: boolean;
  /** No `completed` field in the document (an old one): listed, as open, only without a filter. */
  legacy: boolean;
  dueAt: string | null;
  createdAt: string | null;
  locked: boolean;
}

export interface PageQuery {
  completed?: boolean | null;
  startDate?: string | null;
  endDate?: string | null;
  limit?: number;
  offset?: number;
}

function scanBudget(rows: number): number {
  return rows <= 0 ? 0 : Math.min(HARD_MAX, rows + DELETED_SLACK);
}

/** One page, as the server answers it. `docs` is every stored document of the account, in any order. */
export function pageOf<T>(docs: readonly T[], fieldsOf: (doc: T) => PagedFields, query: PageQuery): T[] {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.trunc(query.limit ?? 100)));
  const offset = Math.max(0, Math.trunc(query.offset ?? 0));
  const need = Math.min(offset + limit, HARD_MAX);
  const base = streamOrder(
    docs.map((doc) => ({ doc, fields: fieldsOf(doc) })),
    query,
  );
  const bucket = (completed: boolean, rows: number): Row<T>[] => {
    const matching = base.filter((row) => !row.fields.legacy && row.fields.completed === completed);
    return productSort(matching.slice(0, scanBudget(rows))).slice(0, rows);
  };
  let rows: Row<T>[];
  if (typeof query.completed === 'boolean') rows = bucket(query.completed, need);
  else {
    let active = bucket(false, need);
    if (active.length < need) {
      const seen = new Set(active.map((row) => row.fields.id));
      const legacy = base
        .slice(0, Math.min(HARD_MAX, Math.max(need * 8, 128)))
        .filter((row) => row.fields.legacy && !seen.has(row.fields.id));
      active = productSort([...active, ...legacy]).slice(0, need);
    }
    rows = active.length >= need ? active : [...active, ...bucket(true, need - active.length)];
  }
  return rows
    .slice(offset, offset + limit)
    .filter((row) => !row.fields.locked)
    .map((row) => row.doc);
}

interface Row<T> {
  doc: T;
  fields: PagedFields;
}

function streamOrder<T>(rows: Row<T>[], query: PageQuery): Row<T>[] {
  const start = typeof query.startDate === 'string' ? instant(query.startDate) : null;
  const end = typeof query.endDate === 'string' ? instant(query.endDate) : null;
  if (start === null && end === null) return rows.sort((a, b) => byId(a.fields.id, b.fields.id));
  return rows
    .filter((row) => {
      // A range filter never matches a document without created_at.
      if (row.fields.createdAt === null) return false;
      const created = instant(row.fields.createdAt);
      return (start === null || created >= start) && (end === null || created <= end);
    })
    .sort((a, b) => createdKey(b.fields) - createdKey(a.fields) || byId(b.fields.id, a.fields.id));
}

/** Open before completed; dated by due_at ascending, then undated; ties newest created_at first. */
function productSort<T>(rows: Row<T>[]): Row<T>[] {
  return [...rows].sort((a, b) => {
    const x = a.fields;
    const y = b.fields;
    if (x.completed !== y.completed) return x.completed ? 1 : -1;
    if ((x.dueAt === null) !== (y.dueAt === null)) return x.dueAt === null ? 1 : -1;
    if (x.dueAt !== null && y.dueAt !== null && instant(x.dueAt) !== instant(y.dueAt))
      return instant(x.dueAt) - instant(y.dueAt);
    const [newer, older] = [createdKey(y), createdKey(x)];
    return newer === older ? 0 : newer > older ? 1 : -1;
  });
}

/** Missing created_at sorts as the oldest possible. */
function createdKey(fields: PagedFields): number {
  return fields.createdAt === null ? Number.NEGATIVE_INFINITY : instant(fields.createdAt);
}

/** Microseconds count: two times in the same millisecond still differ. */
function instant(iso: string): number {
  const micro = /\.\d{3}(\d{3})/.exec(iso)?.[1];
  return Date.parse(iso) + (micro === undefined ? 0 : Number(micro) / 1000);
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A document id like Firestore's: 20 letters and digits whose order says nothing of when it was made. */
export function documentId(seed: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let hash = 2166136261;
  let id = '';
  for (let round = 0; id.length < 20; round += 1) {
    for (const char of `${seed}#${round}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    id += alphabet[hash % alphabet.length];
  }
  return id;
}
