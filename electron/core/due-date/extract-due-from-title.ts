/**
 * Quick add: "call Ana tomorrow 5pm" offers { description: "call Ana", due: tomorrow 17:00 }.
 * Deliberately conservative, because a wrong offer costs the user a key press and a wrong strip
 * changes their words:
 * - only a phrase at the very end, or at the very start, of the text; never one in the middle;
 * - at the end, not after words that make it part of the text ("notes from monday", "since friday");
 * - at the start, only when it is clearly a due date: a time or today/tomorrow/tonight/"in …",
 *   or followed by ":" "," or a dash ("Monday meeting notes" and "Dec 3 report" stay as typed);
 * - never a bare hour ("call mom at 5": 05:00 or 17:00?), never a date already past;
 * - something must remain as the description.
 * Small joining words next to the phrase ("by", "on", "at", "due") go with it.
 */
import { findDatePhrases, phraseContext, resolvePhrase, type PhraseContext } from './date-phrase';
import type { TitleWithDue } from '../../shared/due-date/due-reading';
import type { DueContext } from '../../shared/due-date/parsed-due';
import { isValidTimeZone } from '../../shared/due-date/zoned-time';
import type { ParsedResult } from 'chrono-node/en';

const WORDS_THAT_KEEP_A_DATE_IN_THE_TEXT = new Set(['from', 'since', 'about', 'of', 'after', 'during', 'like', 'than']);
const TRAILING_JOINERS = /(?:\s|[,;:–—-]|\b(?:by|on|at|due)\b)+$/iu;
const LEADING_SEPARATORS = /^(?:\s|[,;:–—-])+/u;
const SEPARATOR_AFTER_START = /^\s*[,:–—-]/u;
const CLEAR_DAY_TAGS = [
  'casualReference/today',
  'casualReference/tomorrow',
  'casualReference/tonight',
  'result/relativeDate',
];
/** A time reads as a clock time only with minutes, am/pm or a word for it; "at 5" does not. */
const CLEAR_TIME =
  /\d[:.]\d{2}|\d\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|noon|midnight|morning|afternoon|evening|tonight|now/iu;

function hasBareHour(result: ParsedResult): boolean {
  return (
    result.start.isCertain('hour') && !CLEAR_TIME.test(result.text) && !result.tags().has('result/relativeDateAndTime')
  );
}

function isClearlyADueDate(result: ParsedResult): boolean {
  const tags = result.tags();
  return result.start.isCertain('hour') || CLEAR_DAY_TAGS.some((tag) => tags.has(tag));
}

function accept(result: ParsedResult, description: string, context: PhraseContext): TitleWithDue | null {
  if (description === '' || hasBareHour(result)) return null;
  const due = resolvePhrase(result, context);
  if (!due.ok || due.inPast) return null;
  return { description, due };
}

function fromEnd(text: string, result: ParsedResult, context: PhraseContext): TitleWithDue | null {
  const end = result.index + result.text.length;
  if (
    text
      .slice(end)
      .trim()
      .replace(/[.!]+$/u, '') !== ''
  )
    return null;
  const before = text.slice(0, result.index);
  if (!/[\s,;:(–—-]$/u.test(before)) return null;
  const previousWord = /([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase();
  if (previousWord && WORDS_THAT_KEEP_A_DATE_IN_THE_TEXT.has(previousWord)) return null;
  return accept(result, before.replace(TRAILING_JOINERS, '').trim(), context);
}

function fromStart(text: string, result: ParsedResult, context: PhraseContext): TitleWithDue | null {
  if (text.slice(0, result.index).trim() !== '') return null;
  const after = text.slice(result.index + result.text.length);
  if (!/^[\s,;:–—-]/u.test(after)) return null;
  if (!SEPARATOR_AFTER_START.test(after) && !isClearlyADueDate(result)) return null;
  return accept(result, after.replace(LEADING_SEPARATORS, '').trim(), context);
}

/** The description without its date phrase and the due date it named, or null to keep the text as typed. */
export function extractDueFromTitle(text: string, context: DueContext): TitleWithDue | null {
  if (!isValidTimeZone(context.timeZone)) return null;
  const phrases = phraseContext(context.now, context.timeZone);
  const results = findDatePhrases(text, phrases);
  const last = results.at(-1);
  const first = results[0];
  return (last && fromEnd(text, last, phrases)) ?? (first && fromStart(text, first, phrases)) ?? null;
}
