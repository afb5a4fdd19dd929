import { describe, expect, it } from 'vitest';
import { OmiClient } from '../../../electron/core/api/omi-client';
import type { SeedConversationActionItem } from '../../fake-omi/conversations';
import { CONVERSATIONS_READ_SCOPE, READ_SCOPE, YOUR_ACCOUNT } from '../../fake-omi/server';
import { setup } from './support';

const CONVERSATION_KEY = 'omi_dev_integration_conversations_key_77de';
const SOMEONE_ELSES_KEY = 'omi_dev_integration_someone_else_key_5a21';
const keys = [
  { key: CONVERSATION_KEY, scopes: [READ_SCOPE, CONVERSATIONS_READ_SCOPE] },
  { key: 'omi_dev_integration_items_only_key_1c0f', scopes: [READ_SCOPE], account: YOUR_ACCOUNT },
  // Another person: a key with the scope, but the seeded conversations are not theirs.
  { key: SOMEONE_ELSES_KEY, scopes: [READ_SCOPE, CONVERSATIONS_READ_SCOPE], account: 'someone' },
];
const launch = {
  id: 'conv-launch',
  title: 'Planning the launch',
  overview: 'Ana and you agreed to send the deck by Friday.',
  emoji: '🚀',
  category: 'work',
  started_at: '2026-03-01T13:05:00.000000Z',
  finished_at: '2026-03-01T13:45:00.000000Z',
};

async function withKey(key: string) {
  const context = await setup({ keys, conversations: [launch], key });
  return context;
}

describe('a conversation from the Omi API', () => {
  it('is read with the conversations scope, without its transcript, as the document describes it', async () => {
    const { client, fake } = await withKey(CONVERSATION_KEY);
    const answer = await client.conversation('conv-launch');
    expect(answer).toEqual({
      ok: true,
      value: {
        id: 'conv-launch',
        title: 'Planning the launch',
        overview: 'Ana and you agreed to send the deck by Friday.',
        emoji: '🚀',
        category: 'work',
        startedAt: '2026-03-01T13:05:00.000Z',
        finishedAt: '2026-03-01T13:45:00.000Z',
        createdAt: '2026-03-01T13:05:00.000Z',
      },
    });
    const [request] = fake.requests();
    expect(request).toMatchObject({
      method: 'GET',
      path: '/v1/dev/user/conversations/conv-launch',
      query: {},
      status: 200,
    });
  });

  it('is refused (403) to a key without conversations:read', async () => {
    const { client } = await withKey('omi_dev_integration_items_only_key_1c0f');
    const answer = await client.conversation('conv-launch');
    expect(answer).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', detail: expect.stringMatching(/conversations:read/) },
    });
  });

  it('is not found (404) when deleted or unknown', async () => {
    const { client, fake } = await withKey(CONVERSATION_KEY);
    fake.removeConversation('conv-launch');
    expect(await client.conversation('conv-launch')).toMatchObject({ ok: false, error: { kind: 'not_found' } });
  });

  it("is not found (404) for another person's key, like an id nobody holds", async () => {
    const { client, fake } = await withKey(SOMEONE_ELSES_KEY);
    fake.seedConversations([{ id: 'conv-theirs', title: 'Their call', overview: 'Not yours.' }], 'someone');
    expect(await client.conversation('conv-launch')).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    expect(await client.conversation('conv-theirs')).toMatchObject({ ok: true, value: { title: 'Their call' } });
    const yours = new OmiClient({ baseUrl: fake.url, fetch, getKey: () => Promise.resolve(CONVERSATION_KEY) });
    expect(await yours.conversation('conv-theirs')).toMatchObject({ ok: false, error: { kind: 'not_found' } });
  });

  it('counts in the key’s conversation reads, apart from its action-item reads', async () => {
    const { client, fake } = await withKey(CONVERSATION_KEY);
    fake.setRateLimit({ conversationReads: 1, reads: 1000, retryAfterSeconds: 300 });
    expect((await client.conversation('conv-launch')).ok).toBe(true);
    expect((await client.listAll()).ok).toBe(true);
    expect(await client.conversation('conv-launch')).toMatchObject({
      ok: false,
      error: { kind: 'rate_limited', retryAfterSeconds: 300 },
    });
    expect((await client.listAll()).ok).toBe(true);
  });

  it('reads a conversation with no emoji and no end time', async () => {
    const { fake } = await withKey(CONVERSATION_KEY);
    fake.seedConversations([{ id: 'conv-plain', title: 'Call', overview: '', emoji: null, finished_at: null }]);
    const client = new OmiClient({ baseUrl: fake.url, fetch, getKey: () => Promise.resolve(CONVERSATION_KEY) });
    expect(await client.conversation('conv-plain')).toMatchObject({
      ok: true,
      value: { emoji: null, finishedAt: null, overview: '' },
    });
  });
});

