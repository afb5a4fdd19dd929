// The process runs in a zone unlike the one the grouping is told about: the calendar days must be
// those of the zone passed in (Berlin, with a DST change), never the process's own.
process.env.TZ = 'Asia/Kolkata';

import { describe, expect, it } from 'vitest';
import { dueLabeler } from '../../../electron/shared/due-label';
import { groupItems } from '../../../electron/shared/grouping';
import { itemView } from '../support/items';
import { DAY_FIRST_24_HOUR } from '../../../electron/shared/due-date/clock-style';

/** One label through dueLabeler, the app's way to label due dates; "" when it cannot be read. */
function dueLabel(dueAt: string, now: Date, timeZone: string): string {
  return dueLabeler(now, timeZone, DAY_FIRST_24_HOUR)(dueAt)?.label ?? '';
}

const item = (id: string, dueAt: string) => itemView(id, { dueAt, createdAt: null });

const BERLIN = 'Europe/Berlin';

describe('local days across a DST change (Europe/Berlin)', () => {
  it('ends the 23-hour spring day at local midnight', () => {
    // 2026-03-29 has 23 hours in Berlin; 23:30 that night is 21:30Z.
    const now = new Date('2026-03-29T08:00:00+02:00');
    const sections = groupItems(
      [item('late-today', '2026-03-29T21:30:00Z'), item('tomorrow-start', '2026-03-29T22:00:00Z')],
      now,
      BERLIN,
    );
    expect(sections.map((section) => [section.name, section.items.map((entry) => entry.id)])).toEqual([
      ['Today', ['late-today']],
      ['Tomorrow', ['tomorrow-start']],
    ]);
    expect(dueLabel('2026-03-29T21:30:00Z', now, BERLIN)).toBe('Today 23:30');
    expect(dueLabel('2026-03-29T22:00:00Z', now, BERLIN)).toBe('Tomorrow');
  });

  it('counts days overdue across the autumn change', () => {
    const now = new Date('2026-10-26T10:00:00+01:00');
    expect(dueLabel('2026-10-24T10:00:00+02:00', now, BERLIN)).toBe('2 days overdue');
  });
});
