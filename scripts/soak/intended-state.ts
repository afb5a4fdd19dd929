/**
 * What the user meant the server to hold after a soak, and how the server's final state is judged
 * against it.
 *
 * Every description the soak ever types is unique, so an item is recognised on the server by any
 * description it ever had (a server item still carrying an older one is one lost edit, not a stranger).
 * An edit counts as intended once the app accepted it (its handler answered ok); an edit the app refused
 * at once was never intended. The server's own rule that `due_at: null` is ignored makes "clear the due
 * date" impossible there: after a clear, the item's due date may be null or any date it had. An edit
 * that did not land is not "lost" when the app told the user the server refused it: a refusal shown
 * for that item whose request, refused by the server, carried that very edit (the item's create with
 * its words, or a PATCH of that field to that value). Those are counted apart as `told`. A refusal
 * shown for the item that did not name the edit excuses nothing: `toldWithoutCause`.
 *
 * - lost: an item the user kept that the server lacks, or a field whose final value is an older intended one.
 * - duplicates: extra server items recognised as the same intended item.
 * - unintended: server items the user never made or deleted, and fields holding values never intended.
 */
import type { ApiItem } from '../../tests/fake-omi/server';

export interface IntendedItem {
  descriptions: string[];
  completed: boolean;
  completedHistory: boolean[];
  /** Epoch ms or null. */
  dueAt: number | null;
  dueHistory: (number | null)[];
  /** After "clear due date": the server may keep any date the item had, or null. */
  dueCleared: boolean;
  deleted: boolean;
  /** What the person did to it, in order, and the ids the app showed it under: for explaining a loss. */
  trail: string[];
  ids: string[];
}

export interface Judgement {
  lost: number;
  duplicates: number;
  unintended: number;
  /** Edits that did not land, refused by the server in a request that carried them, and shown. */
  told: number;
  /** Edits that did not land on items with a refusal shown that did not name them. */
  toldWithoutCause: number;
  details: string[];
  /** The items with an edit counted lost, to explain. */
  lostItems: IntendedItem[];
}

/** A request the server refused (a 4xx other than 429: it will never take it), as the fake recorded it. */
export interface RefusedRequest {
  method: string;
  path: string;
  body: unknown;
}

/** The server's refusals among the requests a fake recorded. */
export function refusedRequests(
  requests: readonly (RefusedRequest & { status: number; byProxy?: boolean })[],
): RefusedRequest[] {
  return requests.filter(
    (request) => request.status >= 400 && request.status < 500 && request.status !== 429 && request.byProxy !== true,
  );
}

type Miss =
  | { kind: 'item' }
  | { kind: 'description'; value: string }
  | { kind: 'completed'; value: boolean }
  | { kind: 'due'; value: number | null };

/** Whether a refused request carried the edit `miss` of `item` (stored on the server as `storedId`). */
function named(refused: readonly RefusedRequest[], item: IntendedItem, miss: Miss, storedId: string | null): boolean {
  return refused.some((request) => {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<
      string,
      unknown
    >;
    if (miss.kind === 'item')
      return request.method === 'POST' && item.descriptions.includes(body.description as string);
    const ofItem = request.method === 'PATCH' && storedId !== null && request.path.endsWith(`/${storedId}`);
    if (!ofItem) return false;
    if (miss.kind === 'description') return body.description === miss.value;
    if (miss.kind === 'completed') return body.completed === miss.value;
    return 'due_at' in body && (body.due_at === null ? null : Date.parse(String(body.due_at))) === miss.value;
  });
}

export class IntendedState {
  private readonly items: IntendedItem[] = [];

  add(description: string, fields: { completed?: boolean; dueAt?: string | null } = {}): IntendedItem {
    const dueAt = fields.dueAt ? Date.parse(fields.dueAt) : null;
    const item: IntendedItem = {
      descriptions: [description],
      completed: fields.completed ?? false,
      completedHistory: [fields.completed ?? false],
      dueAt,
      dueHistory: [dueAt],
      dueCleared: false,
      deleted: false,
      trail: [],
      ids: [],
    };
    this.items.push(item);
    return item;
  }

  all(): readonly IntendedItem[] {
    return this.items;
  }

  living(): IntendedItem[] {
    return this.items.filter((item) => !item.deleted);
  }

