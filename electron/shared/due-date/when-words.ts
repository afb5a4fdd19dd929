/**
 * The one way the app names a day and a time, for rows, the tray, notifications and status lines:
 * "Today", "Tomorrow", "Yesterday", the weekday up to a week ahead ("Fri"), then day and month
 * ("Mon 2 Dec", with the year when it is not this one), each with the time in the person's clock
 * style. Days are calendar days in the zone passed in (the snapshot's).
 */
import type { ClockStyle } from './clock-style';
import { clockWords, dayWords, isMidnight, weekdayWords } from './wall-words';
import { daysBetweenWalls, wallTimeAt, type WallTime } from './zoned-time';

export interface When {
  /** Calendar days from now: 0 today, 1 tomorrow, -1 yesterday. */
  days: number;
  /** "Today", "Tomorrow", "Yesterday", "Fri", "Mon 2 Dec", "Mon 2 Dec 2027". */
  day: string;
  /** "17:00" or "5:00 PM". */
  time: string;
  /** 00:00: a due date written without a time. */
  midnight: boolean;
}

export function whenAt(ms: number, nowMs: number, timeZone: string, style: ClockStyle): When {
  return whenOfWall(wallTimeAt(ms, timeZone), wallTimeAt(nowMs, timeZone), style);
}

/** whenAt for a wall time already read in the zone, against now's (a long list reads each once). */
export function whenOfWall(wall: WallTime, now: WallTime, style: ClockStyle): When {
  const days = daysBetweenWalls(now, wall);
  const sameYear = wall.year === now.year;
  return { days, day: dayName(days, wall, style, sameYear), time: clockWords(wall, style), midnight: isMidnight(wall) };
}

function dayName(days: number, wall: WallTime, style: ClockStyle, sameYear: boolean): string {
  if (days === 0) return 'Today';
  if (days === 1) return 'Tomorrow';
  if (days === -1) return 'Yesterday';
  if (days > 1 && days < 7) return weekdayWords(wall);
  return dayWords(wall, style, !sameYear);
}

/** "Tomorrow 09:00" as part of a sentence: "tomorrow 09:00", "17:00" today, "Fri 09:00". */
export function whenInSentence(when: When): string {
  if (when.days === 0) return when.time;
  const day = when.days === 1 || when.days === -1 ? when.day.toLowerCase() : when.day;
  return `${day} ${when.time}`;
}
