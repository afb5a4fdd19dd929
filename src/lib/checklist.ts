/**
 * What the list renders, computed once per snapshot (and once a minute, as labels age): sections
 * with one row per item, due words worked out here rather than in each row. Rows whose item and
 * words did not change keep their identity, so a snapshot that changes one item re-renders one row.
 */
import type { ItemView } from '../../electron/shared/action-item';
import { dueLabeler, type DueWords } from '../../electron/shared/due-label';
import { groupItems, instantOf, localDays, type SectionName } from '../../electron/shared/grouping';
import { checkboxId, domId } from './dom-id';

export interface ItemRow {
  item: ItemView;
  /** id of the item's checkbox; other parts of the row derive theirs from it. */
  id: string;
  due: DueWords | null;
  /** ids of what describes the checkbox (due date, "Waiting to sync"), or undefined. */
  describedBy: string | undefined;
}

export interface ChecklistSection {
  name: SectionName;
  headingId: string;
  rows: ItemRow[];
}

const FIELDS: readonly (keyof ItemView)[] = [
  'id',
  'description',
  'completed',
  'dueAt',
  'createdAt',
  'updatedAt',
  'completedAt',
  'conversationId',
  'pending',
  'localOnly',
];

const sameItem = (a: ItemView, b: ItemView): boolean => FIELDS.every((field) => a[field] === b[field]);
const sameDue = (a: DueWords | null, b: DueWords | null): boolean =>
  a === b || (a !== null && b !== null && a.label === b.label && a.overdue === b.overdue && a.full === b.full);

function newRow(item: ItemView, due: DueWords | null): ItemRow {
  const id = checkboxId(item.id);
  const parts = [due ? `${id}-due` : '', item.pending ? `${id}-pending` : ''].filter((part) => part !== '');
  return { item, id, due, describedBy: parts.length > 0 ? parts.join(' ') : undefined };
}

export class ChecklistBuilder {
  #rows = new Map<string, ItemRow>();
  /** The clock and local day of the last build: a due date's words last as long as both allow. */
  #builtAt = Number.NaN;
  #builtDay = Number.NaN;

  /** `nowMs`: the clock, as epoch ms. */
  build(items: readonly ItemView[], nowMs: number): ChecklistSection[] {
    const now = new Date(nowMs);
    const describe = dueLabeler(now);
    const today = localDays(now).todayStart;
    const sameDay = today === this.#builtDay;
    const since = this.#builtAt;
    // Words change with the local day, and for a due time the clock has passed since ("Today 17:00"
    // becomes "Overdue since 17:00"); otherwise the last build's words for the same date still hold.
    const label = (dueAt: string, before: ItemRow | undefined): DueWords | null => {
      if (before !== undefined && !before.item.completed && before.item.dueAt === dueAt && sameDay) {
        const ms = instantOf(dueAt);
        // (The clock may also have been set back.)
        if (!(ms > Math.min(since, nowMs) && ms <= Math.max(since, nowMs))) return before.due;
      }
      return describe(dueAt);
    };
    this.#builtAt = nowMs;
    this.#builtDay = today;
    const previous = this.#rows;
    const rows = new Map<string, ItemRow>();
    const sections = groupItems(items, now).map((section) => ({
      name: section.name,
      headingId: domId('section', section.name),
      rows: section.items.map((item) => {
        // A done item's due date no longer matters (and "3 days overdue" would be wrong): none is shown.
        const before = previous.get(item.id);
        const due = item.completed || item.dueAt === null ? null : label(item.dueAt, before);
        const row = before && sameItem(before.item, item) && sameDue(before.due, due) ? before : newRow(item, due);
        rows.set(item.id, row);
        return row;
      }),
    }));
    this.#rows = rows;
    return sections;
  }
}

/** The items by id, for lookups across a snapshot. */
export function indexById(items: readonly ItemView[]): ReadonlyMap<string, ItemView> {
  return new Map(items.map((item) => [item.id, item]));
}
