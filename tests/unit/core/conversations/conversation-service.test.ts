import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionItemsApi } from '../../../../electron/core/api/action-items-api';
import { conversationCacheFile } from '../../../../electron/core/conversations/conversation-cache-file';
import {
  CONVERSATION_READ_LIMITS,
  CONVERSATION_READS_PER_HOUR,
} from '../../../../electron/core/conversations/conversation-read-share';
import {
  ConversationService,
  KEEP_LEARNED_AFTER_MS,
  REFRESH_AFTER_MS,
} from '../../../../electron/core/conversations/conversation-service';
import { DEFAULT_READ_LIMITS, FIRST_PAUSE_MS, ReadBudget } from '../../../../electron/core/items/read-budget';
import { ReadLedger } from '../../../../electron/core/items/read-ledger';
import { recordingLogger } from '../../../doubles/recording-logger';
import type { AppError, Result } from '../../../../electron/shared/app-error';
import { fail, ok } from '../../../../electron/shared/app-error';
import type { ConversationLookup, ConversationSummary } from '../../../../electron/shared/conversation';
import { FakeClock } from '../support/fake-clock';
import { tempDir } from '../support/temp-dir';

const ORIGIN = 'https://api.omi.test';

const summary = (id: string, over: Partial<ConversationSummary> = {}): ConversationSummary => ({
  id,
  title: 'Planning the launch',
  overview: 'Ana and you agreed to send the deck by Friday.',
  emoji: '🚀',
  category: 'work',
  startedAt: '2026-03-01T13:05:00Z',
  finishedAt: '2026-03-01T13:45:00Z',
  createdAt: '2026-03-01T13:05:00Z',
  ...over,
});

/** Conversations as the Omi client answers them: a summary, or the client's AppError. */
class ConversationsDouble {
  readonly asked: string[] = [];
  readonly answers = new Map<string, Result<ConversationSummary>>();

  api(): ActionItemsApi {
    const unused = () => Promise.resolve(fail({ kind: 'server', message: 'not used here' }));
    return {
      listPage: unused,
      update: unused,
      create: unused,
      remove: unused,
      keyInfo: unused,
      conversation: (id: string) => {
        this.asked.push(id);
        return Promise.resolve(this.answers.get(id) ?? fail({ kind: 'not_found', message: 'gone' }));
      },
    };
  }
}

let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
let server: ConversationsDouble;
/** The conversations' budget and the list's, for one key, kept in one ledger as the app keeps them. */
let budget: ReadBudget;
let listReads: ReadBudget;
beforeEach(async () => {
  dir = await tempDir();
  clock = new FakeClock();
  server = new ConversationsDouble();
  const ledger = new ReadLedger({ clock });
  const owner = () => 'key-tag';
  budget = new ReadBudget(clock, CONVERSATION_READ_LIMITS, { bucket: 'conversations', owner, ledger });
  listReads = new ReadBudget(clock, DEFAULT_READ_LIMITS, { owner, ledger });
});
afterEach(() => dir.remove());

function open(options: { warnings?: string[]; api?: ActionItemsApi | null } = {}): ConversationService {
  return new ConversationService({
    clock,
    logger: recordingLogger().logger,
    file: conversationCacheFile(join(dir.path, 'conversations.json'), {
      onCorrupt: (message) => options.warnings?.push(message),
      now: () => clock.now(),
    }),
    budget,
    api: () => (options.api === undefined ? server.api() : options.api),
    origin: () => ORIGIN,
  });
}

const failure = (error: AppError) => fail<ConversationSummary>(error);
const problemOf = (lookup: ConversationLookup) => (lookup.kind === 'unavailable' ? lookup.problem : 'found');

