/**
 * The main process's fetch adapter, given a net.fetch that behaves as Electron's: with
 * redirect: 'manual' a 3xx rejects with "Redirect was cancelled" and nothing is followed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { OmiClient } from '../../../electron/core/api/omi-client';
import { createNetFetch, type NetFetch } from '../../../electron/main/adapters/fetch';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serve(
  answer: (path: string) => { status: number; headers?: Record<string, string>; body?: string },
): Promise<{ url: string; paths: string[] }> {
  const paths: string[] = [];
  const server = createServer((request, response) => {
    paths.push(request.url ?? '');
    const { status, headers, body } = answer(request.url ?? '');
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body ?? '');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths };
}

/** What Electron 45's net.fetch does: connection errors as plain Errors, a manual redirect as a rejection. */
const electronLikeNetFetch: NetFetch = async (input, init) => {
  let response: Response;
  try {
    response = await fetch(input, { ...init, redirect: 'manual' });
  } catch {
    throw new Error('net::ERR_CONNECTION_REFUSED');
  }
  if (response.status >= 300 && response.status < 400) {
    if (init?.redirect === 'manual') throw new Error('Redirect was cancelled');
    throw new Error('this double follows no redirects');
  }
  return response;
};

describe('fetch through net.fetch', () => {
  it('a redirect gives the "sent elsewhere" error and the target never hears from the app', async () => {
    const target = await serve(() => ({ status: 200, body: '{"items":[],"has_more":false}' }));
    const redirecting = await serve((path) => ({ status: 301, headers: { location: `${target.url}${path}` } }));
    const client = new OmiClient({
      baseUrl: redirecting.url,
      fetch: createNetFetch(electronLikeNetFetch),
      getKey: () => Promise.resolve('omi_dev_key_that_must_stay_home_1234'),
    });

    const listed = await client.listAll();

    expect(listed.ok).toBe(false);
    if (!listed.ok) {
      expect(listed.error.kind).toBe('server');
      expect(listed.error.message).toMatch(/The server address sends Omi Tray elsewhere/);
    }
    expect(redirecting.paths.length).toBeGreaterThan(0);
    expect(target.paths).toEqual([]);
  });

  it('a server that cannot be reached still reads as offline', async () => {
    const gone = await serve(() => ({ status: 200 }));
    const url = gone.url;
    await new Promise((resolve) => servers.pop()?.close(resolve));
    const client = new OmiClient({
      baseUrl: url,
      fetch: createNetFetch(electronLikeNetFetch),
      getKey: () => Promise.resolve('omi_dev_key_1234567890'),
    });
    const listed = await client.listAll();
    expect(listed.ok).toBe(false);
    if (!listed.ok) expect(listed.error).toMatchObject({ kind: 'offline', neverSent: true });
  });

  it('a connection reset on the way may have reached Omi: offline, but not "never sent"', async () => {
    const client = new OmiClient({
      baseUrl: 'https://api.omi.test',
      fetch: createNetFetch(() => Promise.reject(new Error('net::ERR_CONNECTION_RESET'))),
      getKey: () => Promise.resolve('omi_dev_key_1234567890'),
    });
    const updated = await client.update('a1', { completed: true });
    expect(!updated.ok && updated.error.kind).toBe('offline');
    expect(!updated.ok && updated.error.neverSent).toBeUndefined();
  });

  it('sends no cookies and keeps nothing in the HTTP cache', async () => {
    const seen: RequestInit[] = [];
    const netFetch = createNetFetch((_input, init) => {
      seen.push(init ?? {});
      return Promise.resolve(new Response('{}'));
    });
    await netFetch(new URL('https://api.omi.test/v1/dev/key'), { redirect: 'manual' });
    expect(seen[0]).toMatchObject({ credentials: 'omit', cache: 'no-store', redirect: 'manual' });
  });
});
