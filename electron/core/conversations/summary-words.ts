/**
 * A conversation's summary in the words the popover shows: "Tue 14:05, 40 min", a title and an
 * overview that are never empty or endless, and an emoji only when it is one. Its times are read in
 * the user's zone and clock style by the same wall-time words as every other time in the app.
 */
import type {
  ConversationAnswer,
  ConversationLookup,
  ConversationSummary,
  ConversationWords,
} from '../../shared/conversation';
import type { ClockStyle } from '../../shared/due-date/clock-style';
import { clockWords, fullWords, weekdayWords } from '../../shared/due-date/wall-words';
import { wallTimeAt } from '../../shared/due-date/zoned-time';

/** Long enough for any real title; a runaway one is cut with an ellipsis (the full text stays in `title`). */
export const TITLE_MAX = 120;
/** About ten lines of the popover; the region scrolls no further. */
export const OVERVIEW_MAX = 1200;

const ONE_EMOJI =
  /^(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic}\uFE0F?)*|[#*0-9]\uFE0F?\u20E3)$/u;

/** The emoji when the server sent exactly one (with its modifiers); null for none, text, or several. */
export function shownEmoji(emoji: string | null): string | null {
  const trimmed = emoji?.trim() ?? '';
  if (trimmed === '' || trimmed.length > 32) return null;
  return ONE_EMOJI.test(trimmed) ? trimmed : null;
}

export function shownTitle(conversation: ConversationSummary): string {
  const title = oneLine(conversation.title);
  if (title === '') return 'Untitled conversation';
  return cut(title, TITLE_MAX);
}

/** The overview, or null when Omi wrote none (the panel says so in words). */
export function shownOverview(conversation: ConversationSummary): string | null {
  const overview = conversation.overview.trim();
  return overview === '' ? null : cut(overview, OVERVIEW_MAX);
}

/** "Tue 14:05, 40 min" in the user's zone and clock; "Tue 14:05" without a known end; "" without a start. */
export function whenWords(conversation: ConversationSummary, timeZone: string, style: ClockStyle): string {
  const start = startOf(conversation);
  if (Number.isNaN(start)) return '';
  const wall = wallTimeAt(start, timeZone);
  const at = `${weekdayWords(wall)} ${clockWords(wall, style)}`;
  const end = conversation.finishedAt === null ? Number.NaN : Date.parse(conversation.finishedAt);
  if (Number.isNaN(end) || end < start) return at;
  return `${at}, ${lengthWords(end - start)}`;
}

/** "40 min", "1 h 5 min", "under a minute". */
function lengthWords(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The full date for a tooltip: "Tuesday 2 December 2025, 14:05". */
function fullWhen(conversation: ConversationSummary, timeZone: string, style: ClockStyle): string {
  const start = startOf(conversation);
  return Number.isNaN(start) ? '' : fullWords(wallTimeAt(start, timeZone), style);
}

/** Everything the popover shows of a summary, in the user's zone (the core works it out, so the popover's bundle stays small). */
function conversationWords(conversation: ConversationSummary, timeZone: string, style: ClockStyle): ConversationWords {
  return {
    emoji: shownEmoji(conversation.emoji),
    title: shownTitle(conversation),
    fullTitle: [...conversation.title].length > TITLE_MAX ? conversation.title : null,
    when: whenWords(conversation, timeZone, style),
    fullWhen: fullWhen(conversation, timeZone, style),
    overview: shownOverview(conversation),
  };
}

export function withWords(lookup: ConversationLookup, timeZone: string, style: ClockStyle): ConversationAnswer {
  return lookup.kind === 'found'
    ? { ...lookup, words: conversationWords(lookup.conversation, timeZone, style) }
    : lookup;
}

function startOf(conversation: ConversationSummary): number {
  return Date.parse(conversation.startedAt ?? conversation.createdAt);
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function cut(text: string, max: number): string {
  const points = [...text];
  return points.length <= max
    ? text
    : `${points
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
