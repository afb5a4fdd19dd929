/**
 * What the list renders, computed once per snapshot (and once a minute, as labels age): sections
 * with one row per item, due words worked out here rather than in each row. Rows whose item and
 * words did not change keep their identity, so a snapshot that changes one item re-renders one row.
 * A row made anew words its due date when first read, with the clock of the build that made it: a
 * list of 2,000 shows its first screen without wording every other row's date first, and those are
 * worded as their chunks are drawn.
 */
import type { ItemView } from '../../electron/shared/action-item';
import { dueLabeler, DUE_GRACE_MS, type DueWords } from '../../electron/shared/due-label';
import type { ClockStyle } from '../../electron/shared/due-date/clock-style';
import { groupItems, instantOf, localDays, SECTION_NAMES, type SectionName } from '../../electron/shared/grouping';
import { checkboxId, domId } from '../common/dom-id';
import { sameList } from '../../electron/shared/same-values';
import { sameItem } from './same-item';

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

const sameDue = (a: DueWords | null, b: DueWords | null): boolean =>
  a === b || (a !== null && b !== null && a.label === b.label && a.overdue === b.overdue && a.full === b.full);

/** `wordsOf`: the row's due words, worked out when first asked for, then let go (and the build with it). */
function newRow(item: ItemView, wordsOf: (() => DueWords | null) | null): ItemRow {
  const id = checkboxId(item.id);
  let due: DueWords | null = null;
  return {
    item,
    id,
    get due() {
      if (wordsOf) {
        due = wordsOf();
        wordsOf = null;
      }
      return due;
    },
    get describedBy() {
      return [this.due && `${id}-due`, item.pending && `${id}-pending`].filter(Boolean).join(' ') || undefined;
    },
  };
}

/** The very same object: rows and sections are kept, never copied, when nothing in them changed. */
const identical = <T>(a: T, b: T): boolean => a === b;

/** Which items keep their place in the list for now (see ChecklistBuilder.build). */
export type HoldPlace = (id: string) => boolean;

const NOTHING_HELD: HoldPlace = () => false;

export class ChecklistBuilder {
  #rows = new Map<string, ItemRow>();
  /** Where each item was in the last build: section and index in it. */
  #places = new Map<string, { section: SectionName; index: number }>();
  /** The clock and local day of the last build: a due date's words last as long as both allow. */
  #builtAt = Number.NaN;
  #builtDay = Number.NaN;
  #builtStyle: ClockStyle | null = null;
  /** The last build's result. */
  #sections: ChecklistSection[] = [];

  /**
   * `nowMs`: the clock, as epoch ms. `timeZone`: the snapshot's, whose calendar days the sections
   * and words follow; `style`: its clock ("17:00" or "5:00 PM"). `hold`: items that stay where they were in the last build even
   * if they now belong elsewhere (just ticked, or the pointer is over the list): nothing moves under
   * the user; they move on the first build after the hold ends.
   */
  build(
    items: readonly ItemView[],
    nowMs: number,
    timeZone: string,
    style: ClockStyle,
    hold: HoldPlace = NOTHING_HELD,
  ): ChecklistSection[] {
    const now = new Date(nowMs);
    const describe = dueLabeler(now, timeZone, style);
    const today = localDays(now, timeZone).todayStart;
    const sameDay = today === this.#builtDay && sameStyle(style, this.#builtStyle);
    const since = this.#builtAt;
    // Words change with the local day and the clock style, and for a due time the clock has passed
    // since ("Today 17:00" becomes "Due 17:00", an hour later "Overdue since 17:00"); otherwise the last build's words for the same date still hold.
    const label = (dueAt: string, before: ItemRow | undefined): DueWords | null => {
      if (before !== undefined && !before.item.completed && before.item.dueAt === dueAt && sameDay) {
        const ms = instantOf(dueAt);
        // (The clock may also have been set back.)
        const passed = (at: number) => at > Math.min(since, nowMs) && at <= Math.max(since, nowMs);
        if (!passed(ms) && !passed(ms + DUE_GRACE_MS)) return before.due;
      }
      return describe(dueAt);
    };
    this.#builtAt = nowMs;
    this.#builtDay = today;
    this.#builtStyle = style;
    const previous = this.#rows;
    const rows = new Map<string, ItemRow>();
    const grouped = this.#keepHeld(groupItems(items, now, timeZone), hold);
    const places = new Map<string, { section: SectionName; index: number }>();
    const sections = grouped.map((section) => ({
      name: section.name,
      headingId: domId('section', section.name),
      rows: section.items.map((item, index) => {
        const before = previous.get(item.id);
        const held = before !== undefined && section.name !== 'Completed' && item.completed;
        // A done item's due date no longer matters (and "3 days overdue" would be wrong): none is
        // shown, except on a done row held in its open section, whose height must not change.
        const dueOf = () =>
          item.dueAt === null ? null : held ? before.due : item.completed ? null : label(item.dueAt, before);
        // An item as it was keeps its row if its words are too; a new row words its date when first read.
        const row =
          before && sameItem(before.item, item) && sameDue(before.due, dueOf()) ? before : newRow(item, dueOf);
        rows.set(item.id, row);
        places.set(item.id, { section: section.name, index });
        return row;
      }),
    }));
    this.#rows = rows;
    this.#places = places;
    return this.#sameAsLast(sections);
  }

  /**
   * The last build's sections where nothing in them changed: a section whose rows are the same rows
   * in the same order is the same object, and so is the whole list when every section is. The page
   * then has nothing to compare again (a pointer entering the list, the popover shown, a minute
   * passing with every label as it was, would otherwise have 2,000 rows checked once more).
   */
  #sameAsLast(sections: ChecklistSection[]): ChecklistSection[] {
    const last = new Map(this.#sections.map((section) => [section.name, section] as const));
    const kept = sections.map((section) => {
      const before = last.get(section.name);
      return before !== undefined && sameList(before.rows, section.rows, identical) ? before : section;
    });
    if (!sameList(kept, this.#sections, identical)) this.#sections = kept;
    return this.#sections;
  }

  /** Puts held items back in the section and at the index they had in the last build. */
  #keepHeld(
    sections: { name: SectionName; items: ItemView[] }[],
    hold: HoldPlace,
  ): { name: SectionName; items: ItemView[] }[] {
    const moved: { item: ItemView; section: SectionName; index: number }[] = [];
    const byName = new Map(sections.map((section) => [section.name, section.items] as const));
    for (const section of sections) {
      for (const item of section.items) {
        const place = this.#places.get(item.id);
        if (place && place.section !== section.name && hold(item.id)) moved.push({ item, ...place });
      }
    }
    if (moved.length === 0) return sections;
    const movedIds = new Set(moved.map((entry) => entry.item.id));
    for (const [name, list] of byName)
      byName.set(
        name,
        list.filter((item) => !movedIds.has(item.id)),
      );
    for (const entry of moved.sort((a, b) => a.index - b.index)) {
      const list = byName.get(entry.section) ?? [];
      list.splice(Math.min(entry.index, list.length), 0, entry.item);
      byName.set(entry.section, list);
    }
    return SECTION_NAMES.filter((name) => (byName.get(name)?.length ?? 0) > 0).map((name) => ({
      name,
      items: byName.get(name)!,
    }));
  }
}

/** The items by id, for lookups across a snapshot. */
export function indexById(items: readonly ItemView[]): ReadonlyMap<string, ItemView> {
  return new Map(items.map((item) => [item.id, item]));
}

function sameStyle(a: ClockStyle, b: ClockStyle | null): boolean {
  return b !== null && a.hour12 === b.hour12 && a.monthFirst === b.monthFirst;
}
