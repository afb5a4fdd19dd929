import { describe, expect, it } from 'vitest';
import { planReminders, type ReminderPlanInput } from '../../../../electron/core/reminders/reminder-plan';
import { HOUR, MINUTE, openItem } from '../support/reminder-fixture';

const now = Date.parse('2026-11-30T12:00:00Z');
const base: Omit<ReminderPlanInput, 'items'> = {
  leadMinutes: 0,
  snoozes: new Map(),
  pausedUntil: null,
  delivered: new Map(),
  watchedUntil: now - MINUTE,
  now,
};
const at = (ms: number): Date => new Date(ms);

describe('reminder plan', () => {
  it.each([0, 5, 15, 30, 60])('plans the reminder %i minutes before the due time', (lead) => {
    const item = openItem('Call Anna', at(now + 2 * HOUR));
    const plan = planReminders({ ...base, leadMinutes: lead, items: [item] });
    expect(plan.nextAt).toBe(now + 2 * HOUR - lead * MINUTE);
    expect(plan.due).toEqual([]);
  });

  it('is due once its time has come, on time within a minute, late after that', () => {
    const onTime = openItem('on time', at(now - 30_000));
    const late = openItem('late', at(now - 5 * MINUTE));
    const plan = planReminders({ ...base, watchedUntil: now - HOUR, items: [onTime, late] });
    expect(plan.due.map((d) => [d.item.description, d.late])).toEqual([
      ['on time', false],
      ['late', true],
    ]);
  });

  it('picks the earliest future reminder as next and ignores completed and undated items', () => {
    const items = [
      openItem('later', at(now + 3 * HOUR)),
      openItem('done', at(now + MINUTE), { completed: true }),
      openItem('undated', null),
      openItem('sooner', at(now + HOUR)),
    ];
    const plan = planReminders({ ...base, items });
    expect(plan.nextAt).toBe(now + HOUR);
    expect(plan.due).toEqual([]);
  });

  it('says nothing is next when nothing is left to remind', () => {
    expect(planReminders({ ...base, items: [openItem('undated', null)] }).nextAt).toBeNull();
  });

  it('does not remind again for the due time it already reminded about, but does for a new one', () => {
    const item = openItem('Pay rent', at(now - 30_000));
    const shown = new Map([[item.id, now - 30_000]]);
    expect(planReminders({ ...base, watchedUntil: now - HOUR, delivered: shown, items: [item] }).due).toEqual([]);
    const redated = { ...item, dueAt: at(now + HOUR).toISOString() };
    expect(planReminders({ ...base, delivered: shown, items: [redated] }).nextAt).toBe(now + HOUR);
  });

  it('never reminds late about a time that had passed before the app was watching', () => {
    const item = openItem('Old', at(now - 2 * HOUR));
    expect(planReminders({ ...base, watchedUntil: now - MINUTE, items: [item] })).toEqual({ due: [], nextAt: null });
  });

  it('reminds at the due time when the lead time had already passed when the item got its date', () => {
    const item = openItem('Soon', at(now + 3 * MINUTE));
    const plan = planReminders({ ...base, leadMinutes: 15, watchedUntil: now, items: [item] });
    expect(plan.nextAt).toBe(now + 3 * MINUTE);
  });

  it('delays a snoozed reminder, never earlier than its usual time', () => {
    const reminded = openItem('Reminded', at(now - 5 * MINUTE));
    const notYet = openItem('Not yet', at(now + 2 * HOUR));
    const snoozes = new Map([
      [reminded.id, now + 10 * MINUTE],
      [notYet.id, now + 10 * MINUTE],
    ]);
    const delivered = new Map([[reminded.id, now - 5 * MINUTE]]);
    const plan = planReminders({ ...base, snoozes, delivered, items: [reminded, notYet] });
    expect(plan.nextAt).toBe(now + 10 * MINUTE);
    const later = planReminders({
      ...base,
      now: now + 11 * MINUTE,
      watchedUntil: now + 9 * MINUTE,
      snoozes,
      delivered,
      items: [reminded, notYet],
    });
    expect(later.due.map((d) => d.item.description)).toEqual(['Reminded']);
    expect(later.nextAt).toBe(now + 2 * HOUR);
  });

  it('reminds about a snoozed item that has no due date', () => {
    const item = openItem('Someday', null);
    const plan = planReminders({ ...base, snoozes: new Map([[item.id, now + HOUR]]), items: [item] });
    expect(plan.nextAt).toBe(now + HOUR);
  });

  it('holds everything back while paused and plans again when the pause ends', () => {
    const item = openItem('Due now', at(now - 30_000));
    const plan = planReminders({ ...base, watchedUntil: now - HOUR, pausedUntil: now + HOUR, items: [item] });
    expect(plan).toEqual({ due: [], nextAt: now + HOUR });
  });

  it('plans 10,000 items: the right next reminder and every due one', () => {
    const items = Array.from({ length: 10_000 }, (_, i) =>
      openItem(`n${i}`, at(now + ((i * 7919) % 10_000) * MINUTE - 100 * MINUTE), { completed: i % 10 === 9 }),
    );
    const plan = planReminders({ ...base, watchedUntil: now - 50 * MINUTE - 1, items });
    // Due times are spread one per minute from now-100min; those in (now-50min, now] are due, minus completed ones.
    const expectedDue = items.filter((item) => {
      const due = Date.parse(item.dueAt ?? '');
      return !item.completed && due > now - 50 * MINUTE - 1 && due <= now;
    });
    expect(plan.due.map((d) => d.item.id).sort()).toEqual(expectedDue.map((item) => item.id).sort());
    expect(plan.due.length).toBeGreaterThan(40);
    const futureDue = items
      .filter((item) => !item.completed)
      .map((item) => Date.parse(item.dueAt ?? ''))
      .filter((due) => due > now);
    expect(plan.nextAt).toBe(Math.min(...futureDue));
  });
});
