/**
 * Soak (d): hours of use on a simulated clock against the server's hourly limits. A create fails
 * (503) all along, 1,500 open and 1,200 completed items make a full sync several pages (Omi pages a
 * prefix, so each list is read in windows), an item is deleted or completed on the phone every two
 * minutes (figure soak-stale-after-refresh), the popover is opened every
 * 30 s and Refresh clicked every minute; once, the next write is answered 429 with Retry-After 30 minutes,
 * and once the next read with Retry-After 10 minutes. Figures: the most action-item reads and writes one
 * key sent in any hour (soak-worst-item-reads-per-hour and soak-worst-item-writes-per-hour, budget 100
 * each, under the server's 120; conversation reads are counted apart, as Omi counts them), and requests
 * of the same kind sent while a Retry-After was in force (0). Conversations (./conversation-use): Omi hears a new one every 20 minutes, the
 * popover's looks and Refresh read the list, a conversation panel is opened every 6 minutes; one
 * conversation read in six fails (503) and once one is answered 429 with Retry-After 10 minutes.
 * Figure soak-hours-worst-conversation-reads-per-hour (≤ 20). Mid-run the key is revoked and a new key of the same account connected
 * (./key-rotation): changes made under the old key must be sent or offered (0 stranded).
 */
import type { Figure } from '../bench/figure';
import { removeScratchFolder, scratchFolder } from './scratch-folder';
import { OmiClient } from '../../electron/core/api/omi-client';
import { createOmiTray } from '../../electron/core/omi-tray';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store';
import { recordingPlatform } from '../../tests/harness/recording-platform';
import { CONVERSATIONS_READ_SCOPE, READ_WRITE, startFakeOmi, type RecordedRequest } from '../../tests/fake-omi/server';
import { conversationReadsFigure, ConversationUse, isConversationRead } from './conversation-use';
import { worstKeyHour } from './worst-hour';
import { generateItems } from '../../tests/fake-omi/sample-items';
import { apiOrigin } from '../../electron/core/auth/api-origin';
import { DrivenClock } from './driven-clock';
import { KeyRotation } from './key-rotation';
import { SOAK_START } from './random-edits';
import { StaleAfterRefresh } from './stale-after-refresh';
import type { SeededRandom } from './seeded-random';
import type { SoakFindings } from './soak-findings';

const KEY = 'omi_dev_soak_hours_key_51c0';
const ITEMS = '/v1/dev/user/action-items';

export interface HoursOptions {
  random: SeededRandom;
  hours: number;
  log: (line: string) => void;
  findings: SoakFindings;
}

