import { describe, expect, it } from 'vitest';
import {
  baselineOf,
  changesSince,
  countInWords,
  sameBaseline,
  withOwnChanges,
  type OwnChange,
} from '../../../../electron/core/looks/look-baseline';
import { actionItem } from '../../support/items';

const seen = [
  actionItem('a1', { description: 'Call Ana' }),
  actionItem('a2', { description: 'Pay rent', dueAt: '2026-12-08T09:00:00.000Z' }),
  actionItem('a3'),
];
const same = (id: string) => id;

describe('changesSince', () => {
  it('finds nothing in the list as it was seen', () => {
    expect(changesSince(baselineOf('tag', seen), seen)).toEqual([]);
  });

  it('counts an item on the list now and not then as new', () => {
    const now = [...seen, actionItem('b1', { description: 'Book the train' })];
    expect(changesSince(baselineOf('tag', seen), now)).toEqual([
      { kind: 'new', id: 'b1', description: 'Book the train', dueAt: null },
    ]);
  });

  it('counts an item ticked elsewhere as done, and one reopened elsewhere not at all', () => {
    const then = [...seen, actionItem('c1', { completed: true })];
    const now = [
      actionItem('a1', { description: 'Call Ana', completed: true }),
      seen[1]!,
      seen[2]!,
      actionItem('c1', { completed: false }),
    ];
    expect(changesSince(baselineOf('tag', then), now)).toEqual([
      { kind: 'done', id: 'a1', description: 'Call Ana', dueAt: null },
    ]);
  });

  it('counts an item gone from the list as removed, with its words and due date as seen', () => {
    expect(changesSince(baselineOf('tag', seen), [seen[0]!, seen[2]!])).toEqual([
      { kind: 'removed', id: 'a2', description: 'Pay rent', dueAt: '2026-12-08T09:00:00.000Z' },
    ]);
  });

  it('counts a due date set, moved or cleared elsewhere, but not the same instant written otherwise', () => {
    const now = [
      actionItem('a1', { description: 'Call Ana', dueAt: '2026-12-09T10:00:00.000Z' }),
      actionItem('a2', { description: 'Pay rent', dueAt: '2026-12-08T10:00:00+01:00' }),
      actionItem('a3', { dueAt: null }),
    ];
    expect(changesSince(baselineOf('tag', seen), now)).toEqual([
      { kind: 'redated', id: 'a1', description: 'Call Ana', dueAt: '2026-12-09T10:00:00.000Z', dueBefore: null },
    ]);
  });
});

describe('the app’s own changes', () => {
  const own = (change: Partial<OwnChange> & { key: string }): OwnChange => ({
    changes: {},
    create: false,
    delete: false,
    ...change,
  });

  it('do not count a tick, a new due date or new words made here', () => {
    const baseline = withOwnChanges(
      baselineOf('tag', seen),
      [own({ key: 'a1', changes: { completed: true, dueAt: '2026-12-10T09:00:00.000Z' } })],
      same,
    );
    const now = [
      actionItem('a1', { description: 'Call Ana', completed: true, dueAt: '2026-12-10T09:00:00.000Z' }),
      seen[1]!,
      seen[2]!,
    ];
    expect(changesSince(baseline, now)).toEqual([]);
  });

  it('do not count an item made here, before and after Omi gives it its id', () => {
    const made = own({
      key: 'local-1',
      create: true,
      changes: { description: 'Buy milk', completed: false, dueAt: null },
    });
    const waiting = withOwnChanges(baselineOf('tag', seen), [made], same);
    expect(changesSince(waiting, [...seen, actionItem('local-1', { description: 'Buy milk' })])).toEqual([]);
    const confirmed = withOwnChanges(waiting, [], (id) => (id === 'local-1' ? 'srv-9' : id));
    expect(changesSince(confirmed, [...seen, actionItem('srv-9', { description: 'Buy milk' })])).toEqual([]);
  });

  it('do not count an item deleted here, while its undo runs and after it went', () => {
    const baseline = withOwnChanges(baselineOf('tag', seen), [own({ key: 'a3', delete: true })], same);
    expect(changesSince(baseline, [seen[0]!, seen[1]!])).toEqual([]);
    expect(changesSince(withOwnChanges(baseline, [], same), [seen[0]!, seen[1]!])).toEqual([]);
  });

  it('leave the baseline as it is when they change nothing in it', () => {
    const baseline = baselineOf('tag', seen);
    expect(withOwnChanges(baseline, [own({ key: 'a1', changes: { description: 'Call Ana' } })], same)).toBe(baseline);
  });
});

describe('countInWords', () => {
  it('names each kind there is, in a fixed order', () => {
    const changes = changesSince(baselineOf('tag', seen), [
      actionItem('a1', { description: 'Call Ana', completed: true }),
      actionItem('a3', { dueAt: '2026-12-11T09:00:00.000Z' }),
      actionItem('n1'),
      actionItem('n2'),
    ]);
    expect(countInWords(changes)).toBe('2 new · 1 done elsewhere · 1 removed · 1 new due date');
  });

  it('says due dates in the plural', () => {
    const changes = changesSince(baselineOf('tag', seen), [
      actionItem('a1', { description: 'Call Ana', dueAt: '2026-12-11T09:00:00.000Z' }),
      actionItem('a2', { description: 'Pay rent', dueAt: null }),
      seen[2]!,
    ]);
    expect(countInWords(changes)).toBe('2 new due dates');
  });
});

describe('sameBaseline', () => {
  const base = baselineOf('tag', seen);

  it('holds the same list read again, in any order', () => {
    expect(sameBaseline(base, baselineOf('tag', [...seen].reverse()))).toBe(true);
  });

  it('differs in words, a tick, a due date, an item more or less, a delete of the app’s or the key', () => {
    const changed = [
      baselineOf('tag', [actionItem('a1', { description: 'Call Ana today' }), ...seen.slice(1)]),
      baselineOf('tag', [actionItem('a1', { description: 'Call Ana', completed: true }), ...seen.slice(1)]),
      baselineOf('tag', [seen[0]!, actionItem('a2', { description: 'Pay rent' }), seen[2]!]),
      baselineOf('tag', [...seen, actionItem('b1')]),
      baselineOf('tag', seen.slice(1)),
      { ...base, deletedHere: ['a9'] },
      baselineOf('other', seen),
    ];
    for (const other of changed) {
      expect(sameBaseline(base, other)).toBe(false);
      expect(sameBaseline(other, base)).toBe(false);
    }
  });
});
