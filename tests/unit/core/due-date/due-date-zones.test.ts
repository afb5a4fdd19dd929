import { afterEach, describe, expect, it } from 'vitest';
import { toDueAtIso } from '../../../../electron/shared/due-date/due-at-text';
import { parseDueDate } from '../../../../electron/core/due-date/parse-due-date';
import type { ParsedDue } from '../../../../electron/shared/due-date/parsed-due';

const at = (nowIso: string, timeZone: string) => ({ now: new Date(nowIso), timeZone });

function parsed(input: string, context: ReturnType<typeof at>): ParsedDue {
  const result = parseDueDate(input, context);
  if (!result.ok) throw new Error(`expected "${input}" to parse, got: ${result.message}`);
  return result;
}

describe('due dates in an explicit zone', () => {
  it('writes the offset of each zone at that instant', () => {
    expect(parsed('tomorrow 5pm', at('2026-12-03T10:00:00+05:30', 'Asia/Kolkata')).dueAt).toBe(
      '2026-12-04T17:00:00+05:30',
    );
    expect(parsed('tomorrow 5pm', at('2026-12-03T10:00:00-08:00', 'America/Los_Angeles')).dueAt).toBe(
      '2026-12-04T17:00:00-08:00',
    );
    expect(parsed('tomorrow 5pm', at('2026-07-03T10:00:00-07:00', 'America/Los_Angeles')).dueAt).toBe(
      '2026-07-04T17:00:00-07:00',
    );
    expect(parsed('tomorrow 5pm', at('2026-12-03T10:00:00Z', 'UTC')).dueAt).toBe('2026-12-04T17:00:00+00:00');
  });

  it('counts "tomorrow" from the calendar day in the chosen zone', () => {
    // 23:30 UTC is already Friday 00:30 in Berlin but still Thursday 15:30 in Los Angeles.
    const instant = '2026-12-03T23:30:00Z';
    expect(parsed('tomorrow 9am', at(instant, 'Europe/Berlin')).dueAt).toBe('2026-12-05T09:00:00+01:00');
    expect(parsed('tomorrow 9am', at(instant, 'America/Los_Angeles')).dueAt).toBe('2026-12-04T09:00:00-08:00');
    expect(parsed('tomorrow 9am', at(instant, 'Asia/Kolkata')).dueAt).toBe('2026-12-05T09:00:00+05:30');
  });

  it('adds "in 45 minutes" in a half-hour zone', () => {
    expect(parsed('in 45 minutes', at('2026-12-03T10:00:00+05:30', 'Asia/Kolkata')).dueAt).toBe(
      '2026-12-03T10:45:00+05:30',
    );
  });

  it('names the zone in the summary', () => {
    expect(parsed('fri 9:30', at('2026-12-03T10:00:00+05:30', 'Asia/Kolkata')).summary).toBe(
      'Fri 4 Dec, 09:30 (Asia/Kolkata)',
    );
  });
});

