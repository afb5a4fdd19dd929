import { describe, expect, it } from 'vitest';
import { ChecklistBuilder } from '../../../../src/checklist/checklist';
import { countRows, inBlocks, limitRows } from '../../../../src/checklist/row-budget.svelte';
import { itemView } from '../support/fake-omi-api';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

/** The zone the local dates below are written in: the process's own. */
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const NOW = new Date(2025, 11, 2, 14, 30).getTime();
const local = (day: number, hour: number) => new Date(2025, 11, day, hour).toISOString();

describe('ChecklistBuilder', () => {
  it('labels due dates once per row and leaves them off completed items', () => {
    const sections = new ChecklistBuilder().build(
      [
        itemView('a', { dueAt: local(2, 17) }),
        itemView('b', { dueAt: local(1, 9), completed: true, completedAt: local(2, 8) }),
      ],
      NOW,
      ZONE,
      DAY_FIRST_24_HOUR,
    );
    expect(sections.map((section) => section.name)).toEqual(['Today', 'Completed']);
    expect(sections[0]?.rows[0]?.due?.label).toBe('Today 17:00');
    expect(sections[1]?.rows[0]?.due).toBeNull();
  });

  it('keeps held items in the section and place they had, with their due words, until the hold ends', () => {
    const builder = new ChecklistBuilder();
    const open = [
      itemView('a', { dueAt: local(2, 17) }),
      itemView('b', { dueAt: local(2, 18) }),
      itemView('c', { dueAt: local(2, 19) }),
    ];
    const names = (sections: ReturnType<ChecklistBuilder['build']>) =>
      sections.map(
        (section) =>
          `${section.name}: ${section.rows.map((row) => `${row.item.id}${row.due ? ` ${row.due.label}` : ''}`).join(', ')}`,
      );
    builder.build(open, NOW, ZONE, DAY_FIRST_24_HOUR);
    const doneB = [
      open[0]!,
      itemView('b', { dueAt: local(2, 18), completed: true, completedAt: local(2, 14) }),
      open[2]!,
    ];
    expect(names(builder.build(doneB, NOW, ZONE, DAY_FIRST_24_HOUR, (id) => id === 'b'))).toEqual([
      'Today: a Today 17:00, b Today 18:00, c Today 19:00',
    ]);
    expect(names(builder.build(doneB, NOW, ZONE, DAY_FIRST_24_HOUR, () => false))).toEqual([
      'Today: a Today 17:00, c Today 19:00',
      'Completed: b',
    ]);
  });

  it('names what describes each checkbox: the due date and "Waiting to sync"', () => {
    const [section] = new ChecklistBuilder().build(
      [itemView('x y', { dueAt: local(2, 17), pending: true })],
      NOW,
      ZONE,
      DAY_FIRST_24_HOUR,
    );
    const row = section!.rows[0]!;
    expect(row.id).toBe('item-x_20y');
    expect(row.describedBy).toBe('item-x_20y-due item-x_20y-pending');
  });

  it('keeps a row object when its item and words did not change, so only changed rows re-render', () => {
    const builder = new ChecklistBuilder();
    const first = builder.build([itemView('a'), itemView('b')], NOW, ZONE, DAY_FIRST_24_HOUR);
    const second = builder.build(
      [itemView('a'), itemView('b', { description: 'changed' })],
      NOW,
      ZONE,
      DAY_FIRST_24_HOUR,
    );
    const rows = (sections: typeof first) =>
      new Map(sections.flatMap((section) => section.rows).map((row) => [row.item.id, row]));
    expect(rows(second).get('a')).toBe(rows(first).get('a'));
    expect(rows(second).get('b')).not.toBe(rows(first).get('b'));
  });

  it('gives back the same sections when nothing in them changed, and keeps each section nothing changed in', () => {
    const builder = new ChecklistBuilder();
    const items = [itemView('a', { dueAt: local(2, 17) }), itemView('b'), itemView('c', { dueAt: local(9, 9) })];
    const first = builder.build(items, NOW, ZONE, DAY_FIRST_24_HOUR);
    // A minute later, every label as it was: the very same sections.
    expect(builder.build([...items], NOW + 60_000, ZONE, DAY_FIRST_24_HOUR)).toBe(first);
    const changed = builder.build(
      [items[0]!, itemView('b', { description: 'changed' }), items[2]!],
      NOW + 60_000,
      ZONE,
      DAY_FIRST_24_HOUR,
    );
    expect(changed).not.toBe(first);
    const byName = (sections: typeof first) => new Map(sections.map((section) => [section.name, section]));
    expect(byName(changed).get('Today')).toBe(byName(first).get('Today'));
    expect(byName(changed).get('No due date')).toBeDefined();
    expect(byName(changed).get('No due date')).not.toBe(byName(first).get('No due date'));
  });

  it('words each due date for the clock of every build: passing its time, a new day, a reopened item', () => {
    const builder = new ChecklistBuilder();
    const labels = (
      nowMs: number,
      items = [itemView('a', { dueAt: local(2, 17) }), itemView('b', { dueAt: local(3, 9) })],
    ) =>
      builder
        .build(items, nowMs, ZONE, DAY_FIRST_24_HOUR)
        .flatMap((section) => section.rows.map((row) => `${row.item.id}: ${row.due?.label ?? '-'}`));
    expect(labels(NOW)).toEqual(['a: Today 17:00', 'b: Tomorrow 09:00']);
    expect(labels(new Date(2025, 11, 2, 17, 1).getTime())).toEqual(['a: Due 17:00', 'b: Tomorrow 09:00']);
    expect(labels(new Date(2025, 11, 2, 18, 0).getTime())).toEqual(['a: Overdue since 17:00', 'b: Tomorrow 09:00']);
    // The clock set back before 17:00 again.
    expect(labels(new Date(2025, 11, 2, 16, 0).getTime())).toEqual(['a: Today 17:00', 'b: Tomorrow 09:00']);
    expect(labels(new Date(2025, 11, 3, 8, 0).getTime())).toEqual(['a: 1 day overdue', 'b: Today 09:00']);
    const done = [
      itemView('a', { dueAt: local(2, 17), completed: true, completedAt: local(3, 8) }),
      itemView('b', { dueAt: local(3, 9) }),
    ];
    expect(labels(new Date(2025, 11, 3, 8, 0).getTime(), done)).toEqual(['b: Today 09:00', 'a: -']);
    expect(labels(new Date(2025, 11, 3, 8, 0).getTime())).toEqual(['a: 1 day overdue', 'b: Today 09:00']);
  });

  it('words a row as of the build that made it, however late it is first read', () => {
    const builder = new ChecklistBuilder();
    const items = [itemView('a', { dueAt: local(2, 17) })];
    const [early] = builder.build(items, NOW, ZONE, DAY_FIRST_24_HOUR);
    const [late] = builder.build(items, new Date(2025, 11, 2, 18, 0).getTime(), ZONE, DAY_FIRST_24_HOUR);
    // Read only now, after the later build: each row keeps the words of its own build's clock.
    expect(late?.rows[0]?.due?.label).toBe('Overdue since 17:00');
    expect(early?.rows[0]?.due?.label).toBe('Today 17:00');
    expect(early?.rows[0]?.describedBy).toBe('item-a-due');
  });

  it('gives sections heading ids safe for aria-labelledby', () => {
    const [section] = new ChecklistBuilder().build([itemView('a')], NOW, ZONE, DAY_FIRST_24_HOUR);
    expect(section?.headingId).toBe('section-No_20due_20date');
  });
});

