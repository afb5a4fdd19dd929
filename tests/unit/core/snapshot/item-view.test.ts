import { describe, expect, it } from 'vitest';
import { buildItemViews, pendingDeletes } from '../../../../electron/core/snapshot/item-view';
import type { OutboxEntry } from '../../../../electron/core/outbox/outbox-entry';
import { actionItem as item } from '../../support/items';

const entry = (key: string, over: Partial<OutboxEntry>): OutboxEntry => ({
  key,
  seq: 1,
  queuedAt: Date.parse('2026-03-02T10:00:00Z'),
  editedAt: Date.parse('2026-03-02T10:00:00Z'),
  changes: {},
  create: null,
  delete: null,
  ...over,
});

describe('the checklist view', () => {
  it('orders open before completed, dated by due time, then undated, ties newest created first', () => {
    const views = buildItemViews(
      [
        item('done', { completed: true, dueAt: '2026-03-01T08:00:00Z' }),
        item('undated-old', { createdAt: '2026-02-01T00:00:00Z' }),
        item('later', { dueAt: '2026-03-09T09:00:00Z' }),
        item('undated-new', { createdAt: '2026-03-01T12:00:00Z' }),
        item('soon', { dueAt: '2026-03-02T09:00:00Z' }),
        item('soon-newer', { dueAt: '2026-03-02T10:00:00+01:00', createdAt: '2026-03-01T10:00:00Z' }),
      ],
      [],
    );
    expect(views.map((view) => view.id)).toEqual(['soon-newer', 'soon', 'later', 'undated-new', 'undated-old', 'done']);
  });

  it('shows pending changes on top of the server state and marks the item pending', () => {
    const [view] = buildItemViews(
      [item('a1')],
      [entry('a1', { changes: { completed: true, description: 'Renamed' } })],
    );
    expect(view).toMatchObject({
      id: 'a1',
      completed: true,
      description: 'Renamed',
      pending: true,
      localOnly: false,
      completedAt: '2026-03-02T10:00:00.000Z',
    });
  });

  it('hides items being deleted and lists them as undoable', () => {
    const entries = [
      entry('a1', { delete: { notBefore: Date.parse('2026-03-02T10:00:05Z'), description: 'Call Ana' } }),
    ];
    expect(buildItemViews([item('a1'), item('a2')], entries).map((view) => view.id)).toEqual(['a2']);
    expect(pendingDeletes(entries)).toEqual([
      { id: 'a1', description: 'Call Ana', sendAt: '2026-03-02T10:00:05.000Z' },
    ]);
  });

  it('shows an item created here before the server knows it', () => {
    const views = buildItemViews(
      [],
      [
        entry('local-1', {
          changes: { description: 'Buy stamps', completed: false, dueAt: null },
          create: { attemptedAt: null, sentDescription: null, uncertain: false },
        }),
      ],
    );
    expect(views).toEqual([
      expect.objectContaining({
        id: 'local-1',
        description: 'Buy stamps',
        pending: true,
        localOnly: true,
        createdAt: '2026-03-02T10:00:00.000Z',
      }),
    ]);
  });
});
