/**
 * Finding date phrases with chrono and turning one into a due instant in an explicit zone.
 *
 * chrono is handed the zone's wall clock as if it were UTC (offset 0), so the day and time fields it
 * reports are wall fields in the user's zone; this module then applies the app's own rules and turns
 * them into an instant with the zone's DST policy (see zoned-time.ts). Rules, decided here:
 * - A date without a time gets 09:00 and says so (`timeDefaulted`). Parts of the day have fixed times:
 *   morning 09:00, afternoon 15:00, evening 18:00, tonight 20:00 (noon and midnight as said).
 * - A time alone ("9am", "17:00") means today, even when that has passed: it is kept and flagged
 *   `inPast` rather than silently moved to tomorrow. "midnight" means the coming one.
 * - A month and day without a year ("dec 3") mean this year, or next year once that day has passed.
 * - Weekday names: see calendar-days.ts. "next week" means Monday of next week (like the preset).
 * - Hours without am/pm are on the 24-hour clock ("at 5" is 05:00), as the app shows times.
 * - "in 2 hours" is a duration added to now (exact across DST); "in 2 days" moves calendar days.
 * - Numeric dates like "3/12" are refused when day and month could be swapped (both ≤ 12 and
 *   different); "13/12" and year-first dates ("2026-12-03") are unambiguous and accepted.
 */
import { casual, type ParsedResult } from 'chrono-node/en';
import { dateOfWeekday, mondayOfNextWeek, weekdayModifierIn } from '../../shared/due-date/calendar-days';
import {
  DEFAULT_DUE_HOUR,
  parseFailure,
  toParsedDue,
  type ParseFailure,
  type ParsedDue,
} from '../../shared/due-date/parsed-due';
import { MONTHS } from '../../shared/due-date/wall-words';
import { dateKey, instantOfWall, wallAsUtc, wallTimeAt, type WallTime } from '../../shared/due-date/zoned-time';

const PART_OF_DAY_HOURS: ReadonlyArray<readonly [string, number]> = [
  ['morning', 9],
  ['afternoon', 15],
  ['evening', 18],
  ['tonight', 20],
];

/**
 * chrono adds durations in the process's own zone; from a mid-January reference (no DST change
 * anywhere near it) a duration comes out exact whatever zone the process runs in.
 */
const DURATION_REFERENCE_MS = Date.UTC(2001, 0, 15, 12, 0, 0);

const pad = (value: number): string => String(value).padStart(2, '0');

export interface PhraseContext {
  nowMs: number;
  timeZone: string;
  nowWall: WallTime;
}

export function phraseContext(now: Date, timeZone: string): PhraseContext {
  const nowMs = now.getTime();
  return { nowMs, timeZone, nowWall: wallTimeAt(nowMs, timeZone) };
}

/** Every date phrase chrono finds in the text, read against the zone's wall clock. */
export function findDatePhrases(text: string, context: PhraseContext): ParsedResult[] {
  return casual.parse(text, { instant: new Date(wallAsUtc(context.nowWall)), timezone: 0 });
}

/** "3/12" and friends, when day and month could be read either way; null when unambiguous. */
export function ambiguousNumericDate(text: string, exampleYear: number): ParseFailure | null {
  // Not after a digit or separator, so the "12-03" inside "2026-12-03" is never taken for one.
  const match = /(?:^|[^\d/.-])(\d{1,2})([/.-])(\d{1,2})(?!\d)/.exec(` ${text}`);
  if (!match) return null;
  const first = Number(match[1]);
  const second = Number(match[3]);
  if (first > 12 || second > 12 || first === second || first === 0 || second === 0) return null;
  const dayFirst = `${first} ${MONTHS[second - 1]}`;
  const monthFirst = `${second} ${MONTHS[first - 1]}`;
  return parseFailure(
    'ambiguous_numeric_date',
    `“${match[1]}${match[2]}${match[3]}” could be ${dayFirst} or ${monthFirst}. ` +
      `Write the month as a word, like “${dayFirst}”, or the date as year-month-day, like ${exampleYear}-${pad(second)}-${pad(first)}.`,
  );
}

function component(result: ParsedResult, name: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'): number {
  return result.start.get(name) ?? 0;
}

