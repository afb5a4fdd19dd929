import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../../electron/shared/action-item';
import { FakeClock, TIMER_LIMIT_MS } from '../support/fake-clock';
import {
  DAY,
  HOUR,
  MINUTE,
  newDataDir,
  openItem,
  reminderFixture,
  startReminders,
  type FixtureOptions,
} from '../support/reminder-fixture';

// Every instant here is UTC and the service speaks UTC, so the words are predictable.
const start = Date.parse('2026-11-30T12:00:00Z');
const t = (hhmm: string, day = '2026-11-30'): Date => new Date(`${day}T${hhmm}:00Z`);

const started = (items: ActionItem[], options: Partial<FixtureOptions> = {}) => startReminders(items, start, options);

describe('reminder service: on time', () => {
  it('shows exactly one reminder at the lead time, with the description and the due time in words', async () => {
    const item = openItem('Send the invoice', t('17:00'));
    const { clock, notifier, service } = await started([item], { leadMinutes: 15 });
    await clock.runTo(t('16:44'));
    expect(notifier.shown).toEqual([]);
    await clock.runTo(t('16:45'));
    expect(notifier.shown.map((s) => s.request)).toEqual([
      { title: 'Send the invoice', body: 'Due in 15 minutes at 17:00', itemId: item.id, actions: true },
    ]);
    service.itemsChanged([{ ...item }]);
    service.wake();
    await clock.run(3 * DAY);
    expect(notifier.shown).toHaveLength(1);
  });

  it('says "Due at" when there is no lead time', async () => {
    const item = openItem('Stand-up', t('13:00'));
    const { clock, notifier } = await started([item]);
    await clock.runTo(t('13:00'));
    expect(notifier.shown[0]?.request.body).toBe('Due at 13:00');
  });

  it('opens the item on a click, completes it on Done, and snoozes ten minutes on Snooze', async () => {
    const item = openItem('Water plants', t('13:00'));
    const { clock, notifier, opened, completed, service } = await started([item]);
    await clock.runTo(t('13:00'));
    notifier.shown[0]?.click();
    notifier.shown[0]?.act('done');
    notifier.shown[0]?.act('snooze');
    await service.whenIdle();
    expect(opened).toEqual([item.id]);
    expect(completed).toEqual([item.id]);
    expect(service.state().snoozed).toEqual({ [item.id]: t('13:10').toISOString() });
    await clock.runTo(t('13:10'));
    expect(notifier.shown.map((s) => s.request.body)).toEqual(['Due at 13:00', 'Was due 10 minutes ago']);
    expect(service.state().snoozed).toEqual({});
  });

  it('reads the lead time on every re-plan', async () => {
    const item = openItem('Dentist', t('15:00'));
    const { clock, notifier, service, setLead } = await started([item], { leadMinutes: 5 });
    setLead(60);
    service.replan();
    await clock.runTo(t('14:00'));
    expect(notifier.shown.map((s) => s.request.body)).toEqual(['Due in 1 hour at 15:00']);
  });

  it('groups more than three reminders at the same moment into one', async () => {
    const items = ['a', 'b', 'c', 'd'].map((name) => openItem(name, t('13:00')));
    const { clock, notifier } = await started(items);
    await clock.runTo(t('13:00'));
    expect(notifier.shown.map((s) => s.request)).toEqual([
      { title: '4 items are due', body: 'a\nb\nc\nand 1 more', itemId: null, actions: false },
    ]);
  });
});

