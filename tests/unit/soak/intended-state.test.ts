/**
 * How the soak judges the server's final state against what the user intended: the figures it
 * prints are only as honest as this.
 */
import { describe, expect, it } from 'vitest';
import { IntendedState, refusedRequests } from '../../../scripts/soak/intended-state';
import type { ApiItem } from '../../fake-omi/server';

function stored(description: string, fields: Partial<ApiItem> = {}): ApiItem {
  return {
    id: description,
    description,
    completed: false,
    due_at: null,
    created_at: null,
    updated_at: null,
    completed_at: null,
    conversation_id: null,
    ...fields,
  };
}

describe("the soak's intended state", () => {
  it('finds nothing wrong when the server holds exactly what was meant', () => {
    const intended = new IntendedState();
    const item = intended.add('Call Ana');
    intended.complete(item, true);
    intended.redate(item, '2026-06-02T09:00:00.000Z');

    const judgement = intended.judge(
      [stored('Call Ana', { completed: true, due_at: '2026-06-02T09:00:00Z' })],
      new Set(),
    );

    expect(judgement).toMatchObject({ lost: 0, duplicates: 0, unintended: 0, told: 0 });
  });

  it('counts a missing item and each field left at an older intended value as lost', () => {
    const intended = new IntendedState();
    intended.add('Created offline');
    const renamed = intended.add('Old name');
    intended.describe(renamed, 'New name');
    intended.complete(renamed, true);

    const judgement = intended.judge([stored('Old name')], new Set());

    expect(judgement.lost).toBe(3);
    expect(judgement.unintended).toBe(0);
  });

  it('counts copies of one intended item as duplicates, and deleted or never-typed items as unintended', () => {
    const intended = new IntendedState();
    intended.add('Buy milk');
    const gone = intended.add('Deleted one');
    gone.deleted = true;

    const judgement = intended.judge(
      [stored('Buy milk'), stored('Buy milk', { id: 'copy' }), stored('Deleted one'), stored('Nobody typed this')],
      new Set(),
    );

    expect(judgement).toMatchObject({ lost: 0, duplicates: 1, unintended: 2 });
  });

  it('accepts any earlier due date or none after a clear, since the server ignores due_at: null', () => {
    const intended = new IntendedState();
    const item = intended.add('Pay rent', { dueAt: '2026-06-01T09:00:00.000Z' });
    intended.redate(item, '2026-06-03T09:00:00.000Z');
    intended.redate(item, null);

    const kept = intended.judge([stored('Pay rent', { due_at: '2026-06-01T09:00:00Z' })], new Set());
    const cleared = intended.judge([stored('Pay rent')], new Set());
    const invented = intended.judge([stored('Pay rent', { due_at: '2030-01-01T00:00:00Z' })], new Set());

    expect(kept.lost + kept.unintended).toBe(0);
    expect(cleared.lost + cleared.unintended).toBe(0);
    expect(invented.unintended).toBe(1);
  });

  it('does not count as lost an edit the user was told the server refused, in a request that carried it', () => {
    const intended = new IntendedState();
    const item = intended.add('Locked item');
    intended.complete(item, true);
    const refused = [{ method: 'PATCH', path: '/v1/dev/user/action-items/Locked item', body: { completed: true } }];

    const judgement = intended.judge([stored('Locked item')], new Set(['Locked item']), refused);

    expect(judgement).toMatchObject({ lost: 0, told: 1, toldWithoutCause: 0 });
  });

  it("excuses only the edits a refusal named: the item's other lost edits are told without cause", () => {
    const intended = new IntendedState();
    const item = intended.add('Locked item');
    intended.complete(item, true);
    intended.describe(item, 'Renamed later');
    intended.redate(item, '2026-06-02T09:00:00.000Z');
    const refused = [{ method: 'PATCH', path: '/v1/dev/user/action-items/Locked item', body: { completed: true } }];

    const judgement = intended.judge([stored('Locked item')], new Set(['Locked item']), refused);

    expect(judgement).toMatchObject({ lost: 0, told: 1, toldWithoutCause: 2 });
    expect(judgement.details).toEqual(
      expect.arrayContaining([expect.stringMatching(/^told without cause: "Renamed later" still has description/)]),
    );
  });

  it('excuses a missing item only by a refused create that carried its words', () => {
    const intended = new IntendedState();
    intended.add('Refused create');
    intended.add('Other create');
    const refused = [{ method: 'POST', path: '/v1/dev/user/action-items', body: { description: 'Refused create' } }];

    const judgement = intended.judge([], new Set(['Refused create', 'Other create']), refused);

    expect(judgement).toMatchObject({ lost: 0, told: 1, toldWithoutCause: 1 });
  });

  it("takes as refusals the 4xx answers other than 429, not a proxy's page", () => {
    const request = (status: number, byProxy?: boolean) => ({
      method: 'PATCH',
      path: '/x',
      body: {},
      status,
      ...(byProxy ? { byProxy } : {}),
    });
    expect(
      refusedRequests([request(200), request(422), request(404), request(429), request(503), request(403, true)])
        .length,
    ).toBe(2);
  });
});
