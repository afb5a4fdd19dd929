/**
 * The checklist's sections: rebuilt when what they show changes, not when nothing is held in place.
 * Here, beside the components, as Svelte's browser runtime runs effects and Node's runs none.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { ChecklistState } from '../../../../src/checklist/checklist-state.svelte';
import { FakeClock } from '../../core/support/fake-clock';
import { itemView, snapshotWith } from '../support/fake-omi-api';

const NOW = Date.parse('2025-12-02T14:30:00Z');

function sectionIds(list: ChecklistState): [string, string[]][] {
  return list.sections.map((section) => [section.name, section.rows.map((row) => row.item.id)]);
}

/** Watches the sections as the page does: an effect re-runs each time they are built anew. */
function watchSections(list: ChecklistState): { builds(): number; stop(): void } {
  let builds = 0;
  const stop = $effect.root(() => {
    $effect(() => {
      void list.sections;
      builds++;
    });
  });
  return { builds: () => builds, stop };
}

describe('ChecklistState', () => {
  it('keeps an item done elsewhere in place while the pointer is over the list, and moves it once it leaves', () => {
    const list = new ChecklistState(new FakeClock(NOW), () => undefined);
    list.show(snapshotWith([itemView('a'), itemView('b')]));
    expect(sectionIds(list)).toEqual([['No due date', ['a', 'b']]]);
    list.pointerInList = true;
    list.show(
      snapshotWith([itemView('a', { completed: true, completedAt: '2025-12-02T14:00:00.000Z' }), itemView('b')]),
    );
    expect(sectionIds(list)).toEqual([['No due date', ['a', 'b']]]);
    list.pointerInList = false;
    expect(sectionIds(list)).toEqual([
      ['No due date', ['b']],
      ['Completed', ['a']],
    ]);
  });

  it('builds the sections again for no pointer or focus once nothing is held in place', () => {
    const list = new ChecklistState(new FakeClock(NOW), () => undefined);
    const { builds, stop } = watchSections(list);
    try {
      list.show(snapshotWith([itemView('a'), itemView('b')]));
      flushSync();
      // "a" was done elsewhere with nothing held: it moves at once, for good.
      list.show(
        snapshotWith([itemView('a', { completed: true, completedAt: '2025-12-02T14:00:00.000Z' }), itemView('b')]),
      );
      flushSync();
      expect(sectionIds(list)).toEqual([
        ['No due date', ['b']],
        ['Completed', ['a']],
      ]);
      const before = builds();
      list.pointerInList = true;
      list.focusedItemId = 'a';
      flushSync();
      expect(builds()).toBe(before);
    } finally {
      stop();
    }
  });

  it('builds nothing again for a snapshot that keeps the same items, zone and clock style', () => {
    const clock = new FakeClock(NOW);
    const list = new ChecklistState(clock, () => undefined);
    const items = [itemView('late', { dueAt: '2025-11-30T12:00:00Z' }), itemView('free')];
    let builds = 0;
    let counts = 0;
    const stop = $effect.root(() => {
      $effect(() => {
        void list.sections;
        builds++;
      });
      $effect(() => {
        void list.openCount;
        void list.item('late');
        counts++;
      });
    });
    try {
      list.show(snapshotWith(items));
      flushSync();
      const [sections, before, countsBefore] = [list.sections, builds, counts];
      clock.advance(20_000);
      list.show(snapshotWith(items, { sync: { status: 'loading' }, clock: { hour12: false, monthFirst: false } }));
      flushSync();
      expect(list.snapshot?.sync).toEqual({ status: 'loading' });
      expect([builds, counts]).toEqual([before, countsBefore]);
      expect(list.sections).toBe(sections);
      list.show(snapshotWith([items[1]!]));
      flushSync();
      expect(builds).toBe(before + 1);
      expect(sectionIds(list)).toEqual([['No due date', ['free']]]);
      expect(list.openCount).toBe(1);
    } finally {
      stop();
    }
  });

  it("builds nothing again when the popover is shown in the minute it last read, and moves on to a new minute's labels", () => {
    // NOW is 14:30:00; the labels and sections go by the minute.
    const clock = new FakeClock(NOW);
    const list = new ChecklistState(clock, () => undefined);
    const { builds, stop } = watchSections(list);
    try {
      list.show(snapshotWith([itemView('soon', { dueAt: '2025-12-02T14:31:00Z' })]));
      flushSync();
      const [sections, before] = [list.sections, builds()];
      clock.advance(40_000);
      list.catchUp();
      flushSync();
      expect([builds(), list.now]).toEqual([before, NOW]);
      expect(list.sections).toBe(sections);
      expect(list.sections[0]?.rows[0]?.due?.overdue).toBe(false);
      // After a sleep, when the minute timer is late: the next minute's reading, "soon" now past due.
      clock.sleep(30_000);
      list.catchUp();
      flushSync();
      expect(builds()).toBe(before + 1);
      expect(list.now).toBe(NOW + 70_000);
      expect(list.sections[0]?.rows[0]?.due?.overdue).toBe(true);
    } finally {
      stop();
    }
  });
});
