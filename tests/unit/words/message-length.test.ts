/**
 * Every message template the person may see, walked with realistic values (a long description,
 * long server words, a far date on the 12-hour clock): one sentence of at most 90 characters, with
 * no scope name, HTTP code, file name or path, and one name for each thing (docs/words.md). The
 * page's own lines are walked too: its templates with those values, and every line the components
 * and src/ show, read from the source (./page-text). Every sentence in the main process's and core's
 * source (messages, notices, dialogs, log lines alike) is held to the one name for each thing.
 */
import { describe, expect, it } from 'vitest';
import {
  errorFromAnswer,
  noKeyError,
  offlineError,
  READ_ONLY_MESSAGE,
  unreadableAnswer,
  type Operation,
} from '../../../electron/core/api/http-errors';
import { connectFailure } from '../../../electron/core/auth/connect-errors';
import { unavailable } from '../../../electron/core/conversations/conversation-words';
import { notConfirmed, type Unconfirmed } from '../../../electron/core/outbox/checking-words';
import { CANNOT_CLEAR_DUE_DATE } from '../../../electron/core/outbox/entry-delivery';
import { outboxStatus, timeWords } from '../../../electron/core/outbox/outbox-status';
import { asOfWords, dueInWords } from '../../../electron/core/reminders/reminder-words';
import type { AppError } from '../../../electron/shared/app-error';
import { DAY_FIRST_24_HOUR, type ClockStyle } from '../../../electron/shared/due-date/clock-style';
import { Notices, type UndoOffer } from '../../../src/notices/notices.svelte';
import { pauseChoices } from '../../../src/reminders/reminder-times';
import { saveLine } from '../../../src/notices/save-status';
import { dayAndTime, dueChoice } from '../../../src/common/time-words';
import { undoWords } from '../../../src/checklist/undo-words';
import { electronWords, pageWords } from './page-text';

const MAX = 90;
const BANNED: [string, RegExp][] = [
  ['a scope name', /\b(scope|action_items|conversations:read)\b/i],
  ['an HTTP word', /\bHTTP\b/i],
  ['a status code', /\b[1-5]\d\d\b/],
  ['a file name', /\.json\b/i],
  ['a path', /(^|\s)(\/|~\/|[A-Z]:\\)[\w.-]+/],
  ['exception text', /\b(Error|Exception|TypeError|undefined|null)\b/],
  ['another name for the Omi developer key', /\b(API key|developer API key)\b|(?<!Omi )\bdeveloper key\b/i],
  // Omi's own permission is labelled "Action Items"; the app's things are items.
  ['another name for an item', /\b[Aa]ction items?\b|\b[Tt]asks?\b/],
  ['another name for the server address', /\b(API base URL|API address|base URL)\b/i],
  // "Developer API" is the name of Omi's own settings page, which setup quotes.
  ['an API word', /(?<!Developer )\bAPI\b/],
  ['another word for done', /\btick(s|ed|ing)?\b/i],
  // The command-line switch "--quick-edit" is typed as it is.
  ['another name for Quick edit', /(?<!-)\bquick-edit\b|\bcommand bar\b/i],
  ['another name for changing the due date', /\b(reschedule|re-date|deadline)\b/i],
  ['a second sentence after a semicolon', /;\s+(?!Omi\b)[A-Z][a-z]/],
];
/** An item's description as people write them: long, so every quote of it is seen cut. */
const LONG_DESCRIPTION =
  'Call the plumber about the leaking kitchen tap and ask for a quote before the end of the month';
const US: ClockStyle = { hour12: true, monthFirst: true };
const STYLES = [DAY_FIRST_24_HOUR, US];
const LONG_SERVER_WORDS = `Value error, ${'the field must satisfy a very long constraint '.repeat(6)}`;
const NOW = Date.parse('2026-12-02T10:00:00Z');
const FAR = Date.parse('2027-09-29T22:45:00Z');

