/**
 * Ids become path segments. `.`, `..` or `%2e%2e` as a conversation or item id would be a
 * dot-segment (`GET /v1/dev/user/` with the key): the client sends nothing for them, and the IPC
 * boundary refuses them first. The app's own `local-…` ids still pass.
 */
import { describe, expect, it } from 'vitest';
import { OmiClient } from '../../../../electron/core/api/omi-client';
import { parseInvokeArgs } from '../../../../electron/core/ipc/parse-invoke-args';
import { isApiId } from '../../../../electron/shared/api-id';

const BAD_IDS = ['.', '..', '%2e%2e', '%2E%2E', '../key', 'a/b', 'a b', 'a?b', 'a#b', '', 'x'.repeat(129), 'é'];

function recordingClient() {
  const sent: string[] = [];
  const fetch = ((input: RequestInfo | URL) => {
    sent.push(String(input instanceof Request ? input.url : input));
    return Promise.resolve(new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } }));
  }) as typeof globalThis.fetch;
  const client = new OmiClient({
    baseUrl: 'https://api.omi.test',
    fetch,
    getKey: () => Promise.resolve('omi_dev_path_ids_key_0001'),
  });
  return { client, sent };
}

describe('ids that would be path segments', () => {
  it.each(BAD_IDS)('the client sends nothing for %j', async (id) => {
    const { client, sent } = recordingClient();
    for (const answer of [
      await client.conversation(id),
      await client.update(id, { completed: true }),
      await client.remove(id),
    ]) {
      expect(answer).toEqual({
        ok: false,
        error: { kind: 'invalid_input', message: 'This id cannot be sent to Omi.' },
      });
    }
    expect(sent).toEqual([]);
  });

  it.each(BAD_IDS)('the IPC boundary refuses %j for items and conversations', (id) => {
    expect(parseInvokeArgs('conversations:get', { id }).ok).toBe(false);
    expect(parseInvokeArgs('items:delete', { id }).ok).toBe(false);
    expect(parseInvokeArgs('items:update', { id, changes: { completed: true } }).ok).toBe(false);
    expect(parseInvokeArgs('reminders:snooze', { id, until: '2030-01-01T00:00:00Z' }).ok).toBe(false);
  });

  it.each(['a1', 'AbC_09-z', 'x'.repeat(128), `local-${crypto.randomUUID()}`])('%j passes', (id) => {
    expect(isApiId(id)).toBe(true);
    expect(parseInvokeArgs('items:undoDelete', { id }).ok).toBe(true);
    expect(parseInvokeArgs('conversations:get', { id }).ok).toBe(true);
  });
});
