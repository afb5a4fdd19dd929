/**
 * The two ways a chosen due instant is written: the `due_at` value sent to the API (a full local
 * date-time with the zone's offset at that instant, as the API asks) and the instant with its zone
 * for logs and checks ("Fri 5 Dec, 17:00 (Europe/Berlin)"). The page writes a chosen date in the
 * person's clock instead, with the one formatter (./when-words).
 */
import { DAY_FIRST_24_HOUR } from './clock-style';
import { dayWords } from './wall-words';
import { offsetAt, wallTimeAt } from './zoned-time';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** "2026-12-01T17:00:00+01:00" for the wall clock in `timeZone` at `ms`. UTC is "+00:00", never "Z". */
export function toDueAtIso(ms: number, timeZone: string): string {
  const wall = wallTimeAt(ms, timeZone);
  const offsetMinutes = Math.round(offsetAt(ms, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * "Fri 5 Dec, 17:00 (Europe/Berlin)"; the year is added when it is not the current one
 * ("Fri 3 Dec 2027, 09:30 (Europe/Berlin)") so a date that rolled into next year is never a surprise.
 */
export function describeDueInstant(ms: number, timeZone: string, nowMs: number): string {
  const wall = wallTimeAt(ms, timeZone);
  const year = wall.year === wallTimeAt(nowMs, timeZone).year ? '' : ` ${wall.year}`;
  const day = `${dayWords(wall, DAY_FIRST_24_HOUR)}${year}`;
  return `${day}, ${pad(wall.hour)}:${pad(wall.minute)} (${timeZone})`;
}
