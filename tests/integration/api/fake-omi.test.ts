/**
 * The fake server itself: it behaves as docs/omi-api-facts.md says and catches requests and answers that
 * leave the vendored document. Raw fetch here, so nothing of the client's care hides a breach.
 */
import { describe, expect, it } from 'vitest';
import { generateItems } from '../../fake-omi/sample-items';
import { READ_ONLY_KEY, setup, WRITE_KEY } from './support';

const ITEMS = '/v1/dev/user/action-items';

async function call(url: string, init: { method?: string; key?: string; body?: unknown; raw?: string } = {}) {
  const headers: Record<string, string> = { Authorization: `Bearer ${init.key ?? WRITE_KEY}` };
  if (init.body !== undefined || init.raw !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}

describe('the fake Omi server behaves like Omi', () => {
  it('answers lists as bare arrays, clamping the limit to 1..1000 silently', async () => {
    const { fake } = await setup({ items: generateItems(1200, { completed: false }) });

    const big = await call(`${fake.url}${ITEMS}?limit=5000`);
    const tiny = await call(`${fake.url}${ITEMS}?limit=0`);
    const byDefault = await call(`${fake.url}${ITEMS}`);

    expect(big.status).toBe(200);
    expect((big.body as unknown[]).length).toBe(1000);
    expect((tiny.body as unknown[]).length).toBe(1);
    expect((byDefault.body as unknown[]).length).toBe(100);
  });

  it('sorts open before completed, by due time, undated after, ties newest created first', async () => {
    const { fake } = await setup({
      items: [
        { id: 'done', completed: true },
        { id: 'undated' },
        { id: 'later', due_at: '2026-02-01T00:00:00Z' },
        { id: 'soon-old', due_at: '2026-01-01T00:00:00Z', created_at: '2025-01-01T00:00:00Z' },
        { id: 'soon-new', due_at: '2026-01-01T00:00:00Z', created_at: '2025-06-01T00:00:00Z' },
      ],
    });

    const list = await call(`${fake.url}${ITEMS}?limit=10`);

    expect((list.body as { id: string }[]).map((item) => item.id)).toEqual([
      'soon-new',
      'soon-old',
      'later',
      'undated',
      'done',
    ]);
  });

  it('filters by completed and pages with offset, never past the 2,000th document', async () => {
    const { fake } = await setup({
      items: [...generateItems(2100, { completed: false }), ...generateItems(3, { completed: true, idPrefix: 'done' })],
    });

    const completed = await call(`${fake.url}${ITEMS}?completed=true`);
    const second = await call(`${fake.url}${ITEMS}?completed=false&limit=1000&offset=1000`);
    const beyond = await call(`${fake.url}${ITEMS}?completed=false&limit=1000&offset=2000`);

    expect((completed.body as { completed: boolean }[]).every((item) => item.completed)).toBe(true);
    expect((completed.body as unknown[]).length).toBe(3);
    expect((second.body as unknown[]).length).toBe(1000);
    expect(beyond.body).toEqual([]);
  });

  it('drops locked items after paging, so a short page is not the end', async () => {
    const { fake } = await setup({
      items: [
        { id: 'a', locked: true, due_at: '2026-01-01T00:00:00Z' },
        { id: 'b', due_at: '2026-01-02T00:00:00Z' },
        { id: 'c', due_at: '2026-01-03T00:00:00Z' },
      ],
    });

    const first = await call(`${fake.url}${ITEMS}?limit=2`);
    const rest = await call(`${fake.url}${ITEMS}?limit=2&offset=2`);

    expect((first.body as unknown[]).length).toBe(1);
    expect((rest.body as unknown[]).length).toBe(1);
  });

  it('stamps completed_at on every completing PATCH and bumps updated_at on every PATCH', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const { fake } = await setup({ items: [{ id: 'a', updated_at: '2026-01-01T00:00:00Z' }], now: () => now });

    const first = await call(`${fake.url}${ITEMS}/a`, { method: 'PATCH', body: { completed: true } });
    now += 60_000;
    const again = await call(`${fake.url}${ITEMS}/a`, { method: 'PATCH', body: { completed: true } });

    expect(first.body).toMatchObject({
      completed_at: '2026-03-01T10:00:00.000000Z',
      updated_at: '2026-03-01T10:00:00.000000Z',
    });
    expect(again.body).toMatchObject({
      completed_at: '2026-03-01T10:01:00.000000Z',
      updated_at: '2026-03-01T10:01:00.000000Z',
    });
  });

  it('holds answers until released: the change is made at once, its answer comes when the test says', async () => {
    const { fake } = await setup({ items: [{ id: 'a', description: 'Before' }] });
    fake.holdAnswers();
    let answered = false;
    const patch = call(`${fake.url}${ITEMS}/a`, { method: 'PATCH', body: { description: 'After' } }).then((answer) => {
      answered = true;
      return answer;
    });
    await expect.poll(() => fake.items().find((item) => item.id === 'a')?.description).toBe('After');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    fake.releaseAnswers();
    expect((await patch).status).toBe(200);
    // Released for good: the next answer comes at once.
    expect((await call(`${fake.url}${ITEMS}`)).status).toBe(200);
  });

  it('refuses with the bodies and headers Omi sends', async () => {
    const { fake } = await setup({ items: [{ id: 'a' }] });
    fake.setRateLimit({ reads: 1, retryAfterSeconds: 900 });

    const missingKey = await call(`${fake.url}${ITEMS}`, { key: 'omi_dev_wrong' });
    const readOnly = await call(`${fake.url}${ITEMS}/a`, {
      method: 'PATCH',
      key: READ_ONLY_KEY,
      body: { completed: true },
    });
    const allowed = await call(`${fake.url}${ITEMS}`);
    const limited = await call(`${fake.url}${ITEMS}`);

    expect(missingKey).toMatchObject({ status: 401, body: { detail: expect.any(String) } });
    expect(readOnly).toMatchObject({
      status: 403,
      body: { detail: 'Insufficient permissions. Required scope: action_items:write' },
    });
    expect(allowed.status).toBe(200);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('900');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('1');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('a whitespace-only description is stored as ""; 501 characters get a 422 listing the field', async () => {
    const { fake } = await setup({ items: [{ id: 'a' }] });

    const blank = await call(`${fake.url}${ITEMS}/a`, { method: 'PATCH', body: { description: '  ' } });
    const long = await call(`${fake.url}${ITEMS}/a`, { method: 'PATCH', body: { description: 'x'.repeat(501) } });

    expect(blank.body).toMatchObject({ description: '' });
    expect(long).toMatchObject({
      status: 422,
      body: { detail: [{ loc: ['body', 'description'], type: 'string_too_long' }] },
    });
    expect(fake.takeViolations()).toHaveLength(1);
  });
});

describe('the fake Omi server catches contract breaches', () => {
  it('a body field the document does not have is a violation and a 422', async () => {
    const { fake } = await setup({ items: [{ id: 'a' }] });

    const answer = await call(`${fake.url}${ITEMS}/a`, { method: 'PATCH', body: { dueAt: '2026-01-01T09:00:00Z' } });

    expect(answer.status).toBe(422);
    expect(fake.takeViolations()).toEqual([
      expect.objectContaining({ direction: 'request', message: expect.stringContaining('"dueAt"') }),
    ]);
  });

  it('a due date without an offset is a violation', async () => {
    const { fake } = await setup({ items: [{ id: 'a' }] });

    await call(`${fake.url}${ITEMS}/a`, { method: 'PATCH', body: { due_at: '2026-01-01T09:00:00' } });

    expect(fake.takeViolations()).toEqual([
      expect.objectContaining({ direction: 'request', message: expect.stringContaining('due_at') }),
    ]);
  });

  it('a query parameter the document does not have, or of the wrong type, is a violation', async () => {
    const { fake } = await setup();

    await call(`${fake.url}${ITEMS}?status=open`);
    await call(`${fake.url}${ITEMS}?completed=maybe`);

    expect(fake.takeViolations().map((violation) => violation.message)).toEqual([
      expect.stringContaining('"status"'),
      expect.stringContaining('completed'),
    ]);
  });

  it('a body that is not JSON, or sent without the JSON content type, is a violation', async () => {
    const { fake } = await setup({ items: [{ id: 'a' }] });

    await call(`${fake.url}${ITEMS}/a`, { method: 'PATCH', raw: '{completed: true' });
    await fetch(`${fake.url}${ITEMS}/a`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${WRITE_KEY}` },
      body: '{"completed":true}',
    });

    expect(fake.takeViolations()).toHaveLength(2);
  });

  it('a path or method the document does not have is a violation', async () => {
    const { fake } = await setup();

    const unknown = await call(`${fake.url}/v1/dev/user/todos`);
    const wrongMethod = await call(`${fake.url}${ITEMS}/a`, { method: 'PUT', body: { completed: true } });

    expect([unknown.status, wrongMethod.status]).toEqual([404, 405]);
    expect(fake.takeViolations()).toHaveLength(2);
  });

  it('an answer that would break the document is a violation and a 500 instead', async () => {
    const { fake } = await setup({ items: [{ id: 'a', due_at: 'tomorrow' }] });

    const answer = await call(`${fake.url}${ITEMS}`);

    expect(answer.status).toBe(500);
    expect(fake.takeViolations()).toEqual([expect.objectContaining({ direction: 'response' })]);
  });

  it('an injected answer off the document is a violation unless marked as breaking it on purpose', async () => {
    const { fake } = await setup();
    fake.failNext({ status: 418 });
    fake.failNext({ status: 418, breaksContract: true });

    await call(`${fake.url}${ITEMS}`);
    const deliberate = await call(`${fake.url}${ITEMS}`);

    expect(deliberate.status).toBe(418);
    expect(fake.takeViolations()).toHaveLength(1);
  });

  it('numbers each violation with the request that broke it: several rules of one request share it', async () => {
    const { fake } = await setup();

    await call(`${fake.url}${ITEMS}?status=open&completed=maybe`);
    await call(`${fake.url}${ITEMS}?status=done`);

    const [first, second, third] = fake.takeViolations().map((violation) => violation.request);
    expect(first).toBe(second);
    expect(third).toBeGreaterThan(first ?? Infinity);
  });

  it('assertNoViolations lists what broke the contract', async () => {
    const { fake } = await setup();
    await call(`${fake.url}${ITEMS}?status=open`);

    expect(() => fake.assertNoViolations()).toThrow(/status/);
    fake.takeViolations();
  });
});