export async function simulatedHoursSoak(options: HoursOptions): Promise<Figure[]> {
  const clock = new DrivenClock(SOAK_START);
  const size = listSizes(options.hours);
  const items = [
    ...generateItems(size.completed, { completed: true, now: new Date(SOAK_START) }),
    ...generateItems(size.open, { completed: false, idPrefix: 'open', now: new Date(SOAK_START) }),
  ];
  const talks = new ConversationUse(
    options.random.fork('conversations'),
    clock.now,
    items.filter((item) => item.completed === false),
  );
  const scopes = [...READ_WRITE, CONVERSATIONS_READ_SCOPE];
  const fake = await startFakeOmi({
    now: clock.now,
    keys: [{ key: KEY, scopes }],
    items,
    conversations: talks.conversations(),
  });
  const dataDir = await scratchFolder('soak-hours');
  // The key in the keychain (not OMI_API_KEY), so that a new one can be connected mid-run.
  const secrets = new MemorySecretStore();
  await secrets.set(apiOrigin(fake.url) ?? fake.url, KEY);
  const { platform } = recordingPlatform({ dataDir, secrets, env: { OMI_API_BASE_URL: fake.url }, timeZone: 'UTC' });
  platform.clock = clock;
  platform.fetch = clock.countingFetch(globalThis.fetch.bind(globalThis));
  const core = createOmiTray(platform, { createApi: (apiOptions) => new OmiClient(apiOptions, clock) });
  const rotation = new KeyRotation(fake, core, KEY, options.log, scopes);
  try {
    // Armed per request as it arrives: the create's POST fails with 503 all along, except the one write
    // and the one read that get a 429 with a long Retry-After.
    let write429 = false;
    let read429 = false;
    let conversation429 = false;
    const conversationFaults = options.random.fork('conversation-faults');
    fake.onRequest((request) => {
      if (isConversationRead(request)) {
        const filter = { method: 'GET', path: request.path };
        if (conversation429) fake.failNext({ ...filter, status: 429, headers: { 'Retry-After': '600' } });
        else if (conversationFaults.chance(1 / 6)) fake.failNext({ ...filter, status: 503 });
        conversation429 = false;
        return;
      }
      if (!request.path.startsWith(ITEMS)) return;
      const filter = { method: request.method, path: request.path };
      if (request.method === 'GET') {
        if (read429) fake.failNext({ ...filter, status: 429, headers: { 'Retry-After': '600' } });
        read429 = false;
      } else if (write429) {
        write429 = false;
        fake.failNext({ ...filter, status: 429, headers: { 'Retry-After': '1800' } });
      } else if (request.method === 'POST') fake.failNext({ ...filter, status: 503 });
    });
    await core.start();
    // The person shows every suggestion ("Show N more"), and opens panels of any of their conversations.
    await core.handlers['suggestions:showAll']({ all: true });
    await clock.advance(1_000);
    const created = await core.handlers['items:create']({
      description: 'Soak: a create that fails all hour',
      dueAt: null,
    });
    if (!created.ok) throw new Error(`the create was refused at once: ${created.error.message}`);
    const writeLimitAt = options.random.int(10, 20) * 60_000;
    const readLimitAt = options.random.int(35, 45) * 60_000;
    const rotateAt = options.random.int(4, 8) * 60_000;
    const conversationLimitAt = options.random.int(20, 30) * 60_000;
    const openIds = items.filter((item) => item.completed === false).map((item) => item.id!);
    const phone = new StaleAfterRefresh(fake, options.random.fork('phone'), clock.now);
    for (let second = 0; second < options.hours * 3_600; second += 30) {
      const elapsed = second * 1_000;
      if (elapsed === writeLimitAt) {
        write429 = true;
        const ticked = await core.handlers['items:update']({
          id: options.random.pick(openIds),
          changes: { completed: true },
        });
        if (!ticked.ok) options.log(`  the tick at +${writeLimitAt / 1000} s was refused: ${ticked.error.message}`);
      }
      if (elapsed === readLimitAt) read429 = true;
      if (elapsed === conversationLimitAt) conversation429 = true;
      if (second % 1_200 === 600) talks.hear(fake);
      if (elapsed === rotateAt)
        await rotation.rotate(openIds, options.random.fork('rotation'), 3, () => clock.advance(10_000));
      core.trayClicked();
      await clock.advance(5_000);
      await core.handlers['popover:hide'](undefined);
      phone.observe(core.snapshot());
      if (second % 120 === 0) phone.changeOnPhone(core.snapshot());
      if (second % 60 === 0) await core.handlers['items:refresh'](undefined);
      if (second % 360 === 180) {
        const offered = [...new Set(core.snapshot().suggestions.items.map((suggestion) => suggestion.conversationId))];
        await core.handlers['conversations:get']({ id: talks.pickPanel(offered) });
      }
      phone.observe(core.snapshot());
      await clock.advance(25_000);
    }
    const conversationReads = fake.requests().filter(isConversationRead);
    const requests = fake.requests().filter((request) => request.path.startsWith(ITEMS));
    const reads = requests.filter((request) => request.method === 'GET');
    const writes = requests.filter((request) => request.method !== 'GET');
    const duringRetryAfter = [...inRetryAfter(requests), ...inRetryAfter(conversationReads)];
    options.findings.contractViolations(fake.takeViolations());
    if (process.env['SOAK_DEBUG'] === '1')
      for (const r of conversationReads)
        options.log(`    conversation read ${r.path} ${r.status} at +${Math.round((r.at - SOAK_START) / 1000)} s`);
    options.log(
      `  conversations: ${conversationReads.length} reads (${conversationReads.filter((r) => r.path === '/v1/dev/user/conversations').length} of the list, ${conversationReads.filter((r) => r.status === 429).length} answered 429, ${conversationReads.filter((r) => r.status === 503).length} 503), ${talks.panelsOpened} panels opened`,
    );
    options.log(
      `  ${options.hours} simulated hours: ${reads.length} reads (${reads.filter((r) => r.status === 429).length} answered 429), ${writes.length} writes (${writes.filter((r) => r.method === 'POST').length} POST, ${writes.filter((r) => r.status === 429).length} answered 429); requests inside a Retry-After: ${
        duringRetryAfter
          .map((r) => `${r.method} at +${Math.round((r.at - SOAK_START) / 1000)} s`)
          .slice(0, 6)
          .join(', ') || 'none'
      }`,
    );
    return [
      // Omi counts each key on its own, and the run connects a second key midway: the worst key's hour.
      { name: 'soak-worst-item-reads-per-hour', value: worstKeyHour(reads), unit: 'requests', budget: 100 },
      { name: 'soak-worst-item-writes-per-hour', value: worstKeyHour(writes), unit: 'requests', budget: 100 },
      { name: 'requests-during-retry-after', value: duringRetryAfter.length, unit: 'requests', budget: 0 },
      phone.figure(options.log),
      rotation.figure(),
      conversationReadsFigure('hours', conversationReads),
    ];
  } finally {
    await core.shutdown();
    await fake.close();
    await removeScratchFolder(dataDir);
  }
}

/**
 * Items on the server: 1,500 open and 1,200 completed; the short run (one hour) keeps 1,100 of each,
 * still over the 1,032 Omi reads in one plain page, so both lists are read in windows as well.
 */
function listSizes(hours: number): { open: number; completed: number } {
  return hours < 2 ? { open: 1_100, completed: 1_100 } : { open: 1_500, completed: 1_200 };
}

/** Requests of the same kind (read or write) sent while an earlier answer's Retry-After was in force. */
function inRetryAfter(requests: readonly RecordedRequest[]): RecordedRequest[] {
  const kind = (request: RecordedRequest) => (request.method === 'GET' ? 'read' : 'write');
  const windows = requests
    .filter((request) => request.retryAfterSeconds !== undefined)
    .map((request) => ({
      kind: kind(request),
      from: request.at,
      until: request.at + request.retryAfterSeconds! * 1000,
    }));
  return requests.filter((request) =>
    windows.some((window) => window.kind === kind(request) && request.at > window.from && request.at < window.until),
  );
}
