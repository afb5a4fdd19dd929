/**
 * What the "Due date" textbox understood. The whole input must be one date phrase (small words like
 * "due", "by", "on", "at" and punctuation may surround it); anything else left over is refused with
 * the words that were not understood, never guessed around.
 */
import { ambiguousNumericDate, findDatePhrases, notUnderstood, phraseContext, resolvePhrase } from './date-phrase';
import { parseFailure, type DueContext, type ParseFailure, type ParsedDue } from '../../shared/due-date/parsed-due';
import { isValidTimeZone } from '../../shared/due-date/zoned-time';

const ONLY_FILLER = /^(?:[\s,.;:!]|\b(?:due|by|on|at)\b)*$/iu;
/** Dotted or dashed day-month forms chrono does not read at all ("3.12.", "3-12"). */
const BARE_NUMERIC_DATE = /^\d{1,2}([/.-])\d{1,2}(?:\1(?:\d{2}|\d{4})?)?$/;

export function parseDueDate(input: string, context: DueContext): ParsedDue | ParseFailure {
  const text = input.trim();
  if (text === '') return parseFailure('empty', 'Type a due date, like “tomorrow 5pm” or “fri 9:30”.');
  if (!isValidTimeZone(context.timeZone)) {
    return parseFailure('unknown_time_zone', `“${context.timeZone}” is not a time zone this computer knows.`);
  }
  const phrases = phraseContext(context.now, context.timeZone);
  const results = findDatePhrases(text, phrases);
  const [result, second] = results;
  if (!result) {
    const ambiguous = BARE_NUMERIC_DATE.test(text) ? ambiguousNumericDate(text, phrases.nowWall.year) : null;
    return ambiguous ?? notUnderstood(text);
  }
  if (second) {
    const found = results.map((each) => `“${each.text}”`).join(', ');
    return parseFailure('several_dates', `That holds more than one date (${found}). Give just one.`);
  }
  const leftover = `${text.slice(0, result.index)} ${text.slice(result.index + result.text.length)}`;
  if (!ONLY_FILLER.test(leftover)) {
    return parseFailure(
      'extra_text',
      `Couldn't understand “${leftover.replace(/\s+/g, ' ').trim()}” in “${text}”. Try “tomorrow 5pm”, “fri 9:30” or “2026-12-03 17:00”.`,
    );
  }
  return resolvePhrase(result, phrases);
}