/** The sentences of a line: split after a full stop, question mark or exclamation mark and a space. */
const sentences = (line: string): string[] => line.split(/(?<=[.?!…])\s+(?=[A-Z“"0-9])/);

function problems(message: string): string[] {
  const found: string[] = [];
  if ([...message].length > MAX) found.push(`${[...message].length} characters`);
  const count = sentences(message).length;
  if (count > 1) found.push(`${count} sentences`);
  for (const [name, pattern] of BANNED) if (pattern.test(message)) found.push(name);
  return found;
}

const messages: [string, string][] = [];
const add = (where: string, message: string) => messages.push([where, message]);

const operations: Operation[] = ['list', 'update', 'create', 'remove', 'key', 'conversation'];
for (const status of [301, 307, 400, 401, 402, 403, 404, 409, 422, 429, 500, 502, 503]) {
  for (const operation of operations) {
    for (const body of [
      undefined,
      { detail: LONG_SERVER_WORDS },
      { detail: [{ loc: ['body', 'description'], msg: LONG_SERVER_WORDS }] },
    ]) {
      for (const retryAfter of [null, '30', '7200']) {
        const headers = new Headers(retryAfter === null ? {} : { 'retry-after': retryAfter });
        const error = errorFromAnswer(
          { status, body, headers },
          { operation, nullOnlyPatch: status === 422 },
          'omi_dev_secret',
        );
        add(`HTTP ${status} on ${operation}`, error.message);
        add(`connecting after HTTP ${status} on ${operation}`, connectFailure(error).message);
      }
    }
  }
}
for (const reason of ['network', 'timeout', 'no-connection'] as const)
  add(`offline (${reason})`, offlineError(reason, 20_000).message);
add('no key', noKeyError().message);
add('unreadable answer', unreadableAnswer('/v1/dev/user/action-items').message);
add('read-only key', READ_ONLY_MESSAGE);
for (const problem of [
  'missing_scope',
  'deleted',
  'processing',
  'offline',
  'rate_limited',
  'read_share_used',
  'not_connected',
  'unsupported',
] as const) {
  const lookup = unavailable(problem, 45 * 60_000);
  if (lookup.kind === 'unavailable') add(`conversation: ${problem}`, lookup.message);
}

const senderErrors: AppError[] = [
  offlineError('network', 20_000),
  errorFromAnswer(
    { status: 401, body: { detail: LONG_SERVER_WORDS }, headers: new Headers() },
    { operation: 'update' },
    null,
  ),
  errorFromAnswer(
    { status: 429, body: undefined, headers: new Headers({ 'retry-after': '30' }) },
    { operation: 'update' },
    null,
  ),
  errorFromAnswer(
    { status: 503, body: { detail: LONG_SERVER_WORDS }, headers: new Headers() },
    { operation: 'update' },
    null,
  ),
];
for (const style of STYLES) {
  for (const error of [null, ...senderErrors]) {
    for (const [retryAt, blockedUntil] of [
      [null, null],
      [FAR, null],
      [null, FAR],
    ] as const) {
      const status = outboxStatus({
        now: NOW,
        timeZone: 'America/Los_Angeles',
        style,
        mine: [{ id: 'x', itemId: 'a', queuedAt: NOW, change: { completed: true } } as never],
        othersCount: 0,
        otherServerCount: 0,
        signedOut: false,
        sender: { error, retryAt, blockedUntil, checking: [] },
      });
      if (status.reason !== null) add(`waiting changes (${error?.kind ?? 'none'})`, status.reason.words);
    }
  }
  // A change waiting to learn what an unanswered write did: checked again within minutes.
  const unconfirmed: Unconfirmed[] = [{ newItem: LONG_DESCRIPTION }, 'marked done', 'earlier change'];
  for (const what of unconfirmed) {
    for (const until of [NOW + 2 * 60_000, NOW + 26 * 3_600_000]) {
      const status = outboxStatus({
        now: NOW,
        timeZone: 'America/Los_Angeles',
        style,
        mine: [{ id: 'x', itemId: 'a', queuedAt: NOW, change: { completed: true } } as never],
        othersCount: 0,
        otherServerCount: 0,
        signedOut: false,
        sender: {
          error: null,
          retryAt: null,
          blockedUntil: null,
          checking: [{ key: 'x', until, error: notConfirmed(what) }],
        },
      });
      if (status.reason !== null) add('waiting changes (checking)', status.reason.words);
    }
  }
  for (const signedOut of [true, false]) {
    const status = outboxStatus({
      now: NOW,
      timeZone: 'UTC',
      style,
      mine: [],
      othersCount: signedOut ? 3 : 12,
      otherServerCount: 4,
      signedOut,
      sender: { error: null, retryAt: null, blockedUntil: null, checking: [] },
    });
    if (status.reason !== null) add('changes of another key', status.reason.words);
    if (status.stranded) add('stranded changes', status.stranded.words);
  }
  add('wait words', `Omi asked to wait; your changes go ${timeWords(FAR, NOW, 'Pacific/Chatham', style)}.`);
  for (const due of [NOW + 5 * 60_000, NOW - 5 * 60_000, NOW - 26 * 3_600_000, FAR, NOW - 40 * 86_400_000]) {
    add('reminder body', dueInWords(due, NOW, 'Asia/Kolkata', style));
  }
  add('reminder as-of line', asOfWords(NOW - 40 * 86_400_000, NOW, 'Europe/Berlin', style));
  add('paused line', `Reminders are paused until ${dayAndTime(new Date(FAR).toISOString(), NOW, 'UTC', style)}.`);
  for (const choice of pauseChoices(NOW, 'UTC', style)) add('pause choice', choice.label);
}

// The page's own templates, with the same long values.
const notices = new Notices(() => null, {
  now: () => NOW,
  setTimeout: () => 0,
  clearTimeout: () => undefined,
} as never);
const refusals: AppError[] = [];
for (const status of [403, 404, 422]) {
  for (const body of [
    undefined,
    { detail: LONG_SERVER_WORDS },
    { detail: [{ loc: ['body', 'description'], msg: LONG_SERVER_WORDS }] },
  ]) {
    refusals.push(
      errorFromAnswer(
        { status, body, headers: new Headers() },
        { operation: 'update', nullOnlyPatch: status === 422 },
        null,
      ),
    );
  }
}
refusals.push(CANNOT_CLEAR_DUE_DATE);
// A refusal says what happened and why as two lines, each held to the rules.
for (const error of refusals) {
  notices.refused(LONG_DESCRIPTION, error);
  add('a refused change', notices.alert?.text ?? '');
  add('why a change was refused', notices.alert?.why ?? '');
}
const offers: UndoOffer[] = [
  { kind: 'completed', id: 'a', description: LONG_DESCRIPTION },
  { kind: 'deleted', id: 'a', description: LONG_DESCRIPTION },
  { kind: 'restored', id: 'a', description: LONG_DESCRIPTION },
  { kind: 'added', id: 'a', ids: ['a', 'b'], description: LONG_DESCRIPTION },
  { kind: 'edited', id: 'a', description: LONG_DESCRIPTION, words: 'Description changed', before: {} },
  { kind: 'edited', id: 'a', description: LONG_DESCRIPTION, words: 'Due date cleared', before: {} },
];
for (const offer of offers) add(`the Undo bar (${offer.kind})`, undoWords(offer));
for (const style of STYLES)
  add(
    'a chosen due date',
    `Due ${dueChoice(new Date(FAR).toISOString(), NOW, 'UTC', style)} (no time given, so 9:00 AM)`,
  );
for (const waiting of [1, 12, 1_250]) {
  const slow = saveLine({
    outbox: { waiting, oldestSince: new Date(NOW - 60_000).toISOString(), reason: null, canRetry: true },
    undoableDeletes: 0,
    firstSeenWaiting: null,
    now: NOW,
  });
  if (slow) add('slow changes', slow.words);
  for (const [, reason] of messages.filter(([where]) => where.startsWith('waiting changes'))) {
    const line = saveLine({
      outbox: {
        waiting,
        oldestSince: null,
        reason: { kind: 'server', words: reason, retryAt: null } as never,
        canRetry: false,
      },
      undoableDeletes: 0,
      firstSeenWaiting: null,
      now: NOW,
    });
    if (line) {
      add('changes waiting', line.words);
      add('why changes wait', line.why ?? '');
    }
  }
}
const fromSource = pageWords();
const NAMES = BANNED.filter(([name]) => name.startsWith('another name') || name === 'an API word');

describe('every message', () => {
  it('walks a few hundred templates', () => {
    expect(messages.length).toBeGreaterThan(300);
  });

  it.each(messages.filter(([, message], index, all) => all.findIndex(([, other]) => other === message) === index))(
    '%s: "%s" is one short, plain sentence',
    (_where, message) => {
      expect(problems(message)).toEqual([]);
    },
  );
});

describe('every line the page shows, read from its source', () => {
  it("finds the page's lines", () => {
    expect(fromSource.length).toBeGreaterThan(100);
  });

  it.each(fromSource)('%s: "%s" is one short, plain sentence', (_where, words) => {
    expect(problems(words)).toEqual([]);
  });
});

describe("every sentence in the main process's and core's source", () => {
  const lines = electronWords();

  it('finds their sentences', () => {
    expect(lines.length).toBeGreaterThan(200);
  });

  it('uses one name for each thing', () => {
    const breaches = lines.flatMap(([where, words]) =>
      NAMES.filter(([, pattern]) => pattern.test(words)).map(([name]) => `${where}: "${words}" uses ${name}`),
    );
    expect(breaches).toEqual([]);
  });
});
