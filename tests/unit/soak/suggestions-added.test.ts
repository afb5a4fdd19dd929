/**
 * The edit soak's Add and Add all on suggestions: what the app accepted becomes intended once, with
 * its words and due date, and a suggestion the app offers again after it was added ends up judged
 * as a duplicate when the person adds it again.
 */
import { describe, expect, it } from 'vitest';
import type { ActionAnswer, CoreHandle, CoreView, UserAction } from '../../../scripts/soak/core-host';
import { EditSession } from '../../../scripts/soak/edit-session';
import { IntendedState } from '../../../scripts/soak/intended-state';
import type { SeededRandom } from '../../../scripts/soak/seeded-random';
import type { Suggestion } from '../../../electron/shared/suggestion';
import type { ApiItem } from '../../fake-omi/server';

const suggestion = (words: string, conversationId: string, dueAt: string | null = null): Suggestion => ({
  key: `${conversationId} ${words}`,
  words,
  dueAt,
  conversationId,
  conversationTitle: 'Planning',
  heardAt: '2026-06-01T07:00:00.000Z',
});

/** A person who always makes `kind`, picks the first suggestion and never opens the popover first. */
function person(kind: 'add-suggestion' | 'add-all'): SeededRandom {
  return {
    pick: <T>(choices: readonly T[]) => (choices.includes(kind as T) ? (kind as T) : choices[0]!),
    chance: () => false,
    int: (min: number) => min,
  } as unknown as SeededRandom;
}

/** An app offering `offered` that accepts every Add and made `made` items for it. */
function app(offered: Suggestion[], made: number): CoreHandle & { acted: UserAction[] } {
  const acted: UserAction[] = [];
  const view: CoreView = {
    items: [
      {
        id: 'x',
        description: 'something listed',
        completed: false,
        dueAt: null,
        createdAt: null,
        updatedAt: null,
        completedAt: null,
        conversationId: null,
        pending: false,
        localOnly: false,
      },
    ],
    pendingDeletes: [],
    suggestions: offered,
    outboxSize: 0,
    warnings: [],
    told: [],
  };
  return {
    acted,
    act: (action: UserAction): Promise<ActionAnswer> => {
      acted.push(action);
      return Promise.resolve({ ok: true, ids: Array.from({ length: made }, (_, index) => `made-${index}`) });
    },
    view: () => Promise.resolve(view),
    quit: () => Promise.resolve(),
  };
}

const stored = (description: string, id: string, due_at: string | null = null): ApiItem => ({
  id,
  description,
  completed: false,
  due_at,
  created_at: null,
  updated_at: null,
  completed_at: null,
  conversation_id: null,
});

describe('suggestions added in the edit soak', () => {
  it('intends each suggestion Add all made, with its due date, and no more than the app made', async () => {
    const intended = new IntendedState();
    const core = app(
      [
        suggestion('Send the deck', 'c1', '2026-06-02T09:00:00Z'),
        suggestion('Book the venue', 'c1'),
        suggestion('Call Ana', 'c2'),
      ],
      1,
    );
    const session = new EditSession(intended, person('add-all'), 'u', () => Date.parse('2026-06-01T08:00:00Z'));
    await session.edit(core);
    expect(core.acted).toEqual([{ kind: 'add-all-suggestions', conversationId: 'c1' }]);
    expect(intended.all().map((item) => [intended.current(item), item.dueAt])).toEqual([
      ['Send the deck', Date.parse('2026-06-02T09:00:00Z')],
    ]);
    expect(intended.judge([stored('Send the deck', 'i1', '2026-06-02T09:00:00Z')], new Set())).toMatchObject({
      lost: 0,
      duplicates: 0,
      unintended: 0,
    });
  });

  it('judges a suggestion added again after the app offered it a second time as a duplicate', async () => {
    const intended = new IntendedState();
    const session = new EditSession(intended, person('add-suggestion'), 'u', () => Date.parse('2026-06-01T08:00:00Z'));
    await session.edit(app([suggestion('Send the deck', 'c1')], 1));
    await session.edit(app([suggestion('Send the deck', 'c1')], 1));
    expect(session.tally).toMatchObject({ suggestionsAdded: 1, offeredAgain: 1 });
    expect(intended.judge([stored('Send the deck', 'i1'), stored('Send the deck', 'i2')], new Set()).duplicates).toBe(
      1,
    );
  });

  it('finds an added suggestion Omi never created lost', async () => {
    const intended = new IntendedState();
    const session = new EditSession(intended, person('add-suggestion'), 'u', () => Date.parse('2026-06-01T08:00:00Z'));
    await session.edit(app([suggestion('Send the deck', 'c1')], 1));
    expect(intended.judge([], new Set()).lost).toBe(1);
  });
});