describe('reminder service: changes between planning and firing', () => {
  it('follows an item re-dated before its reminder', async () => {
    const item = openItem('Call Bob', t('13:00'));
    const { clock, notifier, service } = await started([item]);
    service.itemsChanged([{ ...item, dueAt: t('14:00').toISOString() }]);
    await clock.runTo(t('13:30'));
    expect(notifier.shown).toEqual([]);
    await clock.runTo(t('14:00'));
    expect(notifier.shown.map((s) => s.request.body)).toEqual(['Due at 14:00']);
  });

  it('reminds again when an item already reminded about gets a new due time', async () => {
    const item = openItem('Renew passport', t('13:00'));
    const { clock, notifier, service } = await started([item]);
    await clock.runTo(t('13:00'));
    service.itemsChanged([{ ...item, dueAt: t('15:00').toISOString() }]);
    await clock.runTo(t('15:00'));
    expect(notifier.shown.map((s) => s.request.body)).toEqual(['Due at 13:00', 'Due at 15:00']);
  });

  it('never reminds about an item completed or deleted here', async () => {
    const done = openItem('Done here', t('13:00'));
    const gone = openItem('Deleted here', t('13:00'));
    const { clock, notifier, service } = await started([done, gone]);
    service.itemsChanged([{ ...done, completed: true }]);
    await clock.runTo(t('14:00'));
    expect(notifier.shown).toEqual([]);
  });

  it('re-checks with the server before firing and stays quiet for items completed, deleted or re-dated elsewhere', async () => {
    const completedElsewhere = openItem('Completed on the phone', t('13:00'));
    const deletedElsewhere = openItem('Deleted on the web', t('13:00'));
    const movedElsewhere = openItem('Moved on the phone', t('13:00'));
    const stillOpen = openItem('Still open', t('13:00'));
    const server: ActionItem[] = [
      { ...completedElsewhere, completed: true },
      { ...movedElsewhere, dueAt: t('18:00').toISOString() },
      stillOpen,
    ];
    const { clock, notifier, refreshes } = await started(
      [completedElsewhere, deletedElsewhere, movedElsewhere, stillOpen],
      {
        refresh: () => server,
      },
    );
    expect(refreshes).toBe(0);
    await clock.runTo(t('13:00'));
    expect(notifier.titles()).toEqual(['Still open']);
    await clock.runTo(t('18:00'));
    expect(notifier.titles()).toEqual(['Still open', 'Moved on the phone']);
  });

  it('still reminds from the last known list when the refresh fails', async () => {
    const item = openItem('Offline reminder', t('13:00'));
    const clock = new FakeClock(start);
    const fixture = reminderFixture({
      clock,
      refresh: () => {
        throw new Error('offline');
      },
    });
    await fixture.service.start([item]);
    await clock.runTo(t('13:00'));
    expect(fixture.notifier.titles()).toEqual(['Offline reminder']);
  });

  it('stays quiet about an item given a due time that has already passed', async () => {
    const { clock, notifier, service } = await started([]);
    await clock.run(10 * MINUTE);
    service.itemsChanged([openItem('Backdated', t('11:00'))]);
    await clock.run(HOUR);
    expect(notifier.shown).toEqual([]);
  });

  it('reminds at the due time when an item is dated inside its lead time', async () => {
    const { clock, notifier, service } = await started([], { leadMinutes: 15 });
    await clock.run(10 * MINUTE);
    service.itemsChanged([openItem('Soon', t('12:20'))]);
    await clock.runTo(t('12:19'));
    expect(notifier.shown).toEqual([]);
    await clock.runTo(t('12:20'));
    expect(notifier.shown.map((s) => s.request.body)).toEqual(['Due at 12:20']);
  });
});

