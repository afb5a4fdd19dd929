import { describe, expect, it } from 'vitest';
import { sortItems } from '../../../../electron/core/api/sort-items';
import type { ActionItem } from '../../../../electron/shared/action-item';
import { seededRandom } from '../../../fake-omi/seeded-random';
import { actionItem } from '../../support/items';

/** The order as Omi's apps show it, written out plainly: each comparison reads the times again. */
function inOmisOrder(a: ActionItem, b: ActionItem): number {
  if (a.completed !== b.completed) return a.completed ? 1 : -1;
  const time = (iso: string | null) => (iso === null ? Number.NaN : Date.parse(iso));
  const aDue = time(a.dueAt);
  const bDue = time(b.dueAt);
  if (Number.isNaN(aDue) !== Number.isNaN(bDue)) return Number.isNaN(aDue) ? 1 : -1;
  if (!Number.isNaN(aDue) && aDue !== bDue) return aDue - bDue;
  const created = (time(b.createdAt) || 0) - (time(a.createdAt) || 0);
  if (created !== 0) return created;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Few distinct times, so ties are common; some missing, some not readable, some in another offset. */
function someItems(count: number, seed: number): ActionItem[] {
  const random = seededRandom(seed);
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)] as T;
  const times = [null, 'not a time', '2026-03-02T09:00:00Z', '2026-03-02T10:00:00+01:00', '2026-03-05T17:30:00.000Z'];
  const created = [null, 'garbled', '1970-01-01T00:00:00.000Z', '2026-02-01T00:00:00Z', '2026-02-01T01:00:00+01:00'];
  return Array.from({ length: count }, (_, index) =>
    actionItem(`item-${pick(['a', 'b', 'c'])}-${index % 7}-${index}`, {
      completed: random() < 0.3,
      dueAt: pick(times),
      createdAt: pick(created),
    }),
  );
}

describe('the order of items', () => {
  it('is open before completed, dated by due time, then undated, ties newest created first, then by id', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const items = someItems(300, seed);
      const expected = [...items].sort(inOmisOrder).map((item) => item.id);
      expect(sortItems([...items]).map((item) => item.id)).toEqual(expected);
    }
  });

  it('sorts the list it is given and answers that list', () => {
    const items = [
      actionItem('later', { dueAt: '2026-03-09T09:00:00Z' }),
      actionItem('soon', { dueAt: '2026-03-02T09:00:00Z' }),
    ];
    const sorted = sortItems(items);
    expect(sorted).toBe(items);
    expect(items.map((item) => item.id)).toEqual(['soon', 'later']);
  });
});