  /** Notes what the person did to `item` (or tried to), under the id the app showed, for explaining a loss. */
  note(item: IntendedItem, words: string, id?: string): void {
    item.trail.push(words);
    if (id !== undefined && !item.ids.includes(id)) item.ids.push(id);
  }

  current(item: IntendedItem): string {
    return item.descriptions.at(-1)!;
  }

  describe(item: IntendedItem, description: string): void {
    item.descriptions.push(description);
  }

  complete(item: IntendedItem, completed: boolean): void {
    item.completed = completed;
    item.completedHistory.push(completed);
  }

  redate(item: IntendedItem, dueAt: string | null): void {
    if (dueAt === null) {
      item.dueCleared = true;
      return;
    }
    item.dueAt = Date.parse(dueAt);
    item.dueCleared = false;
    item.dueHistory.push(item.dueAt);
  }

  /**
   * `toldDescriptions`: descriptions of items whose refusal the app showed; `refused`: the requests the
   * server refused, which say which edits each refusal named.
   */
  judge(
    server: readonly ApiItem[],
    toldDescriptions: ReadonlySet<string>,
    refused: readonly RefusedRequest[] = [],
  ): Judgement {
    const judgement: Judgement = {
      lost: 0,
      duplicates: 0,
      unintended: 0,
      told: 0,
      toldWithoutCause: 0,
      details: [],
      lostItems: [],
    };
    const count = (
      item: IntendedItem,
      told: boolean,
      misses: readonly Miss[],
      storedId: string | null,
      words: string,
    ) => {
      for (const miss of misses) {
        const verdict = !told ? 'lost' : named(refused, item, miss, storedId) ? 'told' : 'toldWithoutCause';
        judgement[verdict] += 1;
        if (verdict === 'lost' && !judgement.lostItems.includes(item)) judgement.lostItems.push(item);
        judgement.details.push(`${verdict === 'toldWithoutCause' ? 'told without cause' : verdict}: ${words}`);
      }
    };
    const owner = new Map<string, IntendedItem>();
    for (const item of this.items) for (const description of item.descriptions) owner.set(description, item);
    const found = new Map<IntendedItem, ApiItem[]>();
    for (const stored of server) {
      const item = owner.get(stored.description);
      if (!item) {
        judgement.unintended += 1;
        judgement.details.push(`unintended: the server holds "${stored.description}", which nobody typed`);
        continue;
      }
      found.set(item, [...(found.get(item) ?? []), stored]);
    }
    for (const item of this.items) {
      const told = item.descriptions.some((description) => toldDescriptions.has(description));
      const copies = found.get(item) ?? [];
      const name = this.current(item);
      if (item.deleted) {
        if (copies.length > 0) {
          judgement.unintended += copies.length;
          judgement.details.push(`unintended: "${name}" was deleted but the server holds ${copies.length}`);
        }
        continue;
      }
      if (copies.length === 0) {
        count(item, told, [{ kind: 'item' }], null, `"${name}" is not on the server`);
        continue;
      }
      if (copies.length > 1) {
        judgement.duplicates += copies.length - 1;
        judgement.details.push(`duplicates: "${name}" is on the server ${copies.length} times`);
      }
      const stored = copies[0]!;
      const misses: Miss[] = [];
      let unintended = 0;
      if (stored.description !== name) misses.push({ kind: 'description', value: name });
      if (stored.completed !== item.completed) {
        if (item.completedHistory.includes(stored.completed)) misses.push({ kind: 'completed', value: item.completed });
        else unintended += 1;
      }
      const storedDue = stored.due_at === null ? null : Date.parse(stored.due_at);
      const dueOk = item.dueCleared
        ? storedDue === null || item.dueHistory.includes(storedDue)
        : storedDue === item.dueAt;
      if (!dueOk) {
        if (item.dueHistory.includes(storedDue)) misses.push({ kind: 'due', value: item.dueAt });
        else unintended += 1;
      }
      if (unintended > 0) {
        judgement.unintended += unintended;
        judgement.details.push(`unintended: "${name}" holds values nobody set (${JSON.stringify(stored)})`);
      }
      const has = {
        description: `description "${stored.description}"`,
        completed: `completed ${stored.completed}`,
        due: `due ${stored.due_at}`,
      };
      for (const miss of misses)
        if (miss.kind !== 'item') count(item, told, [miss], stored.id, `"${name}" still has ${has[miss.kind]}`);
    }
    return judgement;
  }
}