describe('reminder service: sleep, restart, catch-up', () => {
  it('shows nothing on the very first start for items already overdue', async () => {
    const { clock, notifier } = await started([
      openItem('Old', t('09:00')),
      openItem('Older', t('09:00', '2026-11-01')),
    ]);
    await clock.run(HOUR);
    expect(notifier.shown).toEqual([]);
  });

  it('catches up reminders that fell due during sleep in one notification, once', async () => {
    const items = [
      openItem('First', t('13:00')),
      openItem('Second', t('14:00')),
      openItem('Third', t('15:00')),
      openItem('Later', t('20:00')),
    ];
    const { clock, notifier, service } = await started(items);
    clock.sleep(4 * HOUR);
    service.wake();
    await clock.run(0);
    expect(notifier.shown.map((s) => s.request)).toEqual([
      { title: '3 items fell due while you were away', body: 'First\nSecond\nThird', itemId: null, actions: false },
    ]);
    notifier.shown[0]?.click();
    await clock.runTo(t('20:00'));
    expect(notifier.titles()).toEqual(['3 items fell due while you were away', 'Later']);
  });

  it('notices a sleep without a resume event at the next clock check', async () => {
    const items = [openItem('One', t('13:00')), openItem('Two', t('13:30'))];
    const { clock, notifier } = await started(items);
    clock.sleep(3 * HOUR);
    await clock.run(2 * MINUTE);
    expect(notifier.titles()).toEqual(['2 items fell due while you were away']);
  });

  it('catches up a single late item with its own words', async () => {
    const item = openItem('Only one', t('13:00'));
    const { clock, notifier, service, opened } = await started([item]);
    clock.sleep(3 * HOUR);
    service.wake();
    await clock.run(0);
    expect(notifier.shown.map((s) => s.request)).toEqual([
      { title: 'Only one', body: 'Was due at 13:00', itemId: item.id, actions: true },
    ]);
    notifier.shown[0]?.click();
    expect(opened).toEqual([item.id]);
  });

  it('catches up what fell due while the app was closed, once, and never again after another restart', async () => {
    const dataDir = newDataDir();
    const items = [
      openItem('Before close', t('12:30')),
      openItem('While closed A', t('14:00')),
      openItem('While closed B', t('15:00')),
    ];
    const clock = new FakeClock(start);
    const first = reminderFixture({ clock, dataDir });
    await first.service.start(items);
    await clock.runTo(t('12:30'));
    await first.service.stop();
    expect(first.notifier.titles()).toEqual(['Before close']);

    clock.sleep(5 * HOUR);
    const second = reminderFixture({ clock, dataDir });
    await second.service.start(items);
    await second.service.whenIdle();
    expect(second.notifier.titles()).toEqual(['2 items fell due while you were away']);
    await second.service.stop();

    await clock.run(HOUR);
    const third = reminderFixture({ clock, dataDir });
    await third.service.start(items);
    await clock.run(DAY);
    expect(third.notifier.shown).toEqual([]);
  });

  it('does not repeat a reminder after a crash right after showing it', async () => {
    const dataDir = newDataDir();
    const item = openItem('Shown then crashed', t('13:00'));
    const clock = new FakeClock(start);
    const first = reminderFixture({ clock, dataDir });
    await first.service.start([item]);
    await clock.runTo(t('13:00'));
    expect(first.notifier.shown).toHaveLength(1);
    // No stop(): the process died. The record was written before the notification was shown.
    const second = reminderFixture({ clock: new FakeClock(t('13:05')), dataDir });
    await second.service.start([item]);
    await second.service.whenIdle();
    expect(second.notifier.shown).toEqual([]);
  });

  it('keeps running on a corrupt reminders.json, moving it aside', async () => {
    const dataDir = newDataDir();
    writeFileSync(join(dataDir, 'reminders.json'), '{"version": 7}');
    const item = openItem('After corruption', t('13:00'));
    const { clock, notifier } = await started([item], { dataDir });
    await clock.runTo(t('13:00'));
    expect(notifier.titles()).toEqual(['After corruption']);
    expect(readdirSync(dataDir).some((name) => name.startsWith('reminders.json.corrupt-'))).toBe(true);
  });
});

describe('reminder service: the timer', () => {
  it('never arms a timer beyond 2^31-1 ms and still fires on time 40 days ahead', async () => {
    const item = openItem('Far ahead', new Date(start + 40 * DAY));
    const { clock, notifier } = await started([item]);
    await clock.run(40 * DAY - MINUTE);
    expect(notifier.shown).toEqual([]);
    await clock.run(MINUTE);
    expect(notifier.titles()).toEqual(['Far ahead']);
    expect(Math.max(...clock.delays)).toBeLessThan(TIMER_LIMIT_MS);
  });

  it('re-plans when the wall clock is set forward past a reminder', async () => {
    const item = openItem('Clock moved', t('13:00'));
    const { clock, notifier } = await started([item]);
    clock.setWallClock(t('13:30').getTime());
    await clock.run(2 * MINUTE);
    expect(notifier.shown.map((s) => s.request.body)).toEqual(['Was due 31 minutes ago']);
  });

  it('does not repeat a reminder when the wall clock is set back past it', async () => {
    const item = openItem('Shown before the clock moved back', t('13:00'));
    const { clock, notifier } = await started([item]);
    await clock.runTo(t('13:05'));
    clock.setWallClock(t('12:30').getTime());
    await clock.run(2 * HOUR);
    expect(notifier.titles()).toEqual(['Shown before the clock moved back']);
  });

  it('stops all timers on stop', async () => {
    const { clock, service } = await started([openItem('x', t('18:00'))]);
    await service.stop();
    expect(clock.pendingTimers()).toBe(0);
  });
});

