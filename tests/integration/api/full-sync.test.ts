import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../electron/shared/action-item';
import { OmiClient } from '../../../electron/core/api/omi-client';
import { generateItems } from '../../fake-omi/sample-items';
import { setup, WRITE_KEY } from './support';

const listRequests = (fake: Awaited<ReturnType<typeof setup>>['fake']) =>
  fake.requests().filter((request) => request.method === 'GET' && request.path === '/v1/dev/user/action-items');

function expectClientOrder(items: ActionItem[]): void {
  for (let index = 1; index < items.length; index++) {
    const [a, b] = [items[index - 1]!, items[index]!];
    if (a.completed !== b.completed) {
      expect(a.completed, `${a.id} before ${b.id}`).toBe(false);
      continue;
    }
    if (a.dueAt !== null && b.dueAt !== null) expect(Date.parse(a.dueAt)).toBeLessThanOrEqual(Date.parse(b.dueAt));
    else expect(a.dueAt === null && b.dueAt !== null, `undated ${a.id} before dated ${b.id}`).toBe(false);
    if (a.dueAt === b.dueAt)
      expect(Date.parse(a.createdAt ?? '')).toBeGreaterThanOrEqual(Date.parse(b.createdAt ?? ''));
  }
}

describe('full sync', () => {
  it('fetches 1,500 open and 1,000 completed items in six requests, each once, sorted (issue 17.1)', async () => {
    const { fake, client } = await setup({
      items: [
        ...generateItems(1500, { completed: false, idPrefix: 'open' }),
        ...generateItems(1000, { completed: true, idPrefix: 'done', seed: 2 }),
      ],
    });

    const result = await client.listAll();

    if (!result.ok) throw new Error(result.error.message);
    // Per list: a plain page (full: Omi read only a prefix), then two windows of created_at that come back short.
    expect(listRequests(fake)).toHaveLength(6);
    expect(result.value).toHaveLength(2500);
    expect(new Set(result.value.map((item) => item.id)).size).toBe(2500);
    expect(result.value.filter((item) => !item.completed)).toHaveLength(1500);
    expectClientOrder(result.value);
  }, 20_000);

  it('reads a short list with one page each: open items without a filter, completed ones with it', async () => {
    const { fake, client } = await setup({ items: generateItems(800, { completed: false }) });

    await client.listAll();

    const queries = listRequests(fake).map((request) => request.query);
    expect(queries).toEqual(
      expect.arrayContaining([
        { limit: '1000', offset: '0' },
        { completed: 'true', limit: '1000', offset: '0' },
      ]),
    );
    expect(queries).toHaveLength(2);
  });

  it('reads a full first page again in windows of created_at, each bounded on at least one side', async () => {
    const { fake, client } = await setup({ items: generateItems(1000, { completed: false }) });

    const result = await client.listAll();

    expect(result.ok && result.value.length).toBe(1000);
    const windows = listRequests(fake).filter(
      (request) => request.query.start_date !== undefined || request.query.end_date !== undefined,
    );
    expect(windows.length).toBeGreaterThanOrEqual(2);
    for (const window of windows) expect(window.query.completed).toBe('false');
  });

  it('reaches every item of a list longer than the 2,000 one page can reach', async () => {
    const { client } = await setup({ items: generateItems(2300, { completed: false }) });

    const result = await client.listAll();

    expect(result.ok && new Set(result.value.map((item) => item.id)).size).toBe(2300);
  }, 20_000);

  it('orders open before completed, dated by due time, undated after, ties newest created first', async () => {
    const { client } = await setup({
      items: [
        { id: 'done', completed: true, due_at: '2026-01-01T09:00:00Z' },
        { id: 'undated-old', created_at: '2026-01-01T00:00:00Z' },
        { id: 'undated-new', created_at: '2026-01-05T00:00:00Z' },
        { id: 'late', due_at: '2026-03-01T09:00:00Z' },
        { id: 'tie-old', due_at: '2026-02-01T09:00:00Z', created_at: '2026-01-01T00:00:00Z' },
        { id: 'tie-new', due_at: '2026-02-01T10:00:00+01:00', created_at: '2026-01-02T00:00:00Z' },
        { id: 'early', due_at: '2026-01-10T09:00:00Z' },
      ],
    });

    const result = await client.listAll();

    expect(result.ok && result.value.map((item) => item.id)).toEqual([
      'early',
      'tie-new',
      'tie-old',
      'late',
      'undated-new',
      'undated-old',
      'done',
    ]);
  });

  it('keeps one copy of an item that moved between the two lists while they were read: the newer one', async () => {
    const { fake } = await setup({
      items: [{ id: 'moving', description: 'Moves to completed', updated_at: '2026-01-01T00:00:00Z' }],
    });
    // The completed list is read only after the open one came back and the item was completed elsewhere.
    let openListRead: () => void = () => {};
    const openDone = new Promise<void>((resolve) => (openListRead = resolve));
    const client = new OmiClient({
      baseUrl: fake.url,
      getKey: () => Promise.resolve(WRITE_KEY),
      fetch: async (input, init) => {
        const url = new URL(String(input));
        if (url.searchParams.get('completed') === 'true') {
          await openDone;
          await fetch(`${fake.url}/v1/dev/user/action-items/moving`, {
            method: 'PATCH',
            headers: { Authorization: `Bearer ${WRITE_KEY}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ completed: true }),
          });
        }
        const response = await fetch(input, init);
        // The open items are read without a completed filter.
        if (!url.searchParams.has('completed')) openListRead();
        return response;
      },
    });

    const result = await client.listAll();

    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toHaveLength(1);
    expect(result.value[0]).toMatchObject({ id: 'moving', completed: true });
  });

  it('reads microsecond times, +00:00 offsets and missing fields into UTC ISO strings and nulls', async () => {
    const { client } = await setup({
      items: [
        {
          id: 'precise',
          description: 'Times with microseconds',
          due_at: '2026-04-01T16:30:00.123456Z',
          created_at: '2026-03-01T08:00:00.654321+00:00',
          updated_at: null,
          completed_at: null,
          conversation_id: null,
        },
      ],
    });

    const result = await client.listAll();

    expect(result.ok && result.value[0]).toEqual({
      id: 'precise',
      description: 'Times with microseconds',
      completed: false,
      dueAt: '2026-04-01T16:30:00.123Z',
      createdAt: '2026-03-01T08:00:00.654Z',
      updatedAt: null,
      completedAt: null,
      conversationId: null,
    });
  });
});
