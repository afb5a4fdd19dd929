/**
 * The list as the person last saw it, and how the list now differs from it. Pure functions: the
 * service (since-last-looked.ts) decides when a look happens and keeps the baseline on disk.
 *
 * The app's own changes never count. Each change waiting in the outbox (a tick, a new due date, new
 * words, a new item, a delete) is laid over the baseline before comparing (`withOwnChanges`), and the
 * service keeps the result, so a change still counts as the app's once Omi confirmed it and the
 * outbox let it go. A new item made here keeps its temporary id until Omi gives it one; the outbox's
 * alias then moves it in the baseline too. A change Omi refused leaves the baseline with the app's
 * value, so the item's real value then shows as changed elsewhere: rare, and true from where the
 * person sits.
 */
import type { ActionItem, ItemChanges } from '../../shared/action-item';
import { sameFields, sameList } from '../../shared/same-values';
import type { LookChange } from '../../shared/since-last-looked';

/**
 * A change as core works it out: with the item's words and due date, which the possible copies are
 * matched on and a removed item is restored from (toLookChange keeps what the page needs).
 */
export type SeenChange =
  | { kind: 'new' | 'done' | 'removed'; id: string; description: string; dueAt: string | null }
  | { kind: 'redated'; id: string; description: string; dueAt: string | null; dueBefore: string | null }
  | { kind: 'copy'; id: string; description: string; dueAt: string | null; copyOf: string };

interface SeenItem {
  description: string;
  completed: boolean;
  dueAt: string | null;
}

export interface LookBaseline {
  /** The tag of the key (and server) the list was read with: another key's list is never compared. */
  owner: string;
  /** Item id → what the person saw. */
  items: Record<string, SeenItem>;
  /** Items the app deleted since: their absence is no news. */
  deletedHere: string[];
}

/** One change the app made, as the outbox holds it. */
export interface OwnChange {
  key: string;
  changes: ItemChanges;
  create: boolean;
  delete: boolean;
}

/** Two baselines that hold the same: the same key, the same items as seen, the same deletes of the app's. */
export function sameBaseline(a: LookBaseline, b: LookBaseline): boolean {
  return (
    a.owner === b.owner &&
    sameList(a.deletedHere, b.deletedHere, (x, y) => x === y) &&
    sameFields<SeenItem>(a.items, b.items, sameFields)
  );
}

export function baselineOf(owner: string, items: readonly ActionItem[]): LookBaseline {
  return { owner, items: Object.fromEntries(items.map((item) => [item.id, seen(item)])), deletedHere: [] };
}

/**
 * The baseline with the app's own changes laid over it; `resolve` names a new item by the id Omi
 * gave it once it did. Returns the same object when nothing changed.
 */
export function withOwnChanges(
  baseline: LookBaseline,
  own: readonly OwnChange[],
  resolve: (id: string) => string,
): LookBaseline {
  let items: Record<string, SeenItem> | null = null;
  let deleted: Set<string> | null = null;
  const edit = () => (items ??= { ...baseline.items });
  for (const [id, item] of Object.entries(baseline.items)) {
    const now = resolve(id);
    if (now === id) continue;
    delete edit()[id];
    edit()[now] = item;
  }
  for (const change of own) {
    const current = (items ?? baseline.items)[change.key];
    if (change.delete && !baseline.deletedHere.includes(change.key))
      (deleted ??= new Set(baseline.deletedHere)).add(change.key);
    if (current === undefined && !change.create) continue;
    const next = { ...(current ?? { description: '', completed: false, dueAt: null }), ...definedOnly(change.changes) };
    if (current === undefined || !sameSeen(current, next)) edit()[change.key] = next;
  }
  if (items === null && deleted === null) return baseline;
  return {
    owner: baseline.owner,
    items: items ?? baseline.items,
    deletedHere: deleted === null ? baseline.deletedHere : [...deleted],
  };
}

/** What changed between the baseline and the list now, newest kinds first: new, done, removed, re-dated. */
export function changesSince(baseline: LookBaseline, items: readonly ActionItem[]): SeenChange[] {
  const fresh: SeenChange[] = [];
  const done: SeenChange[] = [];
  const redated: SeenChange[] = [];
  const onList = new Set<string>();
  for (const item of items) {
    onList.add(item.id);
    const before = baseline.items[item.id];
    const { id, description, dueAt } = item;
    if (before === undefined) fresh.push({ kind: 'new', id, description, dueAt });
    else if (!before.completed && item.completed) done.push({ kind: 'done', id, description, dueAt });
    else if (!sameTime(before.dueAt, item.dueAt))
      redated.push({ kind: 'redated', id, description, dueAt, dueBefore: before.dueAt });
  }
  const deletedHere = new Set(baseline.deletedHere);
  const removed: SeenChange[] = Object.entries(baseline.items)
    .filter(([id]) => !onList.has(id) && !deletedHere.has(id))
    .map(([id, item]) => ({ kind: 'removed', id, description: item.description, dueAt: item.dueAt }));
  return [...fresh, ...done, ...removed, ...redated];
}

const KIND_WORDS: Record<SeenChange['kind'], (count: number) => string> = {
  new: (count) => `${count} new`,
  done: (count) => `${count} done elsewhere`,
  removed: (count) => `${count} removed`,
  redated: (count) => `${count} new due date${count === 1 ? '' : 's'}`,
  copy: (count) => `${count} possible cop${count === 1 ? 'y' : 'ies'}`,
};

/** The change as the snapshot carries it: an item on the list by id, a removed one with its words. */
export function toLookChange(change: SeenChange): LookChange {
  switch (change.kind) {
    case 'removed':
      return { kind: 'removed', id: change.id, description: change.description, dueAt: change.dueAt };
    case 'redated':
      return { kind: 'redated', id: change.id, dueBefore: change.dueBefore };
    case 'copy':
      return { kind: 'copy', id: change.id, copyOf: change.copyOf };
    default:
      return { kind: change.kind, id: change.id };
  }
}

/** "2 new · 1 done elsewhere · 1 removed · 1 new due date · 1 possible copy": only the kinds there are. */
export function countInWords(changes: readonly SeenChange[]): string {
  const counts = new Map<SeenChange['kind'], number>();
  for (const change of changes) counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => KIND_WORDS[kind](count)).join(' · ');
}

function seen(item: ActionItem): SeenItem {
  return { description: item.description, completed: item.completed, dueAt: item.dueAt };
}

function definedOnly(changes: ItemChanges): Partial<SeenItem> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}

function sameSeen(a: SeenItem, b: SeenItem): boolean {
  return a.description === b.description && a.completed === b.completed && sameTime(a.dueAt, b.dueAt);
}

/** Two due dates are the same instant (Omi may write one in another offset or precision). */
function sameTime(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || Date.parse(a) === Date.parse(b);
}