describe('the list of recent conversations from the Omi API', () => {
  const heard = (id: string, created: string, toDos: SeedConversationActionItem[] = []) => ({
    id,
    title: `Call ${id}`,
    created_at: created,
    started_at: created,
    action_items: toDos,
  });

  it('is read since a moment, newest first, with the to-dos Omi heard', async () => {
    const { fake } = await withKey(CONVERSATION_KEY);
    fake.seedConversations([
      heard('conv-old', '2026-02-20T09:00:00.000000Z', [{ description: 'Too old' }]),
      heard('conv-a', '2026-03-02T09:00:00.000000Z', [
        { description: 'Send the deck', due_at: '2026-03-06T17:00:00Z' },
      ]),
      heard('conv-b', '2026-03-03T09:00:00.000000Z', [{ description: 'Call Ana', completed: true }]),
    ]);
    const client = new OmiClient({ baseUrl: fake.url, fetch, getKey: () => Promise.resolve(CONVERSATION_KEY) });
    const answer = await client.conversationsSince('2026-03-01T00:00:00.000Z');
    expect(answer.ok && answer.value.map((c) => c.summary.id)).toEqual(['conv-b', 'conv-a', 'conv-launch']);
    expect(answer.ok && answer.value[1]?.toDos).toEqual([
      { words: 'Send the deck', done: false, dueAt: '2026-03-06T17:00:00.000Z' },
    ]);
    expect(answer.ok && answer.value[0]?.toDos).toEqual([{ words: 'Call Ana', done: true, dueAt: null }]);
    const [request] = fake.requests();
    expect(request).toMatchObject({
      path: '/v1/dev/user/conversations',
      query: { start_date: '2026-03-01T00:00:00.000Z', limit: '100', offset: '0' },
      status: 200,
    });
    fake.assertNoViolations();
  });

  it('leaves out a conversation Omi is still processing, and lists it later under the time it started', async () => {
    let now = Date.parse('2026-03-02T11:00:00Z');
    const { client, fake } = await setup({ keys, key: CONVERSATION_KEY, now: () => now });
    fake.seedConversations([
      { ...heard('conv-meeting', '2026-03-02T09:00:00.000000Z'), listed_at: '2026-03-02T11:05:00.000000Z' },
    ]);
    const since = '2026-03-02T08:00:00.000Z';
    expect(await client.conversationsSince(since)).toEqual({ ok: true, value: [] });
    now = Date.parse('2026-03-02T11:05:00Z');
    const listed = await client.conversationsSince(since);
    expect(listed.ok && listed.value.map((c) => [c.summary.id, c.summary.createdAt])).toEqual([
      ['conv-meeting', '2026-03-02T09:00:00.000Z'],
    ]);
    fake.assertNoViolations();
  });

  it('holds the limit to 1..100, defaults to 25, and filters by category and star', async () => {
    const { fake } = await withKey(CONVERSATION_KEY);
    fake.seedConversations(
      Array.from({ length: 130 }, (_, i) =>
        heard(`conv-${i}`, new Date(Date.UTC(2026, 2, 2) + i * 60_000).toISOString()),
      ),
    );
    const get = (query: string) =>
      fetch(`${fake.url}/v1/dev/user/conversations?${query}`, {
        headers: { authorization: `Bearer ${CONVERSATION_KEY}` },
      });
    expect(((await (await get('')).json()) as unknown[]).length).toBe(25);
    expect(((await (await get('limit=500')).json()) as unknown[]).length).toBe(100);
    expect(((await (await get('limit=0')).json()) as unknown[]).length).toBe(1);
    expect(((await (await get('limit=10&offset=125')).json()) as unknown[]).length).toBe(6);
    expect(((await (await get('categories=work,finance')).json()) as unknown[]).length).toBe(1);
    const starred = await get('starred=true');
    expect(await starred.json()).toEqual([]);
    fake.assertNoViolations();
  });

  it('filters by end_date (inclusive) and folder, and carries the transcript only when asked, 25 at most', async () => {
    const { fake } = await withKey(CONVERSATION_KEY);
    fake.seedConversations([
      ...Array.from({ length: 30 }, (_, i) =>
        heard(`conv-${i}`, new Date(Date.UTC(2026, 2, 2) + i * 60_000).toISOString()),
      ),
      {
        ...heard('conv-filed', '2026-03-04T09:00:00.000000Z'),
        folder_id: 'folder-work',
        folder_name: 'Work',
        transcript: [
          { text: 'Can you send the deck?', start: 0, end: 2.5, speaker_id: 1 },
          { text: 'By Friday.', start: 2.8, end: 3.6, speaker_id: 0, is_user: true },
        ],
      },
    ]);
    const get = async (query: string) =>
      (await (
        await fetch(`${fake.url}/v1/dev/user/conversations?${query}`, {
          headers: { authorization: `Bearer ${CONVERSATION_KEY}` },
        })
      ).json()) as { id: string; transcript_segments: unknown; folder_name: string | null }[];
    const upTo = await get(`limit=100&end_date=${encodeURIComponent('2026-03-02T00:04:00Z')}`);
    expect(upTo.map((conversation) => conversation.id)).toEqual([
      'conv-4',
      'conv-3',
      'conv-2',
      'conv-1',
      'conv-0',
      'conv-launch',
    ]);
    const filed = await get('folder_id=folder-work');
    expect(filed.map((conversation) => [conversation.id, conversation.folder_name])).toEqual([['conv-filed', 'Work']]);
    expect(filed[0]?.transcript_segments).toBeNull();
    const spoken = await get('folder_id=folder-work&include_transcript=true');
    expect(spoken[0]?.transcript_segments).toEqual([
      {
        id: 'conv-filed-segment-0',
        text: 'Can you send the deck?',
        speaker_id: 1,
        speaker_name: 'Speaker 1',
        start: 0,
        end: 2.5,
      },
      { id: 'conv-filed-segment-1', text: 'By Friday.', speaker_id: 0, speaker_name: 'User', start: 2.8, end: 3.6 },
    ]);
    expect(await get('limit=100')).toHaveLength(32);
    expect(await get('limit=100&include_transcript=true')).toHaveLength(25);
    fake.assertNoViolations();
  });

  it("reads to-dos carrying every field the document allows (Omi's own times, a conversation id) as words, done and due", async () => {
    const { client, fake } = await withKey(CONVERSATION_KEY);
    fake.seedConversations([
      heard('conv-full', '2026-03-04T09:00:00.000000Z', [
        {
          description: 'Book the venue',
          completed: true,
          due_at: '2026-03-06T17:00:00.123456Z',
          conversation_id: 'conv-full',
          created_at: '2026-03-04T09:40:00.000000Z',
          updated_at: '2026-03-04T10:00:00.000000Z',
          completed_at: '2026-03-04T10:00:00.000000Z',
        },
      ]),
    ]);
    const answer = await client.conversationsSince('2026-03-04T00:00:00.000Z');
    expect(answer.ok && answer.value.find((c) => c.summary.id === 'conv-full')?.toDos).toEqual([
      { words: 'Book the venue', done: true, dueAt: '2026-03-06T17:00:00.123Z' },
    ]);
    fake.assertNoViolations();
  });

  it('is refused (403) to a key without conversations:read and counts in the conversation reads', async () => {
    const { client } = await withKey('omi_dev_integration_items_only_key_1c0f');
    expect(await client.conversationsSince('2026-03-01T00:00:00.000Z')).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    const { fake } = await withKey(CONVERSATION_KEY);
    fake.setRateLimit({ conversationReads: 1, retryAfterSeconds: 120 });
    const reader = new OmiClient({ baseUrl: fake.url, fetch, getKey: () => Promise.resolve(CONVERSATION_KEY) });
    expect((await reader.conversationsSince('2026-03-01T00:00:00.000Z')).ok).toBe(true);
    expect(await reader.conversation('conv-launch')).toMatchObject({
      ok: false,
      error: { kind: 'rate_limited', retryAfterSeconds: 120 },
    });
    expect((await reader.listAll()).ok).toBe(true);
  });
});
