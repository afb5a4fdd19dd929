/**
 * The checklist's sections, as users know them from Omi's own apps, in local calendar days:
 * Overdue (due on an earlier day), Today (the whole of today, also a time already passed), Tomorrow,
 * Later (after tomorrow), No due date, then Completed. Inside an open section: due time ascending,
 * then newest created first.
 *
 * The sections follow Omi's own bucket vectors (contracts/parity/task_due_buckets.json in Omi's
 * public repository, pinned case by case in tests/unit/shared/omi-due-buckets.test.ts): an item due
 * earlier today stays under Today on the phone and here. Its time having passed shows in its label
 * and colour, and the tray counts it as "past due". The phone's model also moves an undated item
 * older than a week into Overdue; Omi's desktop apps keep it undated, and so does this desktop app.
 *
 * Completed shows only what was completed recently: today or in the 7 calendar days before
 * (RECENT_COMPLETED_DAYS), most recently completed first. The sync also fetches older completed
 * items, but a week is what a person looks back on when they wonder "did I do that?"; an item with
 * no completion time cannot be shown as recent and is left out.
 *
 * Only sections that hold items are returned, always in the order above. Days are those of the
 * zone passed in (the snapshot's), never the process's own.
 */
import type { ItemView } from './action-item';
import { startOfDayIn } from './due-date/zoned-time';

export const SECTION_NAMES = ['Overdue', 'Today', 'Tomorrow', 'Later', 'No due date', 'Completed'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export interface Section {
  name: SectionName;
  items: ItemView[];
}

/** Completed items older than today and this many days before it are not shown. */
export const RECENT_COMPLETED_DAYS = 7;

/** The local day boundaries around `now`, as epoch ms: computed once, compared against many items. */
export interface LocalDays {
  now: number;
  todayStart: number;
  tomorrowStart: number;
  /** Start of the day after tomorrow: "Later" begins here. */
  laterStart: number;
  /** Completed before this is no longer "recent". */
  recentCompletedStart: number;
}

export function localDays(now: Date, timeZone: string): LocalDays {
  const nowMs = now.getTime();
  // Calendar days, so a 23- or 25-hour DST day still ends at local midnight.
  return {
    now: nowMs,
    todayStart: startOfDayIn(nowMs, timeZone),
    tomorrowStart: startOfDayIn(nowMs, timeZone, 1),
    laterStart: startOfDayIn(nowMs, timeZone, 2),
    recentCompletedStart: startOfDayIn(nowMs, timeZone, -RECENT_COMPLETED_DAYS),
  };
}

export type DueDay = 'Overdue' | 'Today' | 'Tomorrow' | 'Later';

/** Which open section a due instant falls in. */
export function dueDay(dueMs: number, days: LocalDays): DueDay {
  if (dueMs < days.todayStart) return 'Overdue';
  if (dueMs < days.tomorrowStart) return 'Today';
  if (dueMs < days.laterStart) return 'Tomorrow';
  return 'Later';
}

/** Epoch ms of an ISO time, or NaN when absent or unreadable (treated as "no date"). */
export function instantOf(iso: string | null): number {
  return iso === null ? Number.NaN : Date.parse(iso);
}

interface Keyed {
  item: ItemView;
  /** due ms for open items, completion ms for completed ones (NaN: none). */
  at: number;
  created: number;
}

const byId = (a: Keyed, b: Keyed): number => (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
const newestCreatedFirst = (a: Keyed, b: Keyed): number => (b.created || 0) - (a.created || 0);

function openOrder(a: Keyed, b: Keyed): number {
  const aDated = !Number.isNaN(a.at);
  const bDated = !Number.isNaN(b.at);
  if (aDated !== bDated) return aDated ? -1 : 1;
  if (aDated && a.at !== b.at) return a.at - b.at;
  return newestCreatedFirst(a, b) || byId(a, b);
}

function completedOrder(a: Keyed, b: Keyed): number {
  return b.at - a.at || newestCreatedFirst(a, b) || byId(a, b);
}

export function groupItems(items: readonly ItemView[], now: Date, timeZone: string): Section[] {
  const days = localDays(now, timeZone);
  const buckets: Record<SectionName, Keyed[]> = {
    Overdue: [],
    Today: [],
    Tomorrow: [],
    Later: [],
    'No due date': [],
    Completed: [],
  };
  for (const item of items) {
    const created = instantOf(item.createdAt);
    if (item.completed) {
      const at = instantOf(item.completedAt);
      if (at >= days.recentCompletedStart) buckets.Completed.push({ item, at, created });
      continue;
    }
    const at = instantOf(item.dueAt);
    const name: SectionName = Number.isNaN(at) ? 'No due date' : dueDay(at, days);
    buckets[name].push({ item, at, created });
  }
  const sections: Section[] = [];
  for (const name of SECTION_NAMES) {
    const keyed = buckets[name];
    if (keyed.length === 0) continue;
    keyed.sort(name === 'Completed' ? completedOrder : openOrder);
    sections.push({ name, items: keyed.map((entry) => entry.item) });
  }
  return sections;
}
