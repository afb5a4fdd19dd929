/**
 * Expand to painted: from the user's press on an item's "Show conversation" (a real mouse click, the
 * pointerdown's timeStamp; press and release come back to back, see quickClick) to the painted frame
 * that shows the conversation's overview, in the browser shell (real page, real core, real HTTP to
 * the fake). The pointer comes over the row first, as a person's does, so the row shows its tools.
 *
 * - cached: the summary is in the core's conversations.json (fetched in an earlier session), the page
 *   has never seen it: one IPC round to the core and a render. Budget 100 ms.
 * - uncached: the core asks Omi. Budget 150 ms, fixed (a budget that moved with the measured round
 *   trip would excuse a slow machine); the round trip to the same server is printed beside it.
 * Medians of SAMPLES expands, each on a different item and conversation.
 */
import { closeAndRemoveData, launchApp, type LaunchedApp } from '../../tests/harness';
import { startFakeOmi, type SeedConversation, type SeedItem } from '../../tests/fake-omi/server';
import { medianOf, type Figure } from './figure';
import { installProbes } from './page-probes-script';
import { quickClick } from './quick-click';

const KEY = 'omi_dev_bench_conversations_key_0011';
const SAMPLES = 10;
const CACHED_BUDGET_MS = 100;
const UNCACHED_BUDGET_MS = 150;

const conversations: SeedConversation[] = Array.from({ length: SAMPLES }, (_, index) => ({
  id: `bench-conv-${index}`,
  title: `Conversation ${index + 1} about the launch plan`,
  overview: `What was agreed in conversation ${index + 1}: ${'the deck, the venue and the guest list. '.repeat(6)}`,
  emoji: '🚀',
  category: 'work',
}));
const items: SeedItem[] = conversations.map((conversation, index) => ({
  id: `bench-item-${index}`,
  description: `Follow up on point ${index + 1}`,
  conversation_id: conversation.id,
}));

export async function conversationExpand(): Promise<Figure[]> {
  const omi = await startFakeOmi({
    keys: [{ key: KEY, scopes: ['action_items:read', 'action_items:write', 'conversations:read'] }],
    items,
    conversations,
  });
  let app: LaunchedApp | null = null;
  try {
    app = await launchApp({ shell: 'browser', apiBaseUrl: omi.url, apiKey: KEY });
    const roundTrip = await httpRoundTrip(omi.url);
    // Those reads were the bench's own: the check below counts the app's.
    omi.clearRequests();
    const uncached = await expandEach(app);
    // A new session: the page knows nothing, the core has every summary on disk.
    await app.restart();
    const cached = await expandEach(app);
    const fetched = omi.requests().filter((request) => request.path.startsWith('/v1/dev/user/conversations/')).length;
    if (fetched !== SAMPLES) throw new Error(`expected ${SAMPLES} conversation requests, the fake saw ${fetched}`);
    omi.assertNoViolations();
    return [
      medianOf(cached, { name: 'conversation-expand-to-painted', unit: 'ms', budget: CACHED_BUDGET_MS }),
      medianOf(uncached, { name: 'conversation-expand-to-painted-uncached', unit: 'ms', budget: UNCACHED_BUDGET_MS }),
      medianOf(roundTrip, { name: 'conversation-http-round-trip', unit: 'ms', budget: null }),
    ];
  } finally {
    if (app) await closeAndRemoveData(app);
    await omi.close();
  }
}

/** One GET of a conversation straight from Node, as the core sends it: SAMPLES times. */
async function httpRoundTrip(url: string): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < SAMPLES; index++) {
    const start = performance.now();
    const response = await fetch(`${url}/v1/dev/user/conversations/bench-conv-0`, {
      headers: { Authorization: `Bearer ${KEY}`, Accept: 'application/json' },
    });
    await response.text();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function expandEach(app: LaunchedApp): Promise<number[]> {
  const page = app.page;
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-item] button[aria-label="Show conversation"]').length >= count,
    SAMPLES,
    { timeout: 60_000 },
  );
  await installProbes(page);
  const cdp = await page.context().newCDPSession(page);
  const samples: number[] = [];
  for (let index = 0; index < SAMPLES; index++) {
    const itemId = `bench-item-${index}`;
    const row = page.locator(`[data-item="${itemId}"]`);
    await row.scrollIntoViewIfNeeded();
    // Over the row, its tools show; the press waits until the button is where the pointer can reach it.
    const rowBox = await row.boundingBox();
    if (rowBox === null) throw new Error(`item ${itemId} is not on screen`);
    await page.mouse.move(rowBox.x + rowBox.width / 2, rowBox.y + rowBox.height / 2);
    await page.waitForFunction((id) => window.__benchProbes.conversationButton(id) !== null, itemId);
    await page.evaluate(() => window.__benchProbes.idle());
    const button = await page.evaluate((id) => window.__benchProbes.conversationButton(id), itemId);
    if (button === null) throw new Error(`the "Show conversation" button of ${itemId} moved out of reach`);
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: button.x, y: button.y });
    await page.evaluate((id) => window.__benchProbes.armConversation(id), itemId);
    await quickClick(cdp, button.x, button.y);
    samples.push(await page.evaluate(() => window.__benchProbes.nextConversation()));
    await page.evaluate(() => window.__benchProbes.idle());
  }
  await cdp.detach();
  return samples;
}
