/**
 * Timestamps as the API sends them, made into the app's form: ISO strings in UTC.
 * The server is Python: it may add microseconds, write `+00:00` instead of `Z`, or (rarely) omit the
 * zone, which it means as UTC; Date.parse would read a zone-less time as local time.
 */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[zZ]|[+-]\d{2}:?\d{2})?)?$/;
const HAS_ZONE = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;
const HAS_TIME = /[T ]\d{2}:\d{2}/;

/**
 * How Omi writes a time: UTC with `Z`, to the second, maybe with a fraction (often microseconds;
 * V8 reads a fraction of more than nine digits its own way, so those take the long way).
 * Such a time whose every field is in range is already the instant's form, its fraction cut to
 * milliseconds as Date.parse cuts it: it is taken as written, not parsed and written out again. A
 * list of 2,000 items holds thousands of times, and Date.toISOString was the larger part of reading
 * them. Any other text (an offset, a day past the month's end, hour 24) takes the long way.
 */
const OMI_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** The instant as `YYYY-MM-DDTHH:mm:ss.sssZ`, or null when the text is not an ISO date-time. */
export function toUtcIso(text: string): string | null {
  const written = asWrittenByOmi(text);
  if (written !== null) return written;
  if (!ISO_DATE_TIME.test(text)) return null;
  const zoned = HAS_TIME.test(text) && !HAS_ZONE.test(text) ? `${text}Z` : text;
  const ms = Date.parse(zoned.replace(' ', 'T'));
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The instant's form of a time in OMI_UTC with its fields in range; null for any other text. */
function asWrittenByOmi(text: string): string | null {
  if (!OMI_UTC.test(text)) return null;
  const field = (at: number) => (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
  const year = field(0) * 100 + field(2);
  const month = field(5);
  const day = field(8);
  const inRange = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!inRange || field(11) > 23 || field(14) > 59 || field(17) > 59) return null;
  // "YYYY-MM-DDTHH:mm:ss" is 19 characters; a fraction adds its point and digits before the Z.
  const digits = Math.max(0, text.length - 21);
  if (digits === 3) return text;
  const millis = digits > 3 ? text.slice(20, 23) : text.slice(20, 20 + digits).padEnd(3, '0');
  return `${text.slice(0, 19)}.${millis}Z`;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** What the API accepts for `due_at`: a full date-time with its UTC offset (else it is read as UTC). */
export function isZonedDateTime(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[zZ]|[+-]\d{2}:\d{2})$/.test(text) &&
    !Number.isNaN(Date.parse(text))
  );
}
