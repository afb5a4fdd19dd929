import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionItemsApi } from '../../../../electron/core/api/action-items-api';
import type { HeardConversation } from '../../../../electron/core/api/heard-conversation';
import { CONVERSATION_READ_LIMITS } from '../../../../electron/core/conversations/conversation-read-share';
import { ReadBudget } from '../../../../electron/core/items/read-budget';
import { ReadLedger } from '../../../../electron/core/items/read-ledger';
import { createLogger } from '../../../../electron/core/logging/logger';
import {
  ConversationListReader,
  LOOK_INTERVAL_MS,
  FULL_READ_EVERY_MS,
  MAX_PAGES,
  REFRESH_GAP_MS,
  SCOPE_RECHECK_MS,
  SUGGESTION_WINDOW_MS,
} from '../../../../electron/core/suggestions/conversation-list-reader';
import type { AppError, Result } from '../../../../electron/shared/app-error';
import { fail, ok } from '../../../../electron/shared/app-error';
import type { ConversationSummary } from '../../../../electron/shared/conversation';
import { FakeClock } from '../support/fake-clock';

const MINUTE = 60_000;

const heard = (id: string, createdAt: string): HeardConversation => ({
  summary: {
    id,
    title: `Call ${id}`,
    overview: 'Overview.',
    emoji: null,
    category: null,
    startedAt: null,
    finishedAt: null,
    createdAt,
  },
  toDos: [{ words: `To-do of ${id}`, done: false, dueAt: null }],
});

let clock: FakeClock;
let budget: ReadBudget;
let asked: string[];
let answers: Result<HeardConversation[]>[];
let learned: ConversationSummary[];
/** How often the reader told the region that what it holds changed. */
let told: number;
let reader: ConversationListReader;
let owner: string | null;

/**
 * The popover was shown, and the read runs to its end: the next page is asked for a tick after a
 * full one, and the ticks are the fake clock's.
 */
