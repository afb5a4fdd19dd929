/**
 * The fake plays by the real server's rules unless a test asks for something kinder by name: nulls
 * ignored, read-only keys, one list per account, hourly limits that refill, locked items dropped after
 * paging, pages cut from a document-id prefix, windows of created_at, writes saved but answered late or never, proxies' HTML pages.
 * Raw fetch, so nothing of the client's care hides what the server does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  CONVERSATIONS_READ_SCOPE,
  startFakeOmi,
  READ_WRITE,
  type FakeOmi,
  type FakeOmiOptions,
} from '../../fake-omi/server';
import { generateItems } from '../../fake-omi/sample-items';

const ITEMS = '/v1/dev/user/action-items';
const KEY = 'omi_dev_rules_key_one_8d21';
const OTHER = 'omi_dev_rules_key_two_0c7e';

async function call(
  fake: FakeOmi,
  path: string,
  init: { method?: string; key?: string; body?: unknown; signal?: AbortSignal } = {},
) {
  const headers: Record<string, string> = { Authorization: `Bearer ${init.key ?? KEY}` };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${fake.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return {
    status: response.status,
    headers: response.headers,
    body: (isJson && text !== '' ? JSON.parse(text) : text) as unknown,
  };
}

const servers: FakeOmi[] = [];
async function server(options: FakeOmiOptions = {}): Promise<FakeOmi> {
  const fake = await startFakeOmi({ keys: [{ key: KEY, scopes: READ_WRITE }], ...options });
  servers.push(fake);
  return fake;
}

afterEach(async () => {
  const running = servers.splice(0);
  try {
    for (const fake of running) fake.assertNoViolations();
  } finally {
    for (const fake of running) await fake.close();
  }
});

describe("by default the fake plays by the deployed server's rules", () => {
  it('ignores due_at: null beside other fields, and answers a body of only nulls with 422', async () => {
    const fake = await server({ items: [{ id: 'a', due_at: '2026-05-01T09:00:00Z' }] });

    const mixed = await call(fake, `${ITEMS}/a`, { method: 'PATCH', body: { completed: true, due_at: null } });
    const onlyNull = await call(fake, `${ITEMS}/a`, { method: 'PATCH', body: { due_at: null } });

    expect(mixed).toMatchObject({ status: 200, body: { completed: true, due_at: '2026-05-01T09:00:00Z' } });
    expect(onlyNull).toMatchObject({ status: 422, body: { detail: 'At least one field must be provided' } });
    expect(fake.items()[0]?.due_at).toBe('2026-05-01T09:00:00Z');
  });

  it('clears the due date on null only when a test asks for clearsDueDateOnNull', async () => {
    const fake = await server({ items: [{ id: 'a', due_at: '2026-05-01T09:00:00Z' }], clearsDueDateOnNull: true });

    const cleared = await call(fake, `${ITEMS}/a`, { method: 'PATCH', body: { due_at: null } });

    expect(cleared).toMatchObject({ status: 200, body: { due_at: null } });
  });

  it('gives a key read scope only unless the test grants write; GET /v1/dev/key says which', async () => {
    const fake = await server({ keys: [{ key: KEY }], items: [{ id: 'a' }] });

    const read = await call(fake, ITEMS);
    const tick = await call(fake, `${ITEMS}/a`, { method: 'PATCH', body: { completed: true } });
    const info = await call(fake, '/v1/dev/key');

    expect(read.status).toBe(200);
    expect(tick).toMatchObject({
      status: 403,
      body: { detail: 'Insufficient permissions. Required scope: action_items:write' },
    });
    expect(info).toMatchObject({
      status: 200,
      body: { scopes: ['action_items:read'], last_used_at: expect.any(String) },
    });
    expect(Object.keys(info.body as object).sort()).toEqual([
      'created_at',
      'id',
      'key_prefix',
      'last_used_at',
      'name',
      'scopes',
    ]);
    expect(KEY.startsWith((info.body as { key_prefix: string }).key_prefix)).toBe(true);
  });

  it('keeps one list per account: a second key is another person unless it names the same account', async () => {
    const fake = await server({
      keys: [
        { key: KEY, scopes: READ_WRITE },
        { key: OTHER, scopes: READ_WRITE },
      ],
      items: [{ id: 'mine' }],
    });

    const theirs = await call(fake, ITEMS, { key: OTHER });
    const created = await call(fake, ITEMS, { method: 'POST', key: OTHER, body: { description: 'Their own item' } });
    const reachMine = await call(fake, `${ITEMS}/mine`, { method: 'PATCH', key: OTHER, body: { completed: true } });
    fake.setKey({ key: 'omi_dev_rules_second_key_of_mine', account: 'you' });
    const secondOfMine = await call(fake, ITEMS, { key: 'omi_dev_rules_second_key_of_mine' });

    expect(theirs.body).toEqual([]);
    expect(created.status).toBe(200);
    expect(reachMine.status).toBe(404);
    expect(fake.items().map((item) => item.id)).toEqual(['mine']);
    expect(fake.items(`account-of-${OTHER}`).map((item) => item.description)).toEqual(['Their own item']);
    expect((secondOfMine.body as { id: string }[]).map((item) => item.id)).toEqual(['mine']);
  });

  it('limits each key to 120 reads in a fixed hour from its first read, with Retry-After to the hour’s end, then starts again', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const fake = await server({ now: () => now, keys: [{ key: KEY, scopes: READ_WRITE }, { key: OTHER }] });

    const answers = [];
    for (let minute = 0; minute < 120; minute++) {
      answers.push(await call(fake, ITEMS));
      now += 20_000;
    }
    const over = await call(fake, ITEMS);
    const otherKey = await call(fake, ITEMS, { key: OTHER });
    const write = await call(fake, ITEMS, { method: 'POST', body: { description: 'Writes have their own budget' } });
    now = Date.parse('2026-03-01T11:00:00.001Z');
    const refilled = await call(fake, ITEMS);

    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    // Omi sends X-RateLimit-* with a 429 only.
    expect(answers[0]!.headers.get('x-ratelimit-limit')).toBeNull();
    expect(over.status).toBe(429);
    expect(over.body).toEqual({ detail: `Rate limit exceeded. Try again in ${3600 - 120 * 20}s.` });
    expect(over.headers.get('retry-after')).toBe(String(3600 - 120 * 20));
    expect(over.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(otherKey.status).toBe(200);
    expect(write.status).toBe(200);
    expect(refilled.status).toBe(200);
  });

  it('can answer 429 without Retry-After, and can be switched off by name', async () => {
    const fake = await server({ rateLimits: { reads: 1, sendsRetryAfter: false } });

    await call(fake, ITEMS);
    const limited = await call(fake, ITEMS);
    fake.setRateLimit('off');
    const unlimited = await Promise.all(Array.from({ length: 130 }, () => call(fake, ITEMS)));

    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(unlimited.every((answer) => answer.status === 200 && answer.headers.get('x-ratelimit-limit') === null)).toBe(
      true,
    );
  });

  it('counts in fixed hours, not a sliding one: a burst at the end of an hour and one at the start of the next both go through', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const fake = await server({ now: () => now, rateLimits: { reads: 3 } });

    const opening = await call(fake, ITEMS);
    now += 59 * 60_000;
    const late = [await call(fake, ITEMS), await call(fake, ITEMS)];
    const over = await call(fake, ITEMS);
    now = Date.parse('2026-03-01T10:59:59.600Z');
    const lastHalfSecond = await call(fake, ITEMS);
    now = Date.parse('2026-03-01T11:00:00Z');
    // A sliding hour would still count the two reads of 10:59; Omi's fixed hour has ended.
    const next = [await call(fake, ITEMS), await call(fake, ITEMS), await call(fake, ITEMS)];
    const overAgain = await call(fake, ITEMS);

    expect([opening, ...late].map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe('60');
    // Redis rounds the window's TTL: in its last half second Omi says 0.
    expect(lastHalfSecond.headers.get('retry-after')).toBe('0');
    expect(next.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(overAgain.headers.get('retry-after')).toBe('3600');
  });

  it('counts conversation reads in their own hour, 60 per key, apart from the action-item reads', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const fake = await server({
      now: () => now,
      rateLimits: { reads: 2 },
      keys: [{ key: KEY, scopes: [...READ_WRITE, CONVERSATIONS_READ_SCOPE] }],
    });
    fake.seedConversations([{ id: 'conv-1', title: 'Call', overview: 'About the lease.' }]);

    const conversations = [];
    for (let read = 0; read < 60; read++) conversations.push(await call(fake, '/v1/dev/user/conversations/conv-1'));
    const overConversations = await call(fake, '/v1/dev/user/conversations/conv-1');
    const lists = [await call(fake, ITEMS), await call(fake, ITEMS)];
    const overList = await call(fake, ITEMS);
    now += 60 * 60_000;
    const nextHour = await call(fake, '/v1/dev/user/conversations/conv-1');

    expect(conversations.every((answer) => answer.status === 200)).toBe(true);
    expect(overConversations.status).toBe(429);
    expect(overConversations.headers.get('x-ratelimit-limit')).toBe('60');
    expect(overConversations.headers.get('retry-after')).toBe('3600');
    expect(lists.map((answer) => answer.status)).toEqual([200, 200]);
    expect(overList.status).toBe(429);
    expect(nextHour.status).toBe(200);
  });

  it('drops locked items after paging: a page cut from a prefix comes back short', async () => {
    const fake = await server({
      items: [
        { id: 'a-locked', locked: true, due_at: '2000-01-01T00:00:00Z' },
        ...generateItems(1499, { completed: false }),
      ],
    });

    const first = await call(fake, `${ITEMS}?completed=false&limit=1000&offset=0`);

    expect((first.body as unknown[]).length).toBe(999);
  });

  it('pages a document-id prefix: plain pages of a long list overlap and skip on every read (issue 17.1)', async () => {
    // The model of Omi's code: min(2000, offset + limit + 32) documents in id order, sorted, then sliced.
    // How many are never returned depends on the due dates (the model: 66, 301 and 481).
    for (const size of [1032, 1100, 1500, 1999]) {
      const fake = await server({ items: generateItems(size, { completed: false, idPrefix: `p${size}` }) });
      const first = (await call(fake, `${ITEMS}?completed=false&limit=1000&offset=0`)).body as { id: string }[];
      const second = (await call(fake, `${ITEMS}?completed=false&limit=1000&offset=1000`)).body as { id: string }[];
      const seen = new Set([...first, ...second].map((item) => item.id));
      if (size <= 1032) expect(seen.size, `${size} items`).toBe(size);
      else expect(size - seen.size, `${size} items`).toBeGreaterThan(size / 25);
    }
  }, 20_000);

  it('filters start_date and end_date on created_at, both inclusive, newest created first, never an item without created_at', async () => {
    const fake = await server({
      items: [
        { id: 'zz-old', created_at: '2026-01-01T00:00:00Z' },
        { id: 'aa-edge', created_at: '2026-01-02T00:00:00Z', due_at: '2026-05-01T00:00:00Z' },
        { id: 'mm-mid', created_at: '2026-01-03T00:00:00Z', due_at: '2026-04-01T00:00:00Z' },
        { id: 'bb-none', created_at: null },
      ],
    });

    const window = (
      await call(fake, `${ITEMS}?completed=false&start_date=2026-01-02T00:00:00Z&end_date=2026-01-03T00:00:00Z`)
    ).body as { id: string }[];
    const open = (await call(fake, `${ITEMS}?completed=false&end_date=2027-01-01T00:00:00Z`)).body as { id: string }[];

    expect(window.map((item) => item.id)).toEqual(['mm-mid', 'aa-edge']);
    expect(open.map((item) => item.id)).not.toContain('bb-none');
  });

  it('lists an old item without a completed mark only without a completed filter', async () => {
    const fake = await server({ items: [{ id: 'old', legacy: true }, { id: 'new' }] });

    const filtered = (await call(fake, `${ITEMS}?completed=false`)).body as { id: string }[];
    const unfiltered = (await call(fake, ITEMS)).body as { id: string; completed: boolean }[];

    expect(filtered.map((item) => item.id)).toEqual(['new']);
    expect(unfiltered.map((item) => [item.id, item.completed])).toEqual(
      expect.arrayContaining([
        ['old', false],
        ['new', false],
      ]),
    );
  });

  it('gives a new item a document id whose order says nothing of when it was made', async () => {
    const fake = await server();
    const ids: string[] = [];
    for (let index = 0; index < 20; index++)
      ids.push(
        ((await call(fake, ITEMS, { method: 'POST', body: { description: `n${index}` } })).body as { id: string }).id,
      );

    expect([...ids].sort()).not.toEqual(ids);
  });

  it('re-stamps completed_at on every completed: true', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const fake = await server({ now: () => now, items: [{ id: 'a' }] });

    const first = await call(fake, `${ITEMS}/a`, { method: 'PATCH', body: { completed: true } });
    now += 5_000;
    const resent = await call(fake, `${ITEMS}/a`, { method: 'PATCH', body: { completed: true } });

    expect((first.body as { completed_at: string }).completed_at).not.toBe(
      (resent.body as { completed_at: string }).completed_at,
    );
  });
});

describe('what a bench hears', () => {
  it('tells when each answer leaves, after any hold, and not for a connection dropped unanswered', async () => {
    const fake = await server({ items: generateItems(3, { completed: false }) });
    const left: string[] = [];
    fake.onAnswer((request) => left.push(`${request.method} ${request.path} ${request.status ?? 'none'}`));
    fake.holdAnswers();
    const held = call(fake, ITEMS);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(left).toEqual([]);
    fake.releaseAnswers();
    expect((await held).status).toBe(200);
    fake.dropConnections(1, { method: 'GET' });
    await expect(call(fake, ITEMS)).rejects.toThrow();
    expect(await call(fake, `${ITEMS}/nobody`, { method: 'DELETE' })).toMatchObject({ status: 404 });
    expect(left).toEqual([`GET ${ITEMS} 200`, `DELETE ${ITEMS}/nobody 404`]);
  });
});

describe('trouble a test asks for', () => {
  it('saves a write and answers it late', async () => {
    const fake = await server();
    fake.answerLate({ method: 'POST', ms: 300 });

    const pending = call(fake, ITEMS, { method: 'POST', body: { description: 'Saved before the answer' } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const savedMeanwhile = fake.items().length;
    const answer = await pending;

    expect(savedMeanwhile).toBe(1);
    expect(answer.status).toBe(200);
  });

  it('saves a write and never answers it: the client gives up, the item exists', async () => {
    const fake = await server();
    fake.answerLate({ method: 'POST', ms: 'never' });

    const outcome = await call(fake, ITEMS, {
      method: 'POST',
      body: { description: 'Saved, never answered' },
      signal: AbortSignal.timeout(300),
    }).catch((error: unknown) => error);

    expect(outcome).toBeInstanceOf(Error);
    expect(fake.items().map((item) => item.description)).toEqual(['Saved, never answered']);
    expect(fake.requests()[0]!.status).toBe(0);
  });

  it('saves a write only after the client gave up on it', async () => {
    const fake = await server();
    fake.answerLate({ method: 'POST', ms: 'never', actAfterMs: 400 });

    const outcome = await call(fake, ITEMS, {
      method: 'POST',
      body: { description: 'Saved late' },
      signal: AbortSignal.timeout(150),
    }).catch((error: unknown) => error);
    const whenTheClientGaveUp = fake.items().length;
    await new Promise((resolve) => setTimeout(resolve, 400));

    expect(outcome).toBeInstanceOf(Error);
    expect(whenTheClientGaveUp).toBe(0);
    expect(fake.items().map((item) => item.description)).toEqual(['Saved late']);
  });

  it('records when each request was carried out and the item a create made, answered or not', async () => {
    let now = Date.parse('2026-06-01T08:00:00Z');
    const fake = await server({ now: () => now });
    fake.answerLate({ method: 'POST', ms: 'never', actAfterMs: 200 });

    await call(fake, ITEMS, {
      method: 'POST',
      body: { description: 'Saved late' },
      signal: AbortSignal.timeout(50),
    }).catch(() => undefined);
    now += 60_000;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await call(fake, `${ITEMS}/nobody`, { method: 'DELETE' });

    const [late, missing] = fake.requests();
    expect(late).toMatchObject({ serial: 1, status: 0, at: now - 60_000, actedAt: now, madeId: fake.items()[0]!.id });
    expect(missing).toMatchObject({ serial: 2, status: 404, actedAt: now });
    expect(missing!.madeId).toBeUndefined();
  });

  it("answers with a proxy's HTML page, outside the document, without touching the items", async () => {
    const fake = await server({ items: [{ id: 'a' }] });
    fake.proxyError({ status: 403, method: 'PATCH' });
    fake.proxyError({ status: 404, method: 'DELETE' });
    fake.proxyError({ status: 502 });

    const forbidden = await call(fake, `${ITEMS}/a`, { method: 'PATCH', body: { completed: true } });
    const missing = await call(fake, `${ITEMS}/a`, { method: 'DELETE' });
    const badGateway = await call(fake, ITEMS);

    for (const [answer, status] of [
      [forbidden, 403],
      [missing, 404],
      [badGateway, 502],
    ] as const) {
      expect(answer.status).toBe(status);
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
      expect(answer.body).toMatch(/^<!DOCTYPE html>/);
    }
    expect(fake.items()).toMatchObject([{ id: 'a', completed: false }]);
    expect(fake.requests().every((request) => request.byProxy)).toBe(true);
    expect(fake.violations()).toEqual([]);
  });

  it('can let Omi act first and then answer a gateway page: the change is saved though a 502/504 came back', async () => {
    const fake = await server({ items: [{ id: 'a' }] });
    fake.proxyError({ status: 504, method: 'PATCH', afterActing: true });
    fake.proxyError({ status: 502, method: 'POST', afterActing: true });

    const timedOut = await call(fake, `${ITEMS}/a`, { method: 'PATCH', body: { completed: true } });
    const badGateway = await call(fake, ITEMS, { method: 'POST', body: { description: 'Book the train' } });

    expect([timedOut.status, badGateway.status]).toEqual([504, 502]);
    expect(timedOut.body).toMatch(/<title>504 Gateway Time-out<\/title>/);
    expect(fake.items()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'a', completed: true }),
        expect.objectContaining({ description: 'Book the train' }),
      ]),
    );
    expect(fake.violations()).toEqual([]);
  });
});