describe('DST in Europe/Berlin', () => {
  // 2026-03-29: 02:00 jumps to 03:00. 2026-10-25: 03:00 goes back to 02:00.
  it('moves a time that does not exist forward past the jump', () => {
    const due = parsed('tomorrow 2:30', at('2026-03-28T12:00:00+01:00', 'Europe/Berlin'));
    expect(due.dueAt).toBe('2026-03-29T03:30:00+02:00');
    expect(due.dst).toBe('moved_forward');
    expect(due.summary).toBe('Sun 29 Mar, 03:30 (Europe/Berlin)');
  });

  it('takes the first of a time that happens twice (still summer time)', () => {
    const due = parsed('tomorrow 2:30', at('2026-10-24T12:00:00+02:00', 'Europe/Berlin'));
    expect(due.dueAt).toBe('2026-10-25T02:30:00+02:00');
    expect(new Date(due.dueAt).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(due.dst).toBe('earlier_of_two');
  });

  it('uses the new offset on the other side of a change', () => {
    expect(parsed('tomorrow 5pm', at('2026-03-28T12:00:00+01:00', 'Europe/Berlin')).dueAt).toBe(
      '2026-03-29T17:00:00+02:00',
    );
    expect(parsed('tomorrow 5pm', at('2026-10-24T12:00:00+02:00', 'Europe/Berlin')).dueAt).toBe(
      '2026-10-25T17:00:00+01:00',
    );
    expect(parsed('tomorrow 5pm', at('2026-03-28T12:00:00+01:00', 'Europe/Berlin')).dst).toBe('exact');
  });

  it('adds real hours for "in 2 hours" across the jump forward and back', () => {
    expect(parsed('in 2 hours', at('2026-03-29T01:30:00+01:00', 'Europe/Berlin')).dueAt).toBe(
      '2026-03-29T04:30:00+02:00',
    );
    expect(parsed('in 2 hours', at('2026-10-25T01:30:00+02:00', 'Europe/Berlin')).dueAt).toBe(
      '2026-10-25T02:30:00+01:00',
    );
  });
});

describe('DST in America/Los_Angeles', () => {
  // 2026-03-08: 02:00 jumps to 03:00. 2026-11-01: 02:00 goes back to 01:00.
  it('moves a time that does not exist forward', () => {
    const due = parsed('tomorrow 2:30', at('2026-03-07T12:00:00-08:00', 'America/Los_Angeles'));
    expect(due.dueAt).toBe('2026-03-08T03:30:00-07:00');
    expect(due.dst).toBe('moved_forward');
  });

  it('takes the first of a repeated time', () => {
    const due = parsed('tomorrow 1:30', at('2026-10-31T12:00:00-07:00', 'America/Los_Angeles'));
    expect(due.dueAt).toBe('2026-11-01T01:30:00-07:00');
    expect(due.dst).toBe('earlier_of_two');
  });

  it('uses standard time after the change back', () => {
    expect(parsed('tomorrow 5pm', at('2026-10-31T12:00:00-07:00', 'America/Los_Angeles')).dueAt).toBe(
      '2026-11-01T17:00:00-08:00',
    );
  });
});

describe('the answer does not depend on the zone the process runs in', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  const cases: Array<[string, ReturnType<typeof at>, string]> = [
    ['in 1 hour', at('2026-03-29T01:30:00+01:00', 'Europe/Berlin'), '2026-03-29T03:30:00+02:00'],
    ['in 90 minutes', at('2026-03-29T01:00:00+01:00', 'Europe/Berlin'), '2026-03-29T03:30:00+02:00'],
    ['tomorrow 2:30', at('2026-03-28T12:00:00+01:00', 'Europe/Berlin'), '2026-03-29T03:30:00+02:00'],
    ['tomorrow 1:30', at('2026-10-31T12:00:00-07:00', 'America/Los_Angeles'), '2026-11-01T01:30:00-07:00'],
    ['in 1 hour', at('2026-03-08T01:30:00-08:00', 'America/Los_Angeles'), '2026-03-08T03:30:00-07:00'],
    ['fri 9:30', at('2026-12-03T10:00:00+05:30', 'Asia/Kolkata'), '2026-12-04T09:30:00+05:30'],
    ['today', at('2026-03-29T03:30:00+02:00', 'UTC'), '2026-03-29T09:00:00+00:00'],
  ];

  it.each(['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'])(
    'gives the same due dates with the process in %s',
    (processZone) => {
      process.env.TZ = processZone;
      for (const [input, context, dueAt] of cases) {
        expect({ input, zone: context.timeZone, dueAt: parsed(input, context).dueAt }).toEqual({
          input,
          zone: context.timeZone,
          dueAt,
        });
      }
    },
  );
});

describe('toDueAtIso', () => {
  const instant = Date.parse('2026-12-03T16:00:00Z');

  it('writes the local date-time with the zone\'s offset, "+00:00" for UTC', () => {
    expect(toDueAtIso(instant, 'Europe/Berlin')).toBe('2026-12-03T17:00:00+01:00');
    expect(toDueAtIso(instant, 'America/Los_Angeles')).toBe('2026-12-03T08:00:00-08:00');
    expect(toDueAtIso(instant, 'Asia/Kolkata')).toBe('2026-12-03T21:30:00+05:30');
    expect(toDueAtIso(instant, 'Asia/Kathmandu')).toBe('2026-12-03T21:45:00+05:45');
    expect(toDueAtIso(instant, 'America/St_Johns')).toBe('2026-12-03T12:30:00-03:30');
    expect(toDueAtIso(instant, 'UTC')).toBe('2026-12-03T16:00:00+00:00');
  });

  it('round-trips to the same instant', () => {
    for (const zone of ['Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC']) {
      expect(Date.parse(toDueAtIso(instant, zone))).toBe(instant);
    }
  });

  it('writes the date on the local side of midnight', () => {
    expect(toDueAtIso(Date.parse('2026-12-03T23:30:00Z'), 'Europe/Berlin')).toBe('2026-12-04T00:30:00+01:00');
  });
});