describe('the conversation service', () => {
  it('fetches a conversation once, then answers from the cache, also after a restart', async () => {
    server.answers.set('c1', ok(summary('c1')));
    const service = open();
    const first = await service.get('c1');
    expect(first).toMatchObject({ kind: 'found', conversation: { title: 'Planning the launch' } });
    expect(await service.get('c1')).toEqual(first);
    await service.settled();
    const restarted = open();
    expect(await restarted.get('c1')).toMatchObject({
      kind: 'found',
      conversation: { overview: summary('c1').overview },
    });
    expect(server.asked).toEqual(['c1']);
  });

  it('asks one request for several expands of the same conversation at once', async () => {
    server.answers.set('c1', ok(summary('c1')));
    const service = open();
    const answers = await Promise.all([service.get('c1'), service.get('c1'), service.get('c1')]);
    expect(answers.map(problemOf)).toEqual(['found', 'found', 'found']);
    expect(server.asked).toEqual(['c1']);
  });

  it('asks again for a summary older than a day, and keeps the older copy when Omi cannot be reached', async () => {
    server.answers.set('c1', ok(summary('c1')));
    const service = open();
    await service.get('c1');
    clock.advance(REFRESH_AFTER_MS - 1000);
    await service.get('c1');
    expect(server.asked).toHaveLength(1);
    clock.advance(2000);
    server.answers.set('c1', ok(summary('c1', { title: 'Planning the launch, again' })));
    expect(await service.get('c1')).toMatchObject({ conversation: { title: 'Planning the launch, again' } });
    expect(server.asked).toHaveLength(2);
    clock.advance(REFRESH_AFTER_MS + 1000);
    server.answers.set('c1', failure({ kind: 'offline', message: 'offline' }));
    expect(await service.get('c1')).toMatchObject({
      kind: 'found',
      conversation: { title: 'Planning the launch, again' },
    });
    expect(server.asked).toHaveLength(3);
  });

  it('never takes more than its hourly conversation reads, however many items are expanded', async () => {
    const ids = Array.from({ length: CONVERSATION_READS_PER_HOUR + 5 }, (_, i) => `c${i}`);
    for (const id of ids) server.answers.set(id, ok(summary(id)));
    const service = open();
    const answers = [];
    for (const id of ids) answers.push(await service.get(id));
    expect(server.asked).toHaveLength(CONVERSATION_READS_PER_HOUR);
    const refused = answers.slice(CONVERSATION_READS_PER_HOUR);
    expect(refused.map(problemOf)).toEqual(Array(5).fill('read_share_used'));
    expect(refused[0]).toMatchObject({
      message: expect.stringMatching(/opened this hour; this one can be shown in 60 minutes/),
    });
    // Omi counts conversation reads apart from the list's: the list has spent nothing.
    expect(budget.spentInLastHour()).toBe(CONVERSATION_READS_PER_HOUR);
    expect(listReads.spentInLastHour()).toBe(0);
    // Already fetched conversations are still shown from the cache.
    expect(problemOf(await service.get('c0'))).toBe('found');
    clock.advance(60 * 60_000 + 1);
    expect(problemOf(await service.get(ids.at(-1) ?? ''))).toBe('found');
  });

  it('reads conversations when the list spent its hourly reads: Omi counts them apart', async () => {
    server.answers.set('c1', ok(summary('c1')));
    const total = DEFAULT_READ_LIMITS.totalPerHour;
    for (let read = 0; read < total; read++) expect(listReads.take('asked').ok).toBe(true);
    expect(listReads.nextAllowedAt('asked')).not.toBeNull();
    expect(problemOf(await open().get('c1'))).toBe('found');
    expect(listReads.spentInLastHour()).toBe(total);
  });

  it('stops reading conversations on a 429 until Retry-After; the list reads on', async () => {
    server.answers.set('c1', failure({ kind: 'rate_limited', message: 'limited', retryAfterSeconds: 600 }));
    const service = open();
    expect(await service.get('c1')).toMatchObject({
      problem: 'rate_limited',
      message: expect.stringMatching(/in 10 minutes/),
    });
    expect(budget.nextAllowedAt('asked')).toBe(clock.now() + 600_000);
    expect(listReads.nextAllowedAt('automatic')).toBeNull();
    expect(listReads.nextAllowedAt('asked')).toBeNull();
  });

  it('pauses conversations on a 429 that names no time, and only them', async () => {
    server.answers.set('c1', failure({ kind: 'rate_limited', message: 'limited' }));
    const service = open();
    expect(await service.get('c1')).toMatchObject({
      problem: 'rate_limited',
      message: expect.stringMatching(/in a minute/),
    });
    expect(budget.nextAllowedAt('asked')).toBe(clock.now() + FIRST_PAUSE_MS);
    expect(listReads.nextAllowedAt('automatic')).toBeNull();
    expect(problemOf(await service.get('c2'))).toBe('rate_limited');
    expect(server.asked).toEqual(['c1']);
  });

  it('says a key lacks the conversations scope once, without asking again for every item', async () => {
    server.answers.set('c1', failure({ kind: 'forbidden', message: 'no' }));
    const service = open();
    expect(await service.get('c1')).toMatchObject({
      problem: 'missing_scope',
      message: expect.stringMatching(/^This key may not read conversations;/),
    });
    expect(problemOf(await service.get('c2'))).toBe('missing_scope');
    expect(server.asked).toEqual(['c1']);
  });

  it('asks again at once when a new key is connected', async () => {
    server.answers.set('c1', failure({ kind: 'forbidden', message: 'no' }));
    const service = open();
    expect(problemOf(await service.get('c1'))).toBe('missing_scope');
    server.answers.set('c1', ok(summary('c1')));
    service.keyChanged();
    expect(problemOf(await service.get('c1'))).toBe('found');
    expect(server.asked).toEqual(['c1', 'c1']);
  });

  it('remembers a deleted conversation across restarts', async () => {
    const service = open();
    expect(await service.get('gone')).toMatchObject({
      problem: 'deleted',
      message: expect.stringMatching(/no longer in Omi/),
    });
    await service.settled();
    expect(problemOf(await open().get('gone'))).toBe('deleted');
    expect(server.asked).toEqual(['gone']);
  });

  it('says a conversation is still being processed, does not cache it, and asks again a minute later', async () => {
    server.answers.set('c1', ok(summary('c1', { title: '', overview: ' ' })));
    const service = open();
    expect(await service.get('c1')).toMatchObject({
      problem: 'processing',
      message: expect.stringMatching(/still summarising/),
    });
    expect(problemOf(await service.get('c1'))).toBe('processing');
    expect(server.asked).toHaveLength(1);
    clock.advance(61_000);
    server.answers.set('c1', ok(summary('c1')));
    expect(problemOf(await service.get('c1'))).toBe('found');
    expect(server.asked).toHaveLength(2);
  });

  it('turns offline, server trouble and no key into lines in words', async () => {
    server.answers.set('off', failure({ kind: 'offline', message: 'x' }));
    server.answers.set('boom', failure({ kind: 'server', message: 'x' }));
    const service = open();
    expect(await service.get('off')).toMatchObject({
      problem: 'offline',
      message: expect.stringMatching(/once Omi can be reached/),
    });
    expect(await service.get('boom')).toMatchObject({
      problem: 'failed',
      message: expect.stringMatching(/problem on Omi's side/),
    });
    expect(await open({ api: null }).get('off')).toMatchObject({ problem: 'not_connected' });
  });

  it('moves a corrupt conversations.json aside and fetches again', async () => {
    await writeFile(
      join(dir.path, 'conversations.json'),
      JSON.stringify({ version: 1, origins: { [ORIGIN]: { c1: { kind: 'found' } } } }),
      'utf8',
    );
    server.answers.set('c1', ok(summary('c1')));
    const warnings: string[] = [];
    expect(problemOf(await open({ warnings }).get('c1'))).toBe('found');
    expect(warnings).toEqual([expect.stringMatching(/conversations\.json could not be read/)]);
    expect((await readdir(dir.path)).some((name) => name.startsWith('conversations.json.corrupt-'))).toBe(true);
    expect(server.asked).toEqual(['c1']);
  });

  it('keeps conversations of one API origin apart from another', async () => {
    server.answers.set('c1', ok(summary('c1')));
    const service = open();
    await service.get('c1');
    await service.settled();
    const stored = JSON.parse(await readFile(join(dir.path, 'conversations.json'), 'utf8')) as {
      origins: Record<string, unknown>;
    };
    expect(Object.keys(stored.origins)).toEqual([ORIGIN]);
  });
  describe('summaries learned from the list of recent conversations', () => {
    const stored = async (): Promise<string> => {
      try {
        return await readFile(join(dir.path, 'conversations.json'), 'utf8');
      } catch {
        return '';
      }
    };
    /** Lets the file's reads and writes run (real files under a fake clock). */
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

    it('answers the panel at once, without a read, before the file holds them', async () => {
      const service = open();
      service.learned([summary('c1'), summary('c2', { title: 'Budget review' })]);
      expect(await service.get('c2')).toMatchObject({ kind: 'found', conversation: { title: 'Budget review' } });
      expect(server.asked).toEqual([]);
      await settle();
      expect(await stored()).toBe('');
    });

    it('reach the file a moment later, and the panel after a restart needs no read', async () => {
      const service = open();
      service.learned([summary('c1')]);
      clock.advance(KEEP_LEARNED_AFTER_MS - 1);
      await settle();
      expect(await stored()).toBe('');
      clock.advance(1);
      await settle();
      await service.settled();
      expect(await stored()).toContain('Planning the launch');
      expect(problemOf(await open().get('c1'))).toBe('found');
      expect(server.asked).toEqual([]);
    });

    it('are kept when the app quits before that moment', async () => {
      const service = open();
      service.learned([summary('c1')]);
      await service.settled();
      expect(await stored()).toContain('Planning the launch');
      clock.advance(KEEP_LEARNED_AFTER_MS);
      await settle();
      expect(problemOf(await open().get('c1'))).toBe('found');
      expect(server.asked).toEqual([]);
    });

    it('are kept when the app quits while the file is still being read for them', async () => {
      const service = open();
      service.learned([summary('c1')]);
      clock.advance(KEEP_LEARNED_AFTER_MS);
      await service.settled();
      expect(await stored()).toContain('Planning the launch');
    });

    it('join what the file held, and a fresher answer from Omi wins over a learned summary', async () => {
      server.answers.set('c0', ok(summary('c0', { title: 'Kick-off' })));
      const first = open();
      await first.get('c0');
      await first.settled();
      const service = open();
      service.learned([summary('c1')]);
      await service.settled();
      const origins = (JSON.parse(await stored()) as { origins: Record<string, Record<string, unknown>> }).origins;
      expect(Object.keys(origins[ORIGIN] ?? {}).sort()).toEqual(['c0', 'c1']);

      clock.advance(REFRESH_AFTER_MS + 1000);
      server.answers.set('c1', ok(summary('c1', { title: 'Planning the launch, again' })));
      service.learned([summary('c1')]);
      clock.advance(REFRESH_AFTER_MS + 1000);
      expect(await service.get('c1')).toMatchObject({ conversation: { title: 'Planning the launch, again' } });
      clock.advance(KEEP_LEARNED_AFTER_MS);
      await settle();
      await service.settled();
      expect(await open().get('c1')).toMatchObject({ conversation: { title: 'Planning the launch, again' } });
    });
  });
});