async function looked(): Promise<void> {
  let done = false;
  const reading = reader.looked().then(() => (done = true));
  while (!done) {
    clock.advance(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await reading;
}

function api(): ActionItemsApi {
  const unused = () => Promise.resolve(fail({ kind: 'server', message: 'not used here' }));
  return {
    listPage: unused,
    update: unused,
    create: unused,
    remove: unused,
    keyInfo: unused,
    conversationsSince: (since: string) => {
      asked.push(since);
      return Promise.resolve(answers.shift() ?? ok([]));
    },
  };
}

beforeEach(() => {
  clock = new FakeClock(Date.parse('2026-03-09T09:00:00Z'));
  owner = 'https://api.omi.test key-a';
  budget = new ReadBudget(clock, CONVERSATION_READ_LIMITS, {
    bucket: 'conversations',
    owner: () => owner,
    ledger: new ReadLedger({ clock }),
  });
  asked = [];
  answers = [];
  learned = [];
  told = 0;
  reader = new ConversationListReader({
    clock,
    logger: createLogger({ sink: () => undefined }),
    budget,
    api,
    owner: () => owner,
    learned: (summaries) => learned.push(...summaries),
    changed: () => (told += 1),
  });
});

const rateLimited = (seconds: number): Result<HeardConversation[]> =>
  fail({ kind: 'rate_limited', message: 'slow down', retryAfterSeconds: seconds } as AppError);

describe('reading recent conversations for suggestions', () => {
  it('reads the whole window every time, and fills the conversation cache with what is new', async () => {
    const c2 = heard('c2', '2026-03-09T08:00:00Z');
    const c1 = heard('c1', '2026-03-06T15:00:00Z');
    answers.push(ok([c2, c1]));
    await reader.looked();
    expect(asked).toEqual([new Date(Date.parse('2026-03-09T09:00:00Z') - SUGGESTION_WINDOW_MS).toISOString()]);
    expect(learned.map((s) => s.id)).toEqual(['c2', 'c1']);

    clock.advance(LOOK_INTERVAL_MS);
    // A meeting that started at 07:00 and was listed only after the first read, once Omi processed it.
    answers.push(ok([c2, heard('c3', '2026-03-09T07:00:00Z'), c1]));
    await reader.looked();
    expect(asked[1]).toBe(new Date(clock.now() - SUGGESTION_WINDOW_MS).toISOString());
    expect(reader.conversations().map((c) => c.summary.id)).toEqual(['c2', 'c3', 'c1']);
    expect(learned.map((s) => s.id)).toEqual(['c2', 'c1', 'c3']);
  });

  it('reads the pages after the first again only once an hour', async () => {
    const page = (from: number) =>
      ok(Array.from({ length: 100 }, (_, index) => heard(`c${from + index}`, '2026-03-08T08:00:00Z')));
    answers.push(page(0), page(100), page(200));
    await looked();
    expect(asked).toHaveLength(MAX_PAGES);
    clock.advance(LOOK_INTERVAL_MS);
    answers.push(page(0));
    await looked();
    expect(asked).toHaveLength(MAX_PAGES + 1);
    expect(reader.conversations()).toHaveLength(300);
    clock.advance(FULL_READ_EVERY_MS - LOOK_INTERVAL_MS);
    answers.push(page(0), page(100), ok([]));
    await looked();
    expect(asked).toHaveLength(MAX_PAGES + 4);
  });

  it('tells the region only when a read brings something new or changed', async () => {
    const c1 = heard('c1', '2026-03-09T08:00:00Z');
    answers.push(ok([c1]), ok([c1]), ok([{ ...c1, toDos: [] }]));
    await reader.looked();
    clock.advance(LOOK_INTERVAL_MS);
    await reader.looked();
    expect(told).toBe(1);
    clock.advance(LOOK_INTERVAL_MS);
    await reader.looked();
    expect(told).toBe(2);
  });

  it('reads at most every 15 minutes while the popover is shown, and on Refresh after a short gap', async () => {
    await reader.looked();
    clock.advance(LOOK_INTERVAL_MS - MINUTE);
    await reader.looked();
    expect(asked).toHaveLength(1);
    await reader.refreshed();
    expect(asked).toHaveLength(2);
    clock.advance(REFRESH_GAP_MS - MINUTE);
    await reader.refreshed();
    expect(asked).toHaveLength(2);
    expect(budget.spentInLastHour()).toBe(2);
  });

  it.each([
    ['an empty next page tells nothing more', [], [100]],
    ['a next page with more tells it too', [heard('c100', '2026-03-09T07:00:00Z')], [100, 101]],
  ])('shows a full page at once, before the next page is answered; %s', async (_, next, shownAfter) => {
    const full = Array.from({ length: 100 }, (_, index) => heard(`c${index}`, '2026-03-09T08:00:00Z'));
    let release: (answer: Result<HeardConversation[]>) => void = () => undefined;
    let askedNext = false;
    const shownWhileAsking: number[] = [];
    const paged = new ConversationListReader({
      clock,
      logger: createLogger({ sink: () => undefined }),
      budget,
      owner: () => owner,
      learned: () => undefined,
      api: () => ({
        ...api(),
        conversationsSince: (_since: string, offset?: number) =>
          offset === 0 || offset === undefined
            ? Promise.resolve(ok(full))
            : new Promise((resolve) => {
                askedNext = true;
                release = resolve;
              }),
      }),
      changed: () => shownWhileAsking.push(paged.conversations().length),
    });
    const reading = paged.looked();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shownWhileAsking).toEqual([100]);
    // The next page is asked for a tick later, once the push of this one went out.
    expect(askedNext).toBe(false);
    clock.advance(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(askedNext).toBe(true);
    release(ok(next));
    await reading;
    expect(shownWhileAsking).toEqual(shownAfter);
  });

  it('forgets conversations that fall out of the window', async () => {
    answers.push(ok([heard('old', '2026-03-05T09:30:00Z')]));
    await reader.looked();
    expect(reader.conversations()).toHaveLength(1);
    clock.advance(60 * MINUTE);
    expect(reader.conversations()).toHaveLength(0);
  });

  it('forgets a conversation deleted on Omi at once when the whole window came in one answer', async () => {
    answers.push(ok([heard('c2', '2026-03-09T08:00:00Z'), heard('c1', '2026-03-08T08:00:00Z')]));
    await reader.looked();
    clock.advance(LOOK_INTERVAL_MS);
    answers.push(ok([heard('c2', '2026-03-09T08:00:00Z')]));
    const toldBefore = told;
    await reader.looked();
    expect(reader.conversations().map((c) => c.summary.id)).toEqual(['c2']);
    expect(told).toBe(toldBefore + 1);
  });

  it('forgets one missing from a read in several pages only when the next such read misses it too', async () => {
    const ids = (from: number, to: number, without: string[] = []) =>
      Array.from({ length: to - from }, (_, index) => `c${from + index}`).filter((id) => !without.includes(id));
    const pagesOf = (list: string[]) => {
      const all = list.map((id) => heard(id, '2026-03-08T08:00:00Z'));
      for (let from = 0; from <= all.length; from += 100) answers.push(ok(all.slice(from, from + 100)));
    };
    const held = () => new Set(reader.conversations().map((c) => c.summary.id));
    pagesOf(ids(0, 250));
    await looked();
    expect(held().size).toBe(250);

    // A deletion between two pages shifts what follows by one: c100 slid onto the page already read.
    clock.advance(FULL_READ_EVERY_MS);
    pagesOf(ids(0, 250, ['c100']));
    await looked();
    expect(held().has('c100')).toBe(true);

    // The next whole read finds it again: it stays, and one miss later does not count twice.
    clock.advance(FULL_READ_EVERY_MS);
    pagesOf(ids(0, 250));
    await looked();
    clock.advance(FULL_READ_EVERY_MS);
    pagesOf(ids(0, 250, ['c100']));
    await looked();
    expect(held().has('c100')).toBe(true);

    // Missed by two whole reads in a row: deleted on Omi.
    clock.advance(FULL_READ_EVERY_MS);
    pagesOf(ids(0, 250, ['c100']));
    await looked();
    expect(held().has('c100')).toBe(false);
    expect(held().size).toBe(249);
  });

  it('forgets nothing after a read that did not reach the end of the window', async () => {
    const page = (from: number, count = 100) =>
      ok(Array.from({ length: count }, (_, index) => heard(`c${from + index}`, '2026-03-08T08:00:00Z')));
    answers.push(page(0), page(100, 20));
    await looked();
    expect(reader.conversations()).toHaveLength(120);
    // Within the hour only the first page is read again, and it is full: the rest is not known gone.
    clock.advance(LOOK_INTERVAL_MS);
    answers.push(page(0));
    await reader.looked();
    expect(asked).toHaveLength(3);
    expect(reader.conversations()).toHaveLength(120);
  });

  it('waits out a 429 for its Retry-After, and the conversation panel waits too', async () => {
    answers.push(rateLimited(600));
    await reader.looked();
    clock.advance(5 * MINUTE);
    await reader.refreshed();
    expect(asked).toHaveLength(1);
    expect(budget.nextAllowedAt('asked')).toBe(Date.parse('2026-03-09T09:10:00Z'));
    clock.advance(5 * MINUTE);
    await reader.refreshed();
    expect(asked).toHaveLength(2);
  });

  it('stops inside the budget it shares with the conversation panel', async () => {
    for (let i = 0; i < 50; i += 1) budget.take('asked');
    await reader.looked();
    expect(asked).toHaveLength(0);
  });

  it('asks a key without the scope again only after an hour, and a new key at once', async () => {
    answers.push(fail({ kind: 'forbidden', message: 'Missing required scope: conversations:read' }));
    await reader.looked();
    expect(reader.state()).toBe('missing_scope');
    clock.advance(LOOK_INTERVAL_MS);
    await reader.looked();
    expect(asked).toHaveLength(1);
    owner = 'https://api.omi.test key-b';
    expect(reader.state()).toBe('unread');
    await reader.looked();
    expect(asked).toHaveLength(2);
    owner = 'https://api.omi.test key-a';
    clock.advance(SCOPE_RECHECK_MS);
    await reader.looked();
    expect(asked).toHaveLength(3);
  });

  it('reads nothing while signed out', async () => {
    owner = null;
    await reader.looked();
    expect(asked).toHaveLength(0);
    expect(reader.conversations()).toEqual([]);
  });
});
