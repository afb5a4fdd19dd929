/** Reminder notifications in words: the item's description as title, when it is due as body. */
import type { NotificationRequest } from '../ports';
import type { ClockStyle } from '../../shared/due-date/clock-style';
import { whenAt } from '../../shared/due-date/when-words';
import type { DueReminder } from './reminder-plan';
import { shortText } from '../../shared/short-text';

const TITLE_MAX = 80;
const LINE_MAX = 60;
/** A grouped notification names this many items, then "and N more". */
const LISTED = 3;

/**
 * "Due at 17:00", "Due in 15 minutes at 17:00", "Due tomorrow at 09:00", "Was due 10 minutes ago",
 * "Due Fri at 17:00", "Was due at 09:00", "Was due yesterday at 17:00", "Was due Mon 2 Dec at 17:00".
 */
export function dueInWords(dueMs: number, nowMs: number, timeZone: string, style: ClockStyle): string {
  const when = whenAt(dueMs, nowMs, timeZone, style);
  const at = when.time;
  const days = when.days;
  const minutes = Math.round((dueMs - nowMs) / 60_000);
  if (minutes >= 0) {
    if (days === 1) return `Due tomorrow at ${at}`;
    if (days > 1) return `Due ${when.day} at ${at}`;
    // Beyond an hour the clock time says enough; a count like "8 hours" would be rounded anyway.
    if (minutes === 0 || minutes > 60) return `Due at ${at}`;
    return `Due in ${duration(minutes)} at ${at}`;
  }
  if (-minutes < 60) return `Was due ${duration(-minutes)} ago`;
  if (days === 0) return `Was due at ${at}`;
  if (days === -1) return `Was due yesterday at ${at}`;
  return `Was due ${when.day} at ${at}`;
}

/** Only ever asked for up to an hour. */
function duration(minutes: number): string {
  if (minutes === 60) return '1 hour';
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

function itemTitle(description: string): string {
  return shortText(description, TITLE_MAX) || '(no description)';
}

/** One item's reminder, on time or the single late one of a catch-up. */
export function singleReminder(
  reminder: DueReminder,
  nowMs: number,
  timeZone: string,
  style: ClockStyle,
): NotificationRequest {
  return {
    title: itemTitle(reminder.item.description),
    body: Number.isNaN(reminder.dueMs)
      ? 'Snoozed reminder (no due date)'
      : dueInWords(reminder.dueMs, nowMs, timeZone, style),
    itemId: reminder.item.id,
    actions: true,
  };
}

/**
 * The line a reminder carries when the list could not be checked with Omi just before (no read
 * allowed, or Omi out of reach): how old the list is, so an item ticked on the phone since is no surprise.
 */
export function asOfWords(asOfMs: number, nowMs: number, timeZone: string, style: ClockStyle): string {
  const at = whenAt(asOfMs, nowMs, timeZone, style);
  const when = at.days === 0 ? at.time : `${at.days === -1 ? 'yesterday' : at.day} at ${at.time}`;
  return `Your list is as of ${when}; Omi Tray could not check it with Omi just now.`;
}

/** The notification with one more line at the end of its body. */
export function withLine(request: NotificationRequest, line: string): NotificationRequest {
  return { ...request, body: request.body === '' ? line : `${request.body}\n${line}` };
}

export type GroupReason = 'away' | 'paused' | 'now';

/** Several reminders at once, as one notification instead of a burst. */
export function groupedReminder(reminders: readonly DueReminder[], reason: GroupReason): NotificationRequest {
  const count = reminders.length;
  const title =
    reason === 'now'
      ? `${count} items are due`
      : `${count} items fell due while ${reason === 'paused' ? 'reminders were paused' : 'you were away'}`;
  const lines = reminders.slice(0, LISTED).map((reminder) => shortText(reminder.item.description, LINE_MAX));
  if (count > LISTED) lines.push(`and ${count - LISTED} more`);
  return { title, body: lines.join('\n'), itemId: null, actions: false };
}
