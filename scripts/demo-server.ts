/**
 * The sample Omi server `npm run demo` runs the app against: realistic items, and conversations
 * from the last days whose to-dos are not on the list yet, so "From your conversations" has
 * suggestions to take. One key that may read and change items and read conversations.
 */
import { CONVERSATIONS_READ_SCOPE, READ_WRITE, startFakeOmi, type FakeOmi } from '../tests/fake-omi/server';
import { sampleItems } from '../tests/fake-omi/sample-items';
import { sampleConversations } from '../tests/fake-omi/sample-conversations';

export const DEMO_KEY = 'omi_dev_demo_sample_key';

export async function startDemoServer(port = 0, now = new Date()): Promise<FakeOmi> {
  const server = await startFakeOmi({ port });
  server.setKey({ key: DEMO_KEY, scopes: [...READ_WRITE, CONVERSATIONS_READ_SCOPE] });
  server.seed(sampleItems(now));
  server.seedConversations(sampleConversations(now));
  return server;
}
