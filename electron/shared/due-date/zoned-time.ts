/**
 * Wall-clock time in a named IANA zone, computed with Intl only, so the answer never depends on the
 * zone the process happens to run in (the renderer, core and tests may all differ). This is the one
 * place calendar days are worked out: the checklist's sections, the due labels, the tray and the
 * reminders all pass in the zone of the snapshot (the machine's, as the main process reads it).
 *
 * DST policy when a wall time is turned into an instant (the same as Temporal's "compatible"):
 * - a time that does not exist (skipped by a spring-forward jump, e.g. 02:30 in Berlin on 2026-03-29)
 *   moves forward by the length of the jump (03:30);
 * - a time that happens twice (autumn, e.g. 02:30 in Berlin on 2026-10-25) takes the first one,
 *   still in summer time (+02:00).
 * A day starts at the first instant of its date: midnight, or the end of the jump when midnight
 * itself is skipped.
 */

export interface WallTime {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** How a wall time became an instant. */
export type DstResolution = 'exact' | 'moved_forward' | 'earlier_of_two';

const DAY_MS = 86_400_000;
/** How the en-US formatter below writes a wall time: "12/2/2026, 14:30:00". */
const WALL_PATTERN = /^(\d{1,2})\/(\d{1,2})\/(\d{1,6}), (\d{2}):(\d{2}):(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in the zone at this instant (seconds precision). */
export function wallTimeAt(ms: number, timeZone: string): WallTime {
  const formatter = formatterFor(timeZone);
  // format() and a pattern are about twice as fast as formatToParts(), which a long list feels;
  // should the text ever take another shape (a different ICU), the parts are read instead.
  const match = WALL_PATTERN.exec(formatter.format(ms));
  if (match) {
    const [, month, day, year, hour, minute, second] = match.map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    return { year, month, day, hour, minute, second };
  }
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter.formatToParts(ms)) {
    if (part.type in wall) wall[part.type as keyof WallTime] = Number(part.value);
  }
  return wall;
}

/** The wall time read as if it were UTC: a plain number that day arithmetic can work on. */
export function wallAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** Inverse of wallAsUtc; also normalises overflow (day 32 becomes the 1st of the next month). */
export function wallFromUtc(ms: number): WallTime {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** The zone's offset from UTC at this instant, in ms (Berlin in winter: +3,600,000). */
export function offsetAt(ms: number, timeZone: string): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return wallAsUtc(wallTimeAt(wholeSecond, timeZone)) - wholeSecond;
}

/** The instant a wall time happens in the zone, with the DST policy above. */
export function instantOfWall(wall: WallTime, timeZone: string): { ms: number; dst: DstResolution } {
  const asUtc = wallAsUtc(wall);
  // Offsets a day either side bracket any single transition (zones change at most twice a year).
  const offsetBefore = offsetAt(asUtc - DAY_MS, timeZone);
  const offsetAfter = offsetAt(asUtc + DAY_MS, timeZone);
  const candidates = [...new Set([asUtc - offsetBefore, asUtc - offsetAfter])];
  const matching = candidates.filter((ms) => wallAsUtc(wallTimeAt(ms, timeZone)) === asUtc).sort((a, b) => a - b);
  const [first] = matching;
  if (first !== undefined) return { ms: first, dst: matching.length > 1 ? 'earlier_of_two' : 'exact' };
  // In the gap: reading the wall time with the offset from before the jump lands as far after it.
  return { ms: asUtc - offsetBefore, dst: 'moved_forward' };
}

/** The same wall time `days` calendar days later (earlier when negative). */
export function addDaysToWall(wall: WallTime, days: number): WallTime {
  return wallFromUtc(wallAsUtc(wall) + days * DAY_MS);
}

/** Day of the week of a wall date, 0 = Sunday. */
export function weekdayOf(wall: Pick<WallTime, 'year' | 'month' | 'day'>): number {
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
}

/** Comparable number for a wall date alone (time ignored). */
export function dateKey(wall: Pick<WallTime, 'year' | 'month' | 'day'>): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day);
}

/** Start of the calendar day in the zone that holds `ms`, moved by `days` (tomorrow: 1, yesterday: -1). */
export function startOfDayIn(ms: number, timeZone: string, days = 0): number {
  const wall = wallTimeAt(ms, timeZone);
  const midnight = addDaysToWall(
    { year: wall.year, month: wall.month, day: wall.day, hour: 0, minute: 0, second: 0 },
    days,
  );
  return instantOfWall(midnight, timeZone).ms;
}

/** Whole calendar days from the date of one wall time to the date of another (tomorrow: 1). */
export function daysBetweenWalls(from: WallTime, to: WallTime): number {
  return Math.round((dateKey(to) - dateKey(from)) / DAY_MS);
}
