/**
 * Conversations as Omi answers them, read through the client: times in the server's forms become
 * UTC ISO; a time that cannot be read makes the answer unreadable (named where it is), except a
 * to-do's due date, which is then left out; a to-do without words is left out.
 */
import { describe, expect, it } from 'vitest';
import { prepareConversationListCheck } from '../../../../electron/core/api/conversation-list-api';
import { OmiClient } from '../../../../electron/core/api/omi-client';

function clientAnswering(body: unknown) {
  const fetch = (() =>
    Promise.resolve(
      new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
    )) as typeof globalThis.fetch;
  return new OmiClient({
    baseUrl: 'https://api.omi.test',
    fetch,
    getKey: () => Promise.resolve('omi_dev_conversation_answers_0001'),
  });
}

const conversation = (overrides: Record<string, unknown> = {}, structured: Record<string, unknown> = {}) => ({
  id: 'conv-1',
  created_at: '2026-12-06T09:00:00.123456+00:00',
  started_at: '2026-12-06T08:30:00',
  finished_at: null,
  structured: {
    title: 'Launch call',
    overview: 'The deck and the venue.',
    action_items: [
      { description: ' Send the deck. ', completed: false, due_at: '2026-12-08T17:00:00Z' },
      { description: 'Book the room', completed: null, due_at: 'next week' },
      { description: '   ', completed: false, due_at: null },
      { description: null },
    ],
    ...structured,
  },
  ...overrides,
});

describe('conversations as Omi answers them', () => {
  it('reads the times into UTC, leaves out a due date it cannot read and to-dos without words', async () => {
    const answer = await clientAnswering([conversation()]).conversationsSince('2026-12-02T09:00:00.000Z');
    expect(answer).toEqual({
      ok: true,
      value: [
        {
          summary: {
            id: 'conv-1',
            title: 'Launch call',
            overview: 'The deck and the venue.',
            emoji: null,
            category: null,
            startedAt: '2026-12-06T08:30:00.000Z',
            finishedAt: null,
            createdAt: '2026-12-06T09:00:00.123Z',
          },
          toDos: [
            { words: 'Send the deck.', done: false, dueAt: '2026-12-08T17:00:00.000Z' },
            { words: 'Book the room', done: false, dueAt: null },
          ],
        },
      ],
    });
  });

  it.each([
    ['created_at', { created_at: 'yesterday' }],
    ['started_at', { started_at: '2026-13-40T99:00:00Z' }],
    ['finished_at', { finished_at: 'soon' }],
  ])('finds the list unreadable when %s is not a time, and says where', async (field, overrides) => {
    const answer = await clientAnswering([conversation(), conversation(overrides)]).conversationsSince(
      '2026-12-02T09:00:00.000Z',
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { kind: 'server', detail: `1.${field}: is not a date and time` },
    });
  });

  it('finds the list unreadable when a title is missing', async () => {
    const answer = await clientAnswering([conversation({}, { title: undefined })]).conversationsSince(
      '2026-12-02T09:00:00.000Z',
    );
    expect(answer).toMatchObject({ ok: false, error: { kind: 'server', detail: expect.stringMatching(/title/) } });
  });

  it('reads one conversation the same way, and names the time it cannot read', async () => {
    expect(
      await clientAnswering(conversation({}, { emoji: '🚀', category: 'work' })).conversation('conv-1'),
    ).toMatchObject({ ok: true, value: { emoji: '🚀', category: 'work', createdAt: '2026-12-06T09:00:00.123Z' } });
    expect(await clientAnswering(conversation({ created_at: 42 })).conversation('conv-1')).toMatchObject({
      ok: false,
      error: { kind: 'server', detail: expect.stringMatching(/created_at/) },
    });
    expect(await clientAnswering(conversation({ finished_at: 'later' })).conversation('conv-1')).toMatchObject({
      ok: false,
      error: { kind: 'server', detail: 'finished_at: is not a date and time' },
    });
  });

  it('builds its check on a made-up list of one conversation, which passes', () => {
    expect(prepareConversationListCheck()).toBe(true);
  });
});
