/**
 * Why edits wait, said once in words: the popover's one status line and the tray tooltip read the
 * same OutboxStatus. Built from facts (what waits, whose it is, what the sender last met) so every
 * reason is testable without a clock running.
 */
import type { AppError } from '../../shared/app-error';
import type { OutboxStatus, OutboxWaitReason, StrandedStatus } from '../../shared/app-state';
import type { ClockStyle } from '../../shared/due-date/clock-style';
import { whenAt } from '../../shared/due-date/when-words';
import type { OutboxEntry } from './outbox-entry';
import type { SenderWait } from './outbox-sender';

export interface OutboxStatusFacts {
  now: number;
  timeZone: string;
  /** The person's clock (12- or 24-hour, day or month first). */
  style: ClockStyle;
  /** Waiting changes this key may send (deletes still inside their undo window left out). */
  mine: readonly OutboxEntry[];
  /** Waiting changes made with another API key on this server. */
  othersCount: number;
  /** Waiting changes for another server than the one in use. */
  otherServerCount: number;
  signedOut: boolean;
  sender: SenderWait;
}

const QUIET: OutboxStatus = { waiting: 0, oldestSince: null, reason: null, canRetry: false };

export function outboxStatus(facts: OutboxStatusFacts): OutboxStatus {
  const stranded = strandedStatus(facts);
  const found = statusOfMine(facts);
  return stranded === null ? found : { ...found, stranded };
}

/** Changes made with an earlier key, or for another server: the person may send (same server) or discard them. */
function strandedStatus(facts: OutboxStatusFacts): StrandedStatus | null {
  if (facts.signedOut) return null;
  if (facts.othersCount > 0) {
    return {
      count: facts.othersCount,
      words: `Send ${changes(facts.othersCount)} made before you changed keys?`,
      canSend: true,
    };
  }
  if (facts.otherServerCount > 0) {
    const n = facts.otherServerCount;
    return {
      count: n,
      words: `${changes(n)} made for another Omi server ${n === 1 ? 'waits' : 'wait'} until Omi Tray uses that server again.`,
      canSend: false,
    };
  }
  return null;
}

function statusOfMine(facts: OutboxStatusFacts): OutboxStatus {
  if (facts.signedOut) {
    const waiting = facts.mine.length + facts.othersCount;
    if (waiting === 0) return QUIET;
    return status(
      facts.mine,
      waiting,
      reason(
        'signed_out',
        `${changes(waiting)} kept; ${waiting === 1 ? 'it is' : 'they are'} sent when you connect your Omi developer key again.`,
        null,
      ),
      false,
    );
  }
  if (facts.mine.length === 0) {
    if (facts.othersCount > 0) {
      return status(
        [],
        facts.othersCount,
        reason('other_account', `Send ${changes(facts.othersCount)} made before you changed keys?`, null),
        false,
      );
    }
    if (facts.otherServerCount > 0) {
      return status(
        [],
        facts.otherServerCount,
        reason(
          'other_account',
          `${changes(facts.otherServerCount)} made for another Omi server ${facts.otherServerCount === 1 ? 'is' : 'are'} kept until Omi Tray uses that server again.`,
          null,
        ),
        false,
      );
    }
    return QUIET;
  }
  const { sender, now } = facts;
  const at = (ms: number) => timeWords(ms, now, facts.timeZone, facts.style);
  if (sender.blockedUntil !== null) {
    return status(
      facts.mine,
      facts.mine.length,
      reason(
        'rate_limited',
        `Omi asked Omi Tray to wait: sending again ${at(sender.blockedUntil)}.`,
        sender.blockedUntil,
      ),
      false,
    );
  }
  if (sender.error !== null) {
    const next = sender.retryAt === null ? 'Omi Tray will try again' : `trying again ${at(sender.retryAt)}`;
    // A refused key is not helped by trying again: the sentence says what the person can do.
    const words =
      sender.error.kind === 'unauthorized'
        ? 'Omi refused the Omi developer key; connect a new one to send them.'
        : `${failure(sender.error)}; ${next}.`;
    return status(facts.mine, facts.mine.length, reason(kindOf(sender.error), words, sender.retryAt), true);
  }
  const checking = sender.checking[0];
  if (checking !== undefined) {
    return status(
      facts.mine,
      facts.mine.length,
      reason('server', `${clause(checking.error.message)}; checking again ${at(checking.until)}.`, checking.until),
      false,
    );
  }
  return status(facts.mine, facts.mine.length, null, false);
}

/** The tooltip's line: the count, then the reason. */
export function outboxLine(status: OutboxStatus): string | null {
  if (status.waiting === 0) return null;
  const count = `${changes(status.waiting)} waiting to sync`;
  return status.reason === null ? count : `${count}: ${status.reason.words}`;
}

function status(
  entries: readonly OutboxEntry[],
  waiting: number,
  why: OutboxWaitReason | null,
  canRetry: boolean,
): OutboxStatus {
  const oldest = entries.reduce((min, entry) => Math.min(min, entry.queuedAt), Number.POSITIVE_INFINITY);
  return {
    waiting,
    oldestSince: oldest === Number.POSITIVE_INFINITY ? null : new Date(oldest).toISOString(),
    reason: why,
    canRetry,
  };
}

function reason(kind: OutboxWaitReason['kind'], words: string, retryAt: number | null): OutboxWaitReason {
  return { kind, words, retryAt: retryAt === null ? null : new Date(retryAt).toISOString() };
}

function kindOf(error: AppError): OutboxWaitReason['kind'] {
  if (error.kind === 'offline') return 'offline';
  if (error.kind === 'rate_limited') return 'rate_limited';
  if (error.kind === 'unauthorized' || error.kind === 'forbidden') return 'refused';
  return 'server';
}

/**
 * The failure as the first clause of the reason's one sentence, without its own advice ("check your
 * connection", "try again…"): the reason goes on to say when Omi Tray tries again.
 */
function failure(error: AppError): string {
  switch (error.kind) {
    case 'offline':
      return "Omi can't be reached";
    case 'rate_limited':
      return 'Omi is limiting requests from this key';
    default:
      return (
        clause(
          error.message.replace(/[;,]?\s*(try again|Omi Tray will try again|it will try again)\b[^.;]*\.?\s*$/i, ''),
        ) || "Omi's server had trouble"
      );
  }
}

/** A sentence's first clause, its end stop taken off, to be carried on in a longer sentence. */
function clause(sentence: string): string {
  const [first = ''] = sentence.split(/(?<=[.?!])\s+/);
  return first.trim().replace(/[.;,:]+$/, '');
}

function changes(count: number): string {
  return count === 1 ? '1 change' : `${count} changes`;
}

/** "at 18:05", "tomorrow at 09:00", "Fri at 09:00", "Mon 14 Dec at 09:00", in the person's zone and clock. */
export function timeWords(ms: number, now: number, timeZone: string, style: ClockStyle): string {
  const when = whenAt(ms, now, timeZone, style);
  if (when.days === 0) return `at ${when.time}`;
  return `${when.days === 1 ? 'tomorrow' : when.day} at ${when.time}`;
}