describe('reminder service: pause and snooze', () => {
  it('holds reminders back while paused and catches them up in one notification when the pause ends', async () => {
    const items = [
      openItem('During pause A', t('12:30')),
      openItem('During pause B', t('12:45')),
      openItem('After', t('14:00')),
    ];
    const { clock, notifier, service, states } = await started(items);
    await service.pause(t('13:00').getTime());
    expect(service.state().pausedUntil).toBe(t('13:00').toISOString());
    await clock.runTo(t('12:59'));
    expect(notifier.shown).toEqual([]);
    await clock.runTo(t('13:00'));
    expect(notifier.titles()).toEqual(['2 items fell due while reminders were paused']);
    expect(service.state().pausedUntil).toBeNull();
    expect(states.at(-1)?.pausedUntil).toBeNull();
    await clock.runTo(t('14:00'));
    expect(notifier.titles()).toHaveLength(2);
  });

  it('resumes at once, and keeps a pause across a restart', async () => {
    const dataDir = newDataDir();
    const item = openItem('Paused item', t('13:00'));
    const clock = new FakeClock(start);
    const first = reminderFixture({ clock, dataDir });
    await first.service.start([item]);
    await first.service.pause(t('16:00').getTime());
    await first.service.stop();

    const second = reminderFixture({ clock, dataDir });
    await second.service.start([item]);
    expect(second.service.state().pausedUntil).toBe(t('16:00').toISOString());
    await clock.runTo(t('14:00'));
    expect(second.notifier.shown).toEqual([]);
    await second.service.pause(null);
    await second.service.whenIdle();
    expect(second.notifier.shown.map((s) => s.request)).toEqual([
      { title: 'Paused item', body: 'Was due at 13:00', itemId: item.id, actions: true },
    ]);
  });

  it('keeps a snooze across a restart and never changes the due time', async () => {
    const dataDir = newDataDir();
    const item = openItem('Snoozed', t('13:00'));
    const clock = new FakeClock(start);
    const first = reminderFixture({ clock, dataDir });
    await first.service.start([item]);
    await clock.runTo(t('13:00'));
    await first.service.snooze(item.id, t('15:00').getTime());
    await first.service.stop();
    const stored = JSON.parse(readFileSync(join(dataDir, 'reminders.json'), 'utf8')) as {
      snoozed: Record<string, string>;
    };
    expect(stored.snoozed).toEqual({ [item.id]: t('15:00').toISOString() });

    const second = reminderFixture({ clock, dataDir });
    await second.service.start([item]);
    await clock.runTo(t('14:59'));
    expect(second.notifier.shown).toEqual([]);
    await clock.runTo(t('15:00'));
    expect(second.notifier.shown.map((s) => s.request.body)).toEqual(['Was due at 13:00']);
    expect(item.dueAt).toBe(t('13:00').toISOString());
  });

  it('snoozing before the reminder delays it past its usual time', async () => {
    const item = openItem('Not yet reminded', t('13:00'));
    const { clock, notifier, service } = await started([item]);
    await service.snooze(item.id, t('13:20').getTime());
    await clock.runTo(t('13:19'));
    expect(notifier.shown).toEqual([]);
    await clock.runTo(t('13:20'));
    expect(notifier.shown.map((s) => s.request.body)).toEqual(['Was due 20 minutes ago']);
  });

  it('keeps snoozes when started before the list is known', async () => {
    const dataDir = newDataDir();
    const item = openItem('Snoozed before restart', t('13:00'));
    const clock = new FakeClock(start);
    const first = reminderFixture({ clock, dataDir });
    await first.service.start([item]);
    await first.service.snooze(item.id, t('15:00').getTime());
    await first.service.stop();
    const second = reminderFixture({ clock, dataDir });
    await second.service.start([]);
    await second.service.whenIdle();
    second.service.itemsChanged([item]);
    expect(second.service.state().snoozed).toEqual({ [item.id]: t('15:00').toISOString() });
    await clock.runTo(t('15:00'));
    expect(second.notifier.titles()).toEqual(['Snoozed before restart']);
  });

  it('forgets the snooze of an item completed meanwhile', async () => {
    const item = openItem('Done while snoozed', t('13:00'));
    const { clock, notifier, service } = await started([item]);
    await service.snooze(item.id, t('14:00').getTime());
    service.itemsChanged([{ ...item, completed: true }]);
    await clock.runTo(t('15:00'));
    expect(notifier.shown).toEqual([]);
    expect(service.state().snoozed).toEqual({});
  });
});

describe('reminder service: many items', () => {
  it('re-plans 10,000 items and shows each due one exactly once', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => openItem(`n${i}`, new Date(start + (i + 1) * 30_000)));
    const { clock, notifier, service } = await started(items);
    for (let round = 0; round < 5; round += 1) service.itemsChanged(items);
    await clock.run(30_000);
    await clock.run(30_000);
    expect(notifier.titles()).toEqual(['n0', 'n1']);
  });
});
