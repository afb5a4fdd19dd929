/**
 * "Push by a day" keeps the local wall time: 17:00 stays 17:00 across a DST change, which is what a
 * person means by "the same time tomorrow" (24 hours later would be 18:00 or 16:00 that day).
 * A wall time that does not exist on the new day moves forward past the skipped hour.
 */
import { fail, ok, type Result } from '../app-error';
import { toDueAtIso } from './due-at-text';
import { addDaysToWall, instantOfWall, isValidTimeZone, wallTimeAt } from './zoned-time';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The due date `days` calendar days later (earlier when negative), as a `due_at` with the zone's offset. */
export function pushDueByDays(dueAtIso: string, days: number, timeZone: string): Result<string> {
  const ms = ISO_DATE_TIME.test(dueAtIso) ? Date.parse(dueAtIso) : Number.NaN;
  if (Number.isNaN(ms)) {
    return fail({ kind: 'invalid_input', message: `“${dueAtIso}” is not a due date and time this app can move.` });
  }
  if (!Number.isInteger(days)) {
    return fail({ kind: 'invalid_input', message: 'A due date moves by whole days.' });
  }
  if (!isValidTimeZone(timeZone)) {
    return fail({ kind: 'invalid_input', message: `“${timeZone}” is not a time zone this computer knows.` });
  }
  const moved = instantOfWall(addDaysToWall(wallTimeAt(ms, timeZone), days), timeZone);
  return ok(toDueAtIso(moved.ms, timeZone));
}
