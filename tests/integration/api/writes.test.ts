import { describe, expect, it } from 'vitest';
import { READ_ONLY_KEY, setup, WRITE_KEY } from './support';

const lastRequest = (fake: Awaited<ReturnType<typeof setup>>['fake']) => fake.requests().at(-1)!;

describe('changes reach Omi as the document describes', () => {
  it('a tick sends exactly {"completed": true} with the Bearer key and JSON, and the server stamps completed_at', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a', description: 'Call Ana' }] });

    const result = await client.update('a', { completed: true });

    const request = lastRequest(fake);
    expect(request).toMatchObject({
      method: 'PATCH',
      path: '/v1/dev/user/action-items/a',
      body: { completed: true },
      status: 200,
    });
    expect(Object.keys(request.body as object)).toEqual(['completed']);
    expect(request.headers.authorization).toBe(`Bearer ${WRITE_KEY}`);
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(result.ok && result.value).toMatchObject({ id: 'a', completed: true, completedAt: expect.any(String) });
  });

  it('unticking clears completed_at', async () => {
    const { client } = await setup({ items: [{ id: 'a', completed: true }] });

    const result = await client.update('a', { completed: false });

    expect(result.ok && result.value).toMatchObject({ completed: false, completedAt: null });
  });

  it('an id that is not a plain path segment is never put into a path', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a b/c' }] });

    const result = await client.update('a b/c', { completed: true });

    expect(result).toEqual({ ok: false, error: { kind: 'invalid_input', message: 'This id cannot be sent to Omi.' } });
    expect(fake.requests()).toEqual([]);
  });

  it('clearing the due date sends "due_at": null, which a server following the document honours', async () => {
    const { fake, client } = await setup({
      items: [{ id: 'a', due_at: '2026-05-01T09:00:00Z' }],
      clearsDueDateOnNull: true,
    });

    const result = await client.update('a', { dueAt: null });

    expect(lastRequest(fake).body).toEqual({ due_at: null });
    expect(result.ok && result.value.dueAt).toBeNull();
  });

  it('a server that refuses a null-only change gives cannot_clear_due_date in words', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a', due_at: '2026-05-01T09:00:00Z' }] });

    const result = await client.update('a', { dueAt: null });

    expect(lastRequest(fake)).toMatchObject({ body: { due_at: null }, status: 422 });
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'cannot_clear_due_date',
        message: expect.stringMatching(/^This Omi server can't clear due dates/),
      },
    });
    expect(fake.items()[0]?.due_at).toBe('2026-05-01T09:00:00Z');
  });

  it('the same refusal for a change with other fields stays a validation error', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a' }] });
    fake.failNext({ status: 422, method: 'PATCH', body: { detail: 'At least one field must be provided' } });

    const result = await client.update('a', { completed: true, dueAt: null });

    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('a due date is sent as given, with its offset, and comes back in UTC', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a' }] });

    const result = await client.update('a', { dueAt: '2026-12-01T17:00:00+01:00' });

    expect(lastRequest(fake).body).toEqual({ due_at: '2026-12-01T17:00:00+01:00' });
    expect(result.ok && result.value.dueAt).toBe('2026-12-01T16:00:00.000Z');
  });

  it('a due date without an offset is refused before it could land on the wrong day', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a' }] });

    const result = await client.update('a', { dueAt: '2026-12-01T17:00:00' });

    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(fake.requests()).toHaveLength(0);
  });

  it('300 emoji are a valid description: the limit counts code points', async () => {
    const { client } = await setup({ items: [{ id: 'a' }] });
    const emoji = '🎉'.repeat(300);

    const updated = await client.update('a', { description: emoji });
    const created = await client.create({ description: emoji });

    expect(updated.ok && updated.value.description).toBe(emoji);
    expect(created.ok && created.value.description).toBe(emoji);
  });

  it('a whitespace-only description is stored by the server as an empty one', async () => {
    const { client } = await setup({ items: [{ id: 'a', description: 'Before' }] });

    const result = await client.update('a', { description: '   ' });

    expect(result.ok && result.value.description).toBe('');
  });

  it('create sends description, completed and due_at, and returns the new item', async () => {
    const { fake, client } = await setup();

    const result = await client.create({ description: 'Book the dentist', dueAt: '2026-06-02T09:00:00+02:00' });

    expect(lastRequest(fake)).toMatchObject({
      method: 'POST',
      path: '/v1/dev/user/action-items',
      body: { description: 'Book the dentist', completed: false, due_at: '2026-06-02T09:00:00+02:00' },
    });
    expect(result.ok && result.value).toMatchObject({
      description: 'Book the dentist',
      completed: false,
      dueAt: '2026-06-02T07:00:00.000Z',
    });
    expect(fake.items()).toHaveLength(1);
  });

  it('remove deletes the item for good', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a' }, { id: 'b' }] });

    const result = await client.remove('a');

    expect(result).toEqual({ ok: true, value: null });
    expect(lastRequest(fake)).toMatchObject({ method: 'DELETE', path: '/v1/dev/user/action-items/a', body: undefined });
    expect(fake.items().map((item) => item.id)).toEqual(['b']);
  });

  it('an empty change is refused without a request', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a' }] });

    const result = await client.update('a', {});

    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(fake.requests()).toHaveLength(0);
  });
});

describe('key info', () => {
  it("gives the key's scopes", async () => {
    const { client } = await setup({ key: READ_ONLY_KEY });

    const result = await client.keyInfo();

    expect(result.ok && result.value).toMatchObject({ scopes: ['action_items:read'] });
    expect(result.ok && result.value?.keyPrefix).not.toBe(READ_ONLY_KEY);
  });

  it('is null (scopes unknown) on a server without the endpoint', async () => {
    const { client } = await setup({ keyEndpoint: false });

    expect(await client.keyInfo()).toEqual({ ok: true, value: null });
  });

  it('a refused key is still unauthorized', async () => {
    const { client } = await setup({ key: 'omi_dev_unknown_key_7777' });

    expect(await client.keyInfo()).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
  });
});
