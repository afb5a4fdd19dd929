/**
 * How many rows the checklist renders. A long list (2,000 items) is not built in one go: the first
 * screenfuls at once, so the popover paints within its budget, then a chunk per task (the page
 * answers input and paints between them) until every row is in the page. It follows the list as it
 * shrinks, so a list that empties and fills again (sign out, connect) is built in chunks again, while
 * a snapshot with the same items re-renders in place.
 * What needs a row not drawn yet (focus on an item, End, Page Down) draws them all first.
 */
import type { ChecklistSection, ItemRow } from './checklist';

/** More rows than the popover ever shows at once (at most 17 single-line rows). */
export const FIRST_ROWS = 30;
/** Rows added per chunk: small enough to keep a task short, large enough to finish quickly. */
const ROWS_PER_CHUNK = 150;

export class RowBudget {
  shown = $state(FIRST_ROWS);

  grow(): void {
    this.shown += ROWS_PER_CHUNK;
  }

  /** Every row now: for what needs a row that may not be drawn yet (focus on an item, End, Page Down). */
  showAll(): void {
    this.shown = Number.POSITIVE_INFINITY;
  }

  /** The list now holds `total` rows: never plan beyond them. */
  fit(total: number): void {
    const fitted = Math.max(FIRST_ROWS, total);
    if (fitted < this.shown) this.shown = fitted;
  }
}

/**
 * Runs `next` in a task of its own once this one ends (a message to itself: setTimeout would wait at
 * least 4 ms once nested). Returns what cancels it.
 */
export function afterThisTask(next: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    next();
  };
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

export function countRows(sections: readonly ChecklistSection[]): number {
  return sections.reduce((count, section) => count + section.rows.length, 0);
}

/** The sections cut after `limit` rows in all; sections not reached yet are left out. */
export function limitRows(sections: readonly ChecklistSection[], limit: number): ChecklistSection[] {
  const result: ChecklistSection[] = [];
  let left = limit;
  for (const section of sections) {
    if (left <= 0) break;
    result.push(section.rows.length <= left ? section : { ...section, rows: section.rows.slice(0, left) });
    left -= section.rows.length;
  }
  return result;
}

/**
 * Rows per block. The list is laid out and painted a block at a time (content-visibility on each
 * block): with one per row, the browser's visibility bookkeeping for 2,000 rows cost more per frame
 * than a tick itself. A row whose block changes is rebuilt, which is cheap for a few rows per snapshot
 * (the open editor keeps its text in the store, see EditState.keepDraft).
 */
const BLOCK_ROWS = 25;

export function inBlocks(rows: readonly ItemRow[], size = BLOCK_ROWS): ItemRow[][] {
  const blocks: ItemRow[][] = [];
  for (let start = 0; start < rows.length; start += size) blocks.push(rows.slice(start, start + size));
  return blocks;
}