/** The exact length of "in 2 hours", "90 minutes from now", … in ms; null if chrono reads it differently. */
function durationOf(phrase: string): number | null {
  const [again] = casual.parse(phrase, { instant: new Date(DURATION_REFERENCE_MS), timezone: 0 });
  if (!again || !again.tags().has('result/relativeDateAndTime')) return null;
  const wall: WallTime = {
    year: component(again, 'year'),
    month: component(again, 'month'),
    day: component(again, 'day'),
    hour: component(again, 'hour'),
    minute: component(again, 'minute'),
    second: component(again, 'second'),
  };
  return wallAsUtc(wall) - DURATION_REFERENCE_MS;
}

type WallDate = Pick<WallTime, 'year' | 'month' | 'day'>;

function dateOf(result: ParsedResult, today: WallDate): WallDate {
  const start = result.start;
  const phrase = result.text.trim().toLowerCase();
  if (phrase === 'next week') return mondayOfNextWeek(today);
  const weekday = start.get('weekday');
  if (weekday !== null && start.isCertain('weekday') && !start.isCertain('day')) {
    return dateOfWeekday(today, weekday, weekdayModifierIn(phrase));
  }
  const dateSaid = start.isCertain('day') || start.isCertain('month') || start.isCertain('year');
  if (!dateSaid) {
    // A time alone: today, except that midnight is the one at the end of today.
    const isMidnight = result.tags().has('casualReference/midnight');
    const date = new Date(dateKey(today) + (isMidnight ? 86_400_000 : 0));
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const said: WallDate = {
    year: component(result, 'year'),
    month: component(result, 'month'),
    day: component(result, 'day'),
  };
  if (start.isCertain('month') && start.isCertain('day') && !start.isCertain('year')) {
    const thisYear = { ...said, year: today.year };
    return dateKey(thisYear) < dateKey(today) ? { ...said, year: today.year + 1 } : thisYear;
  }
  return said;
}

function timeOf(result: ParsedResult): { hour: number; minute: number; defaulted: boolean } {
  if (result.start.isCertain('hour')) {
    return { hour: component(result, 'hour'), minute: component(result, 'minute'), defaulted: false };
  }
  const tags = result.tags();
  for (const [part, hour] of PART_OF_DAY_HOURS) {
    if (tags.has(`casualReference/${part}`)) return { hour, minute: 0, defaulted: false };
  }
  return { hour: DEFAULT_DUE_HOUR, minute: 0, defaulted: true };
}

/** One chrono phrase as a due instant under the rules above, or why not. */
export function resolvePhrase(result: ParsedResult, context: PhraseContext): ParsedDue | ParseFailure {
  const phrase = result.text.trim();
  const base = { nowMs: context.nowMs, timeZone: context.timeZone, phrase };
  if (result.end) {
    return parseFailure('range', `“${phrase}” is a range. Give one date and time.`);
  }
  const ambiguous = result.tags().has('parser/SlashDateFormatParser')
    ? ambiguousNumericDate(phrase, context.nowWall.year)
    : null;
  if (ambiguous) return ambiguous;

  const tags = result.tags();
  if (tags.has('casualReference/now')) {
    return toParsedDue(context.nowMs, { ...base, timeDefaulted: false, dst: 'exact' });
  }
  if (tags.has('result/relativeDateAndTime')) {
    const duration = durationOf(phrase);
    if (duration === null) return notUnderstood(phrase);
    return toParsedDue(context.nowMs + duration, { ...base, timeDefaulted: false, dst: 'exact' });
  }

  const date = dateOf(result, context.nowWall);
  const time = timeOf(result);
  const wall: WallTime = { ...date, hour: time.hour, minute: time.minute, second: 0 };
  const details = { ...base, timeDefaulted: time.defaulted };
  const offsetMinutes = result.start.get('timezoneOffset');
  if (offsetMinutes !== null && result.start.isCertain('timezoneOffset')) {
    // The text named its own offset or zone ("…+01:00", "5pm CET"): that wall time is exact.
    return toParsedDue(wallAsUtc(wall) - offsetMinutes * 60_000, { ...details, dst: 'exact' });
  }
  const { ms, dst } = instantOfWall(wall, context.timeZone);
  return toParsedDue(ms, { ...details, dst });
}

export function notUnderstood(text: string): ParseFailure {
  return parseFailure(
    'not_understood',
    `Couldn't read “${text}” as a date. Try “tomorrow 5pm”, “fri 9:30” or “2026-12-03 17:00”.`,
  );
}