describe('limitRows', () => {
  it('cuts the sections after a number of rows in all', () => {
    const sections = new ChecklistBuilder().build(
      [
        itemView('t1', { dueAt: local(2, 17) }),
        itemView('t2', { dueAt: local(2, 18) }),
        itemView('n1'),
        itemView('n2'),
      ],
      NOW,
      ZONE,
      DAY_FIRST_24_HOUR,
    );
    expect(countRows(sections)).toBe(4);
    expect(limitRows(sections, 3).map((section) => [section.name, section.rows.length])).toEqual([
      ['Today', 2],
      ['No due date', 1],
    ]);
    expect(limitRows(sections, 2).map((section) => section.name)).toEqual(['Today']);
    expect(limitRows(sections, 10)).toEqual(sections);
  });
});

describe('inBlocks', () => {
  it('cuts rows into blocks of a fixed size, the last one shorter', () => {
    const [section] = new ChecklistBuilder().build(
      Array.from({ length: 7 }, (_, index) => itemView(`i${index}`)),
      NOW,
      ZONE,
      DAY_FIRST_24_HOUR,
    );
    expect(inBlocks(section!.rows, 3).map((block) => block.length)).toEqual([3, 3, 1]);
    expect(inBlocks([], 3)).toEqual([]);
  });
});
