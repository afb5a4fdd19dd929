/**
 * `npm run demo` shows every part of the app with no account: the sample server it starts lists
 * items and conversations whose to-dos, as the app works them out, are suggestions to take (some
 * with a due date, from more than one conversation), over real HTTP with the demo's key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OmiClient } from '../../../electron/core/api/omi-client';
import { deriveSuggestions } from '../../../electron/core/suggestions/derive-suggestions';
import { DEMO_KEY, startDemoServer } from '../../../scripts/demo-server';
import type { FakeOmi } from '../../fake-omi/server';

const NOW = new Date();
const FOUR_DAYS_MS = 4 * 24 * 3_600_000;
let server: FakeOmi;
let client: OmiClient;

beforeAll(async () => {
  server = await startDemoServer(0, NOW);
  client = new OmiClient({ baseUrl: server.url, fetch, getKey: () => Promise.resolve(DEMO_KEY) });
});

afterAll(async () => {
  server.assertNoViolations();
  await server.close();
});

describe("the demo's sample server", () => {
  it('lists open and done items to the demo key', async () => {
    const items = await client.listAll();
    expect(items.ok).toBe(true);
    if (!items.ok) return;
    expect(items.value.filter((item) => !item.completed).length).toBeGreaterThanOrEqual(5);
    expect(items.value.some((item) => item.completed)).toBe(true);
  });

  it('lists recent conversations whose to-dos the app offers as suggestions', async () => {
    const items = await client.listAll();
    const heard = await client.conversationsSince(new Date(NOW.getTime() - FOUR_DAYS_MS).toISOString());
    expect(items.ok && heard.ok).toBe(true);
    if (!items.ok || !heard.ok) return;
    const suggestions = deriveSuggestions({
      conversations: heard.value,
      items: items.value.map((item) => ({ ...item, pending: false, localOnly: false })),
      conversationOf: (item) => item.conversationId,
      decided: () => false,
    });
    expect(suggestions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(suggestions.map((suggestion) => suggestion.conversationId)).size).toBeGreaterThanOrEqual(2);
    expect(suggestions.some((suggestion) => suggestion.dueAt !== null)).toBe(true);
  });
});
