/**
 * "From your conversations" from Omi's answer to the painted region, in the electron-double shell:
 * the built main process (real core, real HTTP to the fake Omi), the built preload, the built popover
 * in Chromium. The list holds 2,000 open items; Omi's conversation list answers 100 conversations of
 * 10 to-dos each, none of them on the list, so all 1,000 are suggestions (each folded once and looked
 * up in the list's folded words: no pairwise compare).
 *
 * The clock starts when the fake Omi's answer to the first page of the conversation list leaves, its
 * body made into text and about to be written (the bench's process; the fake's own work on the answer
 * is not the app's), and stops at the first painted frame whose region holds every suggestion (the
 * page: its newest rows and "Show N more" for the rest; both clocks are the machine's, ms since the
 * epoch). It holds the HTTP answer, the core's read (the region is told after the first page, while
 * the second is asked for, as 100 is a full page), the suggestions worked out, the snapshot through
 * IPC and the bridge (the newest three and how many there are: the page is sent every suggestion
 * only while it asks, for "Show N more" or Quick edit), and the page's render. Each run is a fresh session on the same data folder (the conversations
 * read are held in memory only), the popover shown by a tray click once the list is painted and the
 * app is idle. Median of the runs after the first.
 *
 * Beside it, with no budget of its own, the main process's share of that time: from the same answer
 * to the app's sending the snapshot that carries the suggestions (its clock, as the double reports
 * each send). The rest is the carrying to the page, which the double does over Chromium's debugging
 * protocol (tests/harness/preload-delivery.ts), and the page's work.
 */
import { generateItems } from '../../tests/fake-omi/sample-items';
import { startFakeOmi, type SeedConversation } from '../../tests/fake-omi/server';
import { closeAndRemoveData, launchApp, type LaunchedApp } from '../../tests/harness';
import { isElectronDouble, type SentPush } from '../../tests/harness/electron-double-shell';
import { medianOf, type Figure } from './figure';
import { installProbes } from './page-probes-script';
import { firstSnapshotSent } from './snapshot-sent';

const KEY = 'omi_dev_bench_inbox_key_0019';
const SCOPES = ['action_items:read', 'action_items:write', 'conversations:read'];
const OPEN_ITEMS = 2_000;
const CONVERSATIONS = 100;
const TO_DOS = 10;
/**
 * The first run starts a cold page and core; the others are what a person meets on a later day.
 * Fifteen of those: with five, two benches of the same code differed by 10 ms or more here.
 */
const RUNS = 16;
const BUDGET_MS = 50;
const LIST_PATH = '/v1/dev/user/conversations';
const HOUR_MS = 3_600_000;

/** 100 conversations of the last two days, newest first, each with 10 to-dos (every third with a due date). */
function benchConversations(now: number): SeedConversation[] {
  return Array.from({ length: CONVERSATIONS }, (_, conversation) => {
    const at = new Date(now - (conversation + 1) * (HOUR_MS / 2)).toISOString();
    return {
      id: `bench-inbox-${conversation}`,
      title: `Meeting ${conversation + 1} about the spring launch`,
      overview: 'What was agreed: the deck, the venue and the guest list.',
      created_at: at,
      started_at: at,
      action_items: Array.from({ length: TO_DOS }, (_, toDo) => ({
        description: `Follow up with guest ${toDo + 1} from meeting ${conversation + 1}.`,
        due_at: toDo % 3 === 0 ? new Date(now + (toDo + 1) * 24 * HOUR_MS).toISOString() : null,
      })),
    };
  });
}

export async function inboxPaint(): Promise<Figure[]> {
  const now = Date.now();
  const items = generateItems(OPEN_ITEMS, { completed: false, now: new Date(now) });
  const omi = await startFakeOmi({
    keys: [{ key: KEY, scopes: SCOPES }],
    items,
    conversations: benchConversations(now),
  });
  let answeredAt: number | null = null;
  omi.onAnswer((request) => {
    if (answeredAt === null && request.path === LIST_PATH && (request.query['offset'] ?? '0') === '0')
      answeredAt = Date.now();
  });
  let app: LaunchedApp | null = null;
  try {
    app = await launchApp({ shell: 'electron-double', apiBaseUrl: omi.url, apiKey: KEY });
    if (!isElectronDouble(app)) throw new Error('the inbox bench needs the electron-double shell');
    // Kept while the clock runs and read after it stops (see SentPush).
    const pushes: SentPush[] = [];
    app.onPush((channel, push) => {
      if (channel === 'snapshot:changed') pushes.push(push);
    });
    const samples: number[] = [];
    const sentSamples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      if (run > 0) await app.restart();
      const { page } = app;
      await page.waitForFunction((count) => document.querySelectorAll('[data-item]').length >= count, OPEN_ITEMS, {
        timeout: 60_000,
      });
      await installProbes(page);
      await page.evaluate(() => window.__benchProbes.idle());
      if ((await page.evaluate(() => window.__benchProbes.suggestionCount())) !== 0)
        throw new Error('the region showed suggestions before the conversations were read');
      answeredAt = null;
      pushes.length = 0;
      const painted = page.evaluate((total) => window.__benchProbes.suggestionsPainted(total), CONVERSATIONS * TO_DOS);
      await app.showPopover();
      const paintedAt = await painted;
      const startedAt: number | null = answeredAt;
      if (startedAt === null) throw new Error('the app painted the suggestions without reading the conversations');
      if (paintedAt < startedAt) throw new Error('the region was painted before Omi answered: the clocks disagree');
      // As the page's bridge reads it: the newest suggestions in their groups, and how many there are.
      const sent = firstSnapshotSent(
        pushes,
        (snapshot) => (snapshot.suggestions?.total ?? 0) >= CONVERSATIONS * TO_DOS,
      );
      if (sent === null) throw new Error('the app painted the suggestions without sending them');
      if (sent < startedAt) throw new Error('the app sent the suggestions before Omi answered: the clocks disagree');
      if (run > 0) {
        samples.push(paintedAt - startedAt);
        sentSamples.push(sent - startedAt);
      }
    }
    omi.assertNoViolations();
    return [
      medianOf(samples, { name: 'inbox-2000-open-100-conversations', unit: 'ms', budget: BUDGET_MS }),
      medianOf(sentSamples, { name: 'inbox-answer-to-app-sent', unit: 'ms', budget: null }),
    ];
  } finally {
    if (app) await closeAndRemoveData(app);
    await omi.close();
  }
}
