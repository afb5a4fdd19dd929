/**
 * Wall-clock arithmetic in a named IANA zone. Reminders fire at absolute instants (due_at is UTC),
 * so the zone only matters for words ("Due at 17:00") and for "tomorrow morning"; it is passed in
 * rather than read from the process so a zone change and DST are testable with explicit dates.
 */
export interface LocalDateTime {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

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

/** The zone this process runs in (the machine's zone in Electron's main process). */
export function systemTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function toLocal(ms: number, timeZone: string): LocalDateTime {
  const local: LocalDateTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type in local) local[part.type as keyof LocalDateTime] = Number(part.value);
  }
  return local;
}

/** Offset of the zone from UTC at this instant, in ms (Berlin in winter: +3,600,000). */
function offsetAt(ms: number, timeZone: string): number {
  const local = toLocal(ms, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in the zone. Day overflow is allowed (day 32 rolls into the
 * next month). A time skipped by a DST jump resolves to the same distance after the jump.
 */
export function fromLocal(
  local: Pick<LocalDateTime, 'year' | 'month' | 'day'> & Partial<LocalDateTime>,
  timeZone: string,
): number {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0, local.second ?? 0);
  const first = asUtc - offsetAt(asUtc, timeZone);
  const second = asUtc - offsetAt(first, timeZone);
  return second;
}

/** Start of the local calendar day `dayOffset` days after the one holding `ms`. */
export function startOfLocalDay(ms: number, timeZone: string, dayOffset = 0): number {
  const local = toLocal(ms, timeZone);
  return fromLocal({ year: local.year, month: local.month, day: local.day + dayOffset }, timeZone);
}

/** Whole local calendar days from `fromMs` to `toMs` (tomorrow: 1, yesterday: -1). */
export function localDaysBetween(fromMs: number, toMs: number, timeZone: string): number {
  const a = toLocal(fromMs, timeZone);
  const b = toLocal(toMs, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** "17:00", 24-hour like the rest of the app. */
export function clockTime(ms: number, timeZone: string): string {
  const local = toLocal(ms, timeZone);
  return `${pad(local.hour)}:${pad(local.minute)}`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon 2 Dec", the checklist's way of naming a day. */
export function dayName(ms: number, timeZone: string): string {
  const local = toLocal(ms, timeZone);
  const weekday = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${local.day} ${MONTHS[local.month - 1]}`;
}
