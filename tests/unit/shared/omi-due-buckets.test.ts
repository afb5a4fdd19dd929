/**
 * The checklist's sections against Omi's own cross-platform bucket vectors
 * (contracts/parity/task_due_buckets.json in Omi's public repository, 15 cases). Each case gives
 * local calendar times and the bucket of Omi's two models: "phone" (the Flutter app, with an
 * overdue bucket and a rule moving undated items older than 7 × 24 h into it) and "desktop"
 * (Omi's macOS and Windows apps, which fold past-due items into today). Every case is pinned here
 * with both and with ours: dated items land where the phone puts them; undated items stay under
 * "No due date", as on Omi's desktop apps (the phone's aging rule is the one case we leave).
 */
import { describe, expect, it } from 'vitest';
import { groupItems, type SectionName } from '../../../electron/shared/grouping';
import { instantOfWall } from '../../../electron/shared/due-date/zoned-time';
import { itemView } from '../support/items';

type Local = [year: number, month: number, day: number, hour: number, minute: number];
type OmiBucket = 'today' | 'tomorrow' | 'later' | 'no_deadline' | 'overdue';

interface BucketCase {
  name: string;
  now: Local;
  due: Local | null;
  created: Local | null;
  phone: OmiBucket;
  desktop: OmiBucket;
}

const CASES: BucketCase[] = [
  {
    name: 'no_due_recent',
    now: [2026, 8, 15, 10, 0],
    due: null,
    created: [2026, 8, 14, 10, 0],
    phone: 'no_deadline',
    desktop: 'no_deadline',
  },
  {
    name: 'no_due_stale_two_weeks',
    now: [2026, 8, 15, 10, 0],
    due: null,
    created: [2026, 8, 1, 10, 0],
    phone: 'overdue',
    desktop: 'no_deadline',
  },
  {
    name: 'no_due_just_inside_seven_day_window',
    now: [2026, 8, 15, 10, 0],
    due: null,
    created: [2026, 8, 8, 11, 0],
    phone: 'no_deadline',
    desktop: 'no_deadline',
  },
  {
    name: 'no_due_missing_created',
    now: [2026, 8, 15, 10, 0],
    due: null,
    created: null,
    phone: 'no_deadline',
    desktop: 'no_deadline',
  },
  {
    name: 'due_yesterday',
    now: [2026, 8, 15, 10, 0],
    due: [2026, 8, 14, 17, 0],
    created: [2026, 8, 14, 10, 0],
    phone: 'overdue',
    desktop: 'today',
  },
  {
    name: 'due_last_month',
    now: [2026, 8, 15, 10, 0],
    due: [2026, 7, 20, 9, 0],
    created: [2026, 7, 19, 9, 0],
    phone: 'overdue',
    desktop: 'today',
  },
  {
    name: 'due_today_midnight',
    now: [2026, 8, 15, 10, 0],
    due: [2026, 8, 15, 0, 0],
    created: [2026, 8, 14, 10, 0],
    phone: 'today',
    desktop: 'today',
  },
  {
    name: 'due_today_earlier_than_now',
    now: [2026, 8, 15, 10, 0],
    due: [2026, 8, 15, 8, 0],
    created: [2026, 8, 14, 10, 0],
    phone: 'today',
    desktop: 'today',
  },
  {
    name: 'due_today_last_minute',
    now: [2026, 8, 15, 10, 0],
    due: [2026, 8, 15, 23, 59],
    created: [2026, 8, 14, 10, 0],
    phone: 'today',
    desktop: 'today',
  },
  {
    name: 'due_tomorrow_start',
    now: [2026, 8, 15, 10, 0],
    due: [2026, 8, 16, 0, 0],
    created: [2026, 8, 14, 10, 0],
    phone: 'tomorrow',
    desktop: 'tomorrow',
  },
  {
    name: 'due_tomorrow_last_minute',
    now: [2026, 8, 15, 10, 0],
    due: [2026, 8, 16, 23, 59],
    created: [2026, 8, 14, 10, 0],
    phone: 'tomorrow',
    desktop: 'tomorrow',
  },
  {
    name: 'due_day_after_tomorrow',
    now: [2026, 8, 15, 10, 0],
    due: [2026, 8, 17, 0, 0],
    created: [2026, 8, 14, 10, 0],
    phone: 'later',
    desktop: 'later',
  },
  {
    name: 'due_next_month',
    now: [2026, 8, 15, 10, 0],
    due: [2026, 9, 2, 12, 0],
    created: [2026, 8, 14, 10, 0],
    phone: 'later',
    desktop: 'later',
  },
  {
    name: 'month_boundary_tomorrow',
    now: [2026, 8, 31, 10, 0],
    due: [2026, 9, 1, 9, 0],
    created: [2026, 8, 30, 10, 0],
    phone: 'tomorrow',
    desktop: 'tomorrow',
  },
  {
    name: 'year_boundary_tomorrow',
    now: [2026, 12, 31, 10, 0],
    due: [2027, 1, 1, 0, 0],
    created: [2026, 12, 30, 10, 0],
    phone: 'tomorrow',
    desktop: 'tomorrow',
  },
];

const SECTION_OF: Record<OmiBucket, SectionName> = {
  today: 'Today',
  tomorrow: 'Tomorrow',
  later: 'Later',
  no_deadline: 'No due date',
  overdue: 'Overdue',
};

/** Ours: the phone's bucket for a dated item, the desktop apps' for an undated one. */
const expectedSection = (vector: BucketCase): SectionName =>
  SECTION_OF[vector.due === null ? vector.desktop : vector.phone];

/** The vectors hold in any zone; these three have summer time, none, and a day ahead of UTC. */
const ZONES = ['Europe/Berlin', 'America/Los_Angeles', 'Pacific/Auckland'];

function isoAt(local: Local, timeZone: string): string {
  const [year, month, day, hour, minute] = local;
  return new Date(instantOfWall({ year, month, day, hour, minute, second: 0 }, timeZone).ms).toISOString();
}

describe.each(ZONES)("Omi's due buckets in %s", (timeZone) => {
  it.each(CASES)('$name lands in its section', (vector) => {
    const item = itemView('x', {
      dueAt: vector.due === null ? null : isoAt(vector.due, timeZone),
      createdAt: vector.created === null ? null : isoAt(vector.created, timeZone),
    });
    const sections = groupItems([item], new Date(isoAt(vector.now, timeZone)), timeZone);
    expect(sections.map((section) => section.name)).toEqual([expectedSection(vector)]);
  });
});

it('every dated case agrees with the phone, and only the phone-only aging case differs from it', () => {
  const differing = CASES.filter((vector) => expectedSection(vector) !== SECTION_OF[vector.phone]).map(
    (vector) => vector.name,
  );
  expect(differing).toEqual(['no_due_stale_two_weeks']);
});
