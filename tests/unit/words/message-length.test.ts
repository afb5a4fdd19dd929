/**
 * Every message template the person may see, walked with realistic values (a long description,
 * long server words, a far date on the 12-hour clock): one sentence of at most 90 characters, with
 * no scope name, HTTP code, file name or path (docs/words.md).
 */
import { describe, expect, it } from 'vitest';
import { errorFromAnswer, noKeyError, offlineError, unreadableAnswer, type Operation } from '../../../electron/core/api/http-errors';
import { connectFailure, READ_ONLY_MESSAGE } from '../../../electron/core/auth/connect-errors';
import { unavailable } from '../../../electron/core/conversations/conversation-words';
import { outboxStatus, timeWords } from '../../../electron/core/outbox/outbox-status';
import { asOfWords, dueInWords } from '../../../electron/core/reminders/reminder-words';
import type { AppError } from '../../../electron/shared/app-error';
import { DAY_FIRST_24_HOUR, type ClockStyle } from '../../../electron/shared/due-date/clock-style';
import { pauseChoices } from '../../../src/reminders/reminder-times';
import { dayAndTime } from '../../../src/common/time-words';

const MAX = 90;
const BANNED: [string, RegExp][] = [
  ['a scope name', /\b(scope|action_items|conversations:read)\b/i],
  ['an HTTP word', /\bHTTP\b/i],
  ['a status code', /\b[1-5]\d\d\b/],
  ['a file name', /\.json\b/i],
  ['a path', /(^|\s)(\/|~\/|[A-Z]:\\)[\w.-]+/],
  ['exception text', /\b(Error|Exception|TypeError|undefined|null)\b/],
];
const US: ClockStyle = { hour12: true, monthFirst: true };
const STYLES = [DAY_FIRST_24_HOUR, US];
const LONG_SERVER_WORDS = `Value error, ${'the field must satisfy a very long constraint '.repeat(6)}`;
const NOW = Date.parse('2026-12-02T10:00:00Z');
const FAR = Date.parse('2027-09-29T22:45:00Z');

function problems(message: string): string[] {
  const found: string[] = [];
  if ([...message].length > MAX) found.push(`${[...message].length} characters`);
  for (const [name, pattern] of BANNED) if (pattern.test(message)) found.push(name);
  return found;
}

const messages: [string, string][] = [];
const add = (where: string, message: string) => messages.push([where, message]);

const operations: Operation[] = ['list', 'update', 'create', 'remove', 'key', 'conversation'];
for (const status of [301, 307, 400, 401, 402, 403, 404, 409, 422, 429, 500, 502, 503]) {
  for (const operation of operations) {
    for (const body of [undefined, { detail: LONG_SERVER_WORDS }, { detail: [{ loc: ['body', 'description'], msg: LONG_SERVER_WORDS }] }]) {
      for (const retryAfter of [null, '30', '7200']) {
        const headers = new Headers(retryAfter === null ? {} : { 'retry-after': retryAfter });
        const error = errorFromAnswer({ status, body, headers }, { operation, nullOnlyPatch: status === 422 }, 'omi_dev_secret');
        add(`HTTP ${status} on ${operation}`, error.message);
        add(`connecting after HTTP ${status} on ${operation}`, connectFailure(error).message);
      }
    }
  }
}
for (const reason of ['network', 'timeout', 'no-connection'] as const) add(`offline (${reason})`, offlineError(reason, 20_000).message);
add('no key', noKeyError().message);
add('unreadable answer', unreadableAnswer('/v1/dev/user/action-items').message);
add('read-only key', READ_ONLY_MESSAGE);
for (const problem of ['missing_scope', 'deleted', 'processing', 'offline', 'rate_limited', 'read_share_used', 'not_connected', 'unsupported'] as const) {
  const lookup = unavailable(problem, 45 * 60_000);
  if (lookup.kind === 'unavailable') add(`conversation: ${problem}`, lookup.message);
}

const senderErrors: AppError[] = [
  offlineError('network', 20_000),
  errorFromAnswer({ status: 401, body: { detail: LONG_SERVER_WORDS }, headers: new Headers() }, { operation: 'update' }, null),
  errorFromAnswer({ status: 429, body: undefined, headers: new Headers({ 'retry-after': '30' }) }, { operation: 'update' }, null),
  errorFromAnswer({ status: 503, body: { detail: LONG_SERVER_WORDS }, headers: new Headers() }, { operation: 'update' }, null),
];
for (const style of STYLES) {
  for (const error of [null, ...senderErrors]) {
    for (const [retryAt, blockedUntil] of [[null, null], [FAR, null], [null, FAR]] as const) {
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
  for (const signedOut of [true, false]) {
    const status = outboxStatus({
      now: NOW, timeZone: 'UTC', style, mine: [], othersCount: signedOut ? 3 : 12, otherServerCount: 4, signedOut,
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

describe('every message', () => {
  it('walks a few hundred templates', () => {
    expect(messages.length).toBeGreaterThan(300);
  });

  it.each(messages.filter(([, message], index, all) => all.findIndex(([, other]) => other === message) === index))(
    '%s: "%s" is short and plain',
    (_where, message) => {
      expect(problems(message)).toEqual([]);
    },
  );
});
