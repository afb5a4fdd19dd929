import { describe, expect, it } from 'vitest';
import { OmiClient } from '../../../electron/core/api/omi-client';
import { setup, WRITE_KEY } from './support';

describe('when Omi cannot be reached', () => {
  it('a request over the time limit is offline, and says how long it waited', async () => {
    const { fake, client, timers, nextFetch } = await setup({ items: [{ id: 'a' }] });
    fake.setDelay(60_000);

    const pending = client.update('a', { completed: true });
    await nextFetch();
    timers.fire();
    const result = await pending;

    expect(result).toMatchObject({ ok: false, error: { kind: 'offline' } });
    expect(!result.ok && result.error.message).toMatch(/did not answer within 15 seconds/);
  });

  it('the time limit is cleared once an answer arrives', async () => {
    const { client, timers } = await setup();

    await client.keyInfo();

    expect(timers.armed()).toBe(0);
  });

  it('a connection dropped without an answer is offline', async () => {
    const { fake, client } = await setup();
    fake.dropConnections(2);

    const result = await client.listAll();

    expect(result).toMatchObject({ ok: false, error: { kind: 'offline' } });
  });

  it('a change the server made before the connection dropped is offline to the client, and was made', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a' }] });
    fake.dropConnections(1, { method: 'PATCH', afterActing: true });

    const result = await client.update('a', { completed: true });

    expect(result).toMatchObject({ ok: false, error: { kind: 'offline' } });
    expect(fake.items()[0]?.completed).toBe(true);
  });

  it('a server that is down is offline until it is back', async () => {
    const { fake, client } = await setup({ items: [{ id: 'a' }] });
    fake.setDown(true);

    const down = await client.listAll();
    fake.setDown(false);
    const back = await client.listAll();

    expect(down).toMatchObject({ ok: false, error: { kind: 'offline' } });
    expect(back.ok && back.value.map((item) => item.id)).toEqual(['a']);
  });

  it('an address where nothing listens is offline', async () => {
    const { fake } = await setup();
    const url = fake.url;
    await fake.close();
    const client = new OmiClient({ baseUrl: url, fetch, getKey: () => Promise.resolve(WRITE_KEY) });

    const result = await client.keyInfo();

    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'offline', message: expect.stringMatching(/can't be reached/), neverSent: true },
    });
    expect(JSON.stringify(result)).not.toContain(WRITE_KEY);
  });

  it('only a connection never made proves nothing was sent: a dropped one or a timeout may have reached Omi', async () => {
    const { fake, client, timers, nextFetch } = await setup({ items: [{ id: 'a' }] });
    fake.dropConnections(1, { method: 'PATCH', afterActing: true });
    const dropped = await client.update('a', { completed: true });
    fake.setDelay(60_000);
    const pending = client.update('a', { completed: false });
    await nextFetch();
    timers.fire();
    const timedOut = await pending;

    expect(!dropped.ok && dropped.error.neverSent).toBeUndefined();
    expect(!timedOut.ok && timedOut.error.neverSent).toBeUndefined();
  });

  it('a fetch that throws for any reason is offline, never an exception', async () => {
    const client = new OmiClient({
      baseUrl: 'https://api.omi.example',
      fetch: () => Promise.reject(new TypeError(`fetch failed for Bearer ${WRITE_KEY}`)),
      getKey: () => Promise.resolve(WRITE_KEY),
    });

    const result = await client.create({ description: 'Anything' });

    expect(result).toMatchObject({ ok: false, error: { kind: 'offline' } });
    expect(JSON.stringify(result)).not.toContain(WRITE_KEY);
  });
});
