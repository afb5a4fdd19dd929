/** The items as a push carries them: a table the bridge checks, that gives back every item as it was. */
import { describe, expect, it } from 'vitest';
import { fromItemTable, isItemTable, ITEM_FIELDS, toItemTable } from '../../../electron/shared/item-table';
import { itemView } from '../support/items';

const items = [
  itemView('a1', { description: 'Send the deck', dueAt: '2026-12-08T16:00:00.000Z', conversationId: 'c1' }),
  itemView('local-2', { description: 'Call “Ana” — 5pm', localOnly: true, pending: true }),
  itemView('a3', { completed: true, completedAt: '2026-12-06T10:00:00.000Z', createdAt: '2026-12-01T10:00:00.000Z' }),
  // Every value differs from every other of its kind: a column read in another's place shows.
  {
    id: 'a4',
    description: 'Book the venue',
    completed: true,
    dueAt: '2026-12-09T09:00:00.000Z',
    createdAt: '2026-12-02T08:00:00.000Z',
    updatedAt: '2026-12-03T07:00:00.000Z',
    completedAt: '2026-12-04T06:00:00.000Z',
    conversationId: 'c4',
    pending: false,
    localOnly: true,
  },
];

describe('the table of items a push carries', () => {
  it('names each field once and gives back every item as it was, through JSON', () => {
    const table = toItemTable(items);
    expect(table.fields).toEqual(ITEM_FIELDS);
    expect(table.rows).toHaveLength(4);
    const sent: unknown = JSON.parse(JSON.stringify(table));
    expect(isItemTable(sent)).toBe(true);
    expect(fromItemTable(sent as typeof table)).toEqual(items);
    expect(isItemTable(toItemTable([]))).toBe(true);
    expect(fromItemTable(toItemTable([]))).toEqual([]);
  });

  it('is smaller than the items as objects', () => {
    const many = Array.from({ length: 200 }, (_, index) => itemView(`gen-${index}`));
    expect(JSON.stringify(toItemTable(many)).length).toBeLessThan(JSON.stringify(many).length * 0.6);
  });

  it.each([
    ['no table at all', () => 'a1'],
    ['no rows', (t: ReturnType<typeof toItemTable>) => ({ fields: t.fields })],
    ['its fields in another order', (t: ReturnType<typeof toItemTable>) => ({ ...t, fields: [...t.fields].reverse() })],
    ['a field missing', (t: ReturnType<typeof toItemTable>) => ({ ...t, fields: t.fields.slice(1) })],
    ['a short row', (t: ReturnType<typeof toItemTable>) => ({ ...t, rows: [t.rows[0]!.slice(1)] })],
    ['a row that is no list', (t: ReturnType<typeof toItemTable>) => ({ ...t, rows: [{} as unknown[]] })],
    [
      'words that are a number',
      (t: ReturnType<typeof toItemTable>) => ({ ...t, rows: [['a1', 7, ...t.rows[0]!.slice(2)]] }),
    ],
    [
      'a due date that is a number',
      (t: ReturnType<typeof toItemTable>) => ({ ...t, rows: [[...t.rows[0]!.slice(0, 3), 0, ...t.rows[0]!.slice(4)]] }),
    ],
    [
      'a conversation that is a number',
      (t: ReturnType<typeof toItemTable>) => ({ ...t, rows: [[...t.rows[0]!.slice(0, 7), 3, ...t.rows[0]!.slice(8)]] }),
    ],
    [
      'waiting as a word',
      (t: ReturnType<typeof toItemTable>) => ({ ...t, rows: [[...t.rows[0]!.slice(0, 8), 'no', false]] }),
    ],
    [
      'done as a word',
      (t: ReturnType<typeof toItemTable>) => ({
        ...t,
        rows: [[...t.rows[0]!.slice(0, 2), 'yes', ...t.rows[0]!.slice(3)]],
      }),
    ],
  ])('is not a table of items with %s', (_what, spoil) => {
    expect(isItemTable(spoil(toItemTable(items)))).toBe(false);
  });
});
