/**
 * A proxy, captive portal or gateway between the app and Omi answers with its own HTML page. Such a
 * 403 or 404 is not Omi's word about the key or the item (defect 6): it is passing server trouble.
 */
import { describe, expect, it } from 'vitest';
import { OmiClient } from '../../../../electron/core/api/omi-client';

function clientAnswering(status: number, body: string, contentType: string): OmiClient {
  const fetch = (() =>
    Promise.resolve(
      new Response(body, { status, headers: { 'Content-Type': contentType } }),
    )) as typeof globalThis.fetch;
  return new OmiClient({
    baseUrl: 'https://api.omi.test',
    fetch,
    getKey: () => Promise.resolve('omi_dev_proxy_test_key_0001'),
  });
}

const html = (title: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

describe('answers that are not from Omi', () => {
  it.each([
    [403, 'Forbidden'],
    [404, 'Not Found'],
    [401, 'Unauthorized'],
    [402, 'Payment Required'],
  ])('takes an HTML %i from a proxy for server trouble, not for a refusal', async (status, title) => {
    const answer = await clientAnswering(status, html(title), 'text/html').update('a1', { completed: true });
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toMatchObject({
      kind: 'server',
      message: expect.stringMatching(/answered instead of Omi; Omi Tray will try again\.$/),
      detail: expect.stringContaining(`HTTP ${status}`),
    });
  });

  it("takes a JSON 403 without Omi's detail for server trouble too", async () => {
    const answer = await clientAnswering(403, '{"error":"blocked by policy"}', 'application/json').remove('a1');
    expect(!answer.ok && answer.error.kind).toBe('server');
  });

  it("still takes Omi's own 403 and 404 for what they say", async () => {
    const forbidden = await clientAnswering(
      403,
      '{"detail":"Insufficient permissions. Required scope: action_items:write"}',
      'application/json',
    ).update('a1', { completed: true });
    expect(!forbidden.ok && forbidden.error.kind).toBe('forbidden');
    const gone = await clientAnswering(404, '{"detail":"Action item not found"}', 'application/json').update('a1', {
      completed: true,
    });
    expect(!gone.ok && gone.error.kind).toBe('not_found');
  });

  it('takes an HTML 502 from a proxy for server trouble', async () => {
    const answer = await clientAnswering(502, html('Bad Gateway'), 'text/html').listPage({
      completed: false,
      limit: 1000,
      offset: 0,
    });
    expect(!answer.ok && answer.error.kind).toBe('server');
  });
});
