/**
 * The fixed-offset IANA zone in which it is now about midday. Specs that work out "today" and
 * "tomorrow" run there, so none of them meets midnight whatever the hour the suite runs at: a spec
 * run in one named zone failed when CI ran between 23:30 and midnight there.
 */
const HOUR_MS = 60 * 60_000;
const MIDDAY = 12;

/** The zone's name for `offsetHours` east of UTC; the Etc zones count the other way ("Etc/GMT-3" is UTC+3). */
function etcZone(offsetHours: number): string {
  return offsetHours > 0 ? `Etc/GMT-${offsetHours}` : `Etc/GMT+${-offsetHours}`;
}

/**
 * Local time there is between 11:00 and 13:00 at `nowMs`. UTC itself is never chosen (at 12:00 UTC the
 * answer is UTC−1) so the zone is never mistaken for the machine's default.
 */
export function middayZone(nowMs: number = Date.now()): string {
  const utcHour = Math.floor(nowMs / HOUR_MS) % 24;
  const offset = MIDDAY - utcHour;
  return etcZone(offset === 0 ? -1 : offset);
}
