import { describe, expect, it } from 'vitest';
import type { AppError, Result } from '../../../electron/shared/app-error';
import { READ_ONLY_KEY, setup, WRITE_KEY } from './support';

function errorOf<T>(result: Result<T>): AppError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('refusals become typed errors with words', () => {
  it('a refused key is unauthorized', async () => {
    const { client } = await setup({ key: 'omi_dev_revoked_key_0000' });

    const error = errorOf(await client.listAll());

    expect(error.kind).toBe('unauthorized');
    expect(error.message).toMatch(/^Omi refused the Omi developer key/);
  });

  it('no key is unauthorized without sending anything', async () => {
    const { fake, client } = await setup({ key: null });

    const error = errorOf(await client.update('a', { completed: true }));

    expect(error.kind).toBe('unauthorized');
    expect(fake.requests()).toHaveLength(0);
  });

  it('a read-only key ticking is forbidden, naming the scope it lacks', async () => {
    const { client } = await setup({ key: READ_ONLY_KEY, items: [{ id: 'a' }] });

    const error = errorOf(await client.update('a', { completed: true }));

    expect(error.kind).toBe('forbidden');
    expect(error.message).toBe('This key can only read; to mark items done or change them, use a key that may.');
  });

  it('an unknown item is not_found', async () => {
    const { client } = await setup();

    const error = errorOf(await client.update('gone', { completed: true }));

    expect(error.kind).toBe('not_found');
    expect(error.message).toMatch(/no longer has this item/);
  });

  it('a locked item is locked (402)', async () => {
    const { client } = await setup({ items: [{ id: 'paid', locked: true }] });

    const error = errorOf(await client.update('paid', { completed: true }));

    expect(error.kind).toBe('locked');
    expect(error.message).toMatch(/paid plan/);
  });

  it('a 422 listing problems reads as words per field', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a' }] });
    fake.failNext({
      status: 422,
      method: 'PATCH',
      body: {
        detail: [
          { loc: ['body', 'description'], msg: 'String should have at most 500 characters', type: 'string_too_long' },
        ],
      },
    });

    const error = errorOf(await client.update('a', { description: 'x' }));

    expect(error.kind).toBe('validation');
    expect(error).toMatchObject({
      message: 'Omi did not accept the change.',
      detail: 'Description: String should have at most 500 characters.',
    });
  });

  it('a 422 with a plain string detail reads as that string', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a' }] });
    fake.failNext({ status: 422, method: 'PATCH', body: { detail: 'Due date is too far in the future' } });

    const error = errorOf(await client.update('a', { dueAt: '2099-01-01T09:00:00+01:00' }));

    expect(error).toMatchObject({
      kind: 'validation',
      message: 'Omi did not accept the change.',
      detail: 'Due date is too far in the future.',
    });
  });

  it('a too-long description sent anyway comes back as a validation error from the server', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a' }] });

    const error = errorOf(await client.update('a', { description: 'x'.repeat(501) }));

    expect(error.kind).toBe('validation');
    expect(error.detail).toContain('Description: String should have at most 500 characters');
    // The fake flags the request: the document caps descriptions at 500.
    expect(fake.takeViolations().map((violation) => violation.direction)).toEqual(['request']);
  });

  it('429 is rate_limited with the seconds from Retry-After', async () => {
    const { fake, client } = await setup();
    fake.failNext({ status: 429, headers: { 'Retry-After': '120' } });

    const error = errorOf(await client.listAll());

    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 120 });
    expect(error.message).toMatch(/try again in 2 minutes/);
  });

  it('the server running out of its hourly reads answers 429 with its headers, and the client says so', async () => {
    const { fake, client } = await setup();
    fake.setRateLimit({ reads: 2, retryAfterSeconds: 1800 });

    expect((await client.listAll()).ok).toBe(true);
    const error = errorOf(await client.listAll());

    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 1800 });
    const refused = fake.requests().find((request) => request.status === 429);
    expect(refused).toBeDefined();
  });

  it.each([500, 502, 503])('%i is a server error', async (status) => {
    const { fake, client } = await setup();
    fake.failNext({ status, times: 2 });

    const error = errorOf(await client.listAll());

    expect(error.kind).toBe('server');
    expect(error.message).toBe("Omi's server had a problem; try again in a moment.");
  });

  it('an answer that is not JSON is a server error in words', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a' }] });
    fake.failNext({ status: 200, method: 'PATCH', rawBody: '<html>Bad gateway</html>', breaksContract: true });

    const error = errorOf(await client.update('a', { completed: true }));

    expect(error).toMatchObject({ kind: 'server', message: 'The server sent an answer Omi Tray could not read.' });
  });

  it('an item missing required fields is skipped and counted, not half-read, and the rest of its page is read (issue 17.11)', async () => {
    const { fake, client } = await setup();
    const good = {
      id: 'y',
      description: 'fine',
      completed: false,
      due_at: null,
      created_at: null,
      updated_at: null,
      completed_at: null,
      conversation_id: null,
    };
    fake.failNext({
      status: 200,
      method: 'GET',
      body: [{ id: 'x', description: 'no completed flag' }, good],
      breaksContract: true,
    });

    const page = await client.listPage({ completed: false, limit: 1000, offset: 0 });

    expect(page.ok && page.value.items.map((item) => item.id)).toEqual(['y']);
    expect(page.ok && page.value.unreadable).toBe(1);
  });

  it('a list answer that is not a list is unreadable', async () => {
    const { fake, client } = await setup();
    fake.failNext({ status: 200, method: 'GET', body: { items: [] }, breaksContract: true });

    const error = errorOf(await client.listAll());

    expect(error).toMatchObject({ kind: 'server', message: 'The server sent an answer Omi Tray could not read.' });
  });

  it('a 422 on reading the list is worded as a refused read, not a refused change (issue 17.13)', async () => {
    const { fake, client } = await setup();
    fake.failNext({
      status: 422,
      method: 'GET',
      body: {
        detail: [{ loc: ['query', 'start_date'], msg: 'Input should be a valid datetime', type: 'datetime_parsing' }],
      },
    });

    const error = errorOf(await client.listAll());

    expect(error.kind).toBe('validation');
    expect(error.message).toMatch(/^Omi did not accept Omi Tray's request to read your items\./);
    expect(error.message).not.toMatch(/change/);
  });

  it('a time that is not a date is unreadable', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a' }] });
    fake.failNext({
      status: 200,
      method: 'PATCH',
      body: { id: 'a', description: 'a', completed: false, due_at: 'next tuesday' },
      breaksContract: true,
    });

    const error = errorOf(await client.update('a', { completed: false }));

    expect(error.kind).toBe('server');
    expect(error.detail).toContain('due_at');
  });

  it('never puts the key into an error, even when the server echoes it', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a' }] });
    const echoes = [401, 403, 404, 422, 429, 500];
    for (const status of echoes)
      fake.failNext({ status, method: 'PATCH', body: { detail: `Bearer ${WRITE_KEY} was used` } });

    const errors: AppError[] = [];
    for (const _status of echoes) errors.push(errorOf(await client.update('a', { completed: true })));

    expect(errors.map((error) => error.kind)).toEqual([
      'unauthorized',
      'forbidden',
      'not_found',
      'validation',
      'rate_limited',
      'server',
    ]);
    for (const error of errors) expect(JSON.stringify(error)).not.toContain(WRITE_KEY);
  });
});
