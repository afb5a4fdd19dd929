import { describe, expect, it } from 'vitest';
import { extractDueFromTitle } from '../../../../electron/core/due-date/extract-due-from-title';

/** Thursday 3 December 2026, 14:00 in Berlin. */
const context = { now: new Date('2026-12-03T14:00:00+01:00'), timeZone: 'Europe/Berlin' };
const extract = (text: string) => {
  const found = extractDueFromTitle(text, context);
  return found && { description: found.description, dueAt: found.due.dueAt };
};

describe('extractDueFromTitle offers a date phrase at the end or start as the due date', () => {
  it.each([
    ['call Ana tomorrow 5pm', 'call Ana', '2026-12-04T17:00:00+01:00'],
    ['buy milk by friday', 'buy milk', '2026-12-04T09:00:00+01:00'],
    ['send report, fri 9:30', 'send report', '2026-12-04T09:30:00+01:00'],
    ['report due dec 10.', 'report', '2026-12-10T09:00:00+01:00'],
    ['ship it in 2 hours', 'ship it', '2026-12-03T16:00:00+01:00'],
    ['tomorrow 5pm call Ana', 'call Ana', '2026-12-04T17:00:00+01:00'],
    ['tomorrow: call Ana', 'call Ana', '2026-12-04T09:00:00+01:00'],
    ['Dec 10: report', 'report', '2026-12-10T09:00:00+01:00'],
    ['Café mit Ana am Freitag next monday 10:00', 'Café mit Ana am Freitag', '2026-12-07T10:00:00+01:00'],
  ])('"%s" becomes "%s" due %s', (text, description, dueAt) => {
    expect(extract(text)).toEqual({ description, dueAt });
  });

  it('carries the full parsed due date, with its summary', () => {
    const found = extractDueFromTitle('call Ana tomorrow 5pm', context);
    expect(found?.due.summary).toBe('Fri 4 Dec, 17:00 (Europe/Berlin)');
    expect(found?.due.phrase).toBe('tomorrow 5pm');
  });
});

describe('extractDueFromTitle keeps the text as typed when in doubt', () => {
  it.each([
    ['Monday meeting notes', 'a bare weekday at the start describes, it does not schedule'],
    ['Dec 10 report', 'a bare date at the start without a separator'],
    ['sat exam prep', 'a weekday abbreviation at the start'],
    ["Today's agenda", 'a date word glued to more text'],
    ['Prepare Monday meeting agenda', 'a date in the middle'],
    ['notes from monday', 'a date after "from"'],
    ['changes since friday', 'a date after "since"'],
    ['Call mom at 5', 'a bare hour: 05:00 or 17:00?'],
    ['call Ana 9am', 'a time already past today'],
    ['pay 3/12', 'an ambiguous numeric date'],
    ['tomorrow', 'nothing left as the description'],
    ['Read chapter 5', 'no date at all'],
    ['asdf', 'no date at all'],
  ])('"%s" (%s)', (text) => {
    expect(extractDueFromTitle(text, context)).toBeNull();
  });

  it('offers nothing for an unknown time zone', () => {
    expect(extractDueFromTitle('call Ana tomorrow 5pm', { ...context, timeZone: 'Nowhere/City' })).toBeNull();
  });
});
