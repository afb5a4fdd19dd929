/**
 * The one-click due dates beside the "Due date" textbox ("Clear due date" is not a date, the UI adds it).
 * - Later today: three hours from now, rounded up to the next half hour on the local clock. Offered
 *   only while that is still today and no later than 21:00; after that "Tomorrow morning" is the
 *   honest choice and a "Later today" that lands tomorrow would lie.
 * - Tomorrow morning: 09:00 on the next calendar day (also just after midnight: the label says tomorrow).
 * - Next week: Monday of next week, 09:00.
 */
import { mondayOfNextWeek } from './calendar-days';
import { DEFAULT_DUE_HOUR, toParsedDue, type ParsedDue } from './parsed-due';
import { addDaysToWall, dateKey, instantOfWall, wallAsUtc, wallFromUtc, wallTimeAt, type WallTime } from './zoned-time';

type DuePresetId = 'later_today' | 'tomorrow_morning' | 'next_week';

export interface DuePreset {
  id: DuePresetId;
  label: string;
  due: ParsedDue;
}

const LATER_TODAY_HOURS = 3;
/** "Later today" is not offered when it would fall after this local time. */
const LATER_TODAY_LATEST = { hour: 21, minute: 0 };

const HALF_HOUR_MS = 30 * 60_000;

function atMorning(date: Pick<WallTime, 'year' | 'month' | 'day'>): WallTime {
  return { ...date, hour: DEFAULT_DUE_HOUR, minute: 0, second: 0 };
}

function laterToday(nowMs: number, timeZone: string): WallTime | null {
  const today = wallTimeAt(nowMs, timeZone);
  const inThreeHours = wallAsUtc(wallTimeAt(nowMs + LATER_TODAY_HOURS * 3_600_000, timeZone));
  const rounded = wallFromUtc(Math.ceil(inThreeHours / HALF_HOUR_MS) * HALF_HOUR_MS);
  const sameDay = dateKey(rounded) === dateKey(today);
  const minutes = rounded.hour * 60 + rounded.minute;
  const latest = LATER_TODAY_LATEST.hour * 60 + LATER_TODAY_LATEST.minute;
  return sameDay && minutes <= latest ? rounded : null;
}

/** The presets that make sense now, in the order shown. `timeZone` must be a valid IANA name. */
export function duePresets(now: Date, timeZone: string): DuePreset[] {
  const nowMs = now.getTime();
  const today = wallTimeAt(nowMs, timeZone);
  const choices: Array<{ id: DuePresetId; label: string; wall: WallTime | null }> = [
    { id: 'later_today', label: 'Later today', wall: laterToday(nowMs, timeZone) },
    { id: 'tomorrow_morning', label: 'Tomorrow morning', wall: atMorning(addDaysToWall(today, 1)) },
    { id: 'next_week', label: 'Next week', wall: atMorning(mondayOfNextWeek(today)) },
  ];
  const presets: DuePreset[] = [];
  for (const { id, label, wall } of choices) {
    if (!wall) continue;
    const { ms, dst } = instantOfWall(wall, timeZone);
    presets.push({ id, label, due: toParsedDue(ms, { nowMs, timeZone, timeDefaulted: false, dst, phrase: label }) });
  }
  return presets;
}
