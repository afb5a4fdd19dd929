/**
 * Timestamps as the API sends them, made into the app's form: ISO strings in UTC.
 * The server is Python: it may add microseconds, write `+00:00` instead of `Z`, or (rarely) omit the
 * zone, which it means as UTC; Date.parse would read a zone-less time as local time.
 */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[zZ]|[+-]\d{2}:?\d{2})?)?$/;
const HAS_ZONE = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;
const HAS_TIME = /[T ]\d{2}:\d{2}/;

/** The instant as `YYYY-MM-DDTHH:mm:ss.sssZ`, or null when the text is not an ISO date-time. */
export function toUtcIso(text: string): string | null {
  if (!ISO_DATE_TIME.test(text)) return null;
  const zoned = HAS_TIME.test(text) && !HAS_ZONE.test(text) ? `${text}Z` : text;
  const ms = Date.parse(zoned.replace(' ', 'T'));
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** What the API accepts for `due_at`: a full date-time with its UTC offset (else it is read as UTC). */
export function isZonedDateTime(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[zZ]|[+-]\d{2}:\d{2})$/.test(text) &&
    !Number.isNaN(Date.parse(text))
  );
}
