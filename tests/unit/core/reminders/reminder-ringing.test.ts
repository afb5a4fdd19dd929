import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../../electron/shared/action-item';
import { MAX_RINGING } from '../../../../electron/core/reminders/reminder-book';
import { FakeClock } from '../support/fake-clock';
import { HOUR, MINUTE, openItem, startReminders, type FixtureOptions } from '../support/reminder-fixture';

// The reminders the popover offers Done and Snooze for, also when no notification click arrives.
const start = Date.parse('2026-11-30T12:00:00Z');
const t = (hhmm: string): Date => new Date(`2026-11-30T${hhmm}:00Z`);

const started = (items: ActionItem[], options: Partial<FixtureOptions> = {}) => startReminders(items, start, options);

describe('reminders the popover offers', () => {
  it('offers each shown reminder, newest first, and tells the snapshot', async () => {
    const first = openItem('Call the bank', t('13:00'));
    const second = openItem('Send the slides', t('13:30'));
    const { clock, service, states } = await started([first, second]);
    expect(service.state().ringing).toEqual([]);
    await clock.runTo(t('13:00'));
    expect(service.state().ringing).toEqual([first.id]);
    expect(states.at(-1)?.ringing).toEqual([first.id]);
    await clock.runTo(t('13:30'));
    expect(service.state().ringing).toEqual([second.id, first.id]);
  });

  it('stops offering a reminder once it is snoozed, done or re-dated, and tells the snapshot', async () => {
    const snoozed = openItem('Snooze me', t('13:00'));
    const done = openItem('Tick me', t('13:00'));
    const moved = openItem('Move me', t('13:00'));
    const { clock, service, states } = await started([snoozed, done, moved]);
    await clock.runTo(t('13:00'));
    expect(new Set(service.state().ringing)).toEqual(new Set([snoozed.id, done.id, moved.id]));

    await service.snooze(snoozed.id, t('13:10').getTime());
    expect(new Set(service.state().ringing)).toEqual(new Set([done.id, moved.id]));

    const told = states.length;
    service.itemsChanged([snoozed, { ...done, completed: true }, { ...moved, dueAt: t('18:00').toISOString() }]);
    expect(service.state().ringing).toEqual([]);
    expect(states.length).toBe(told + 1);

    // The snoozed one is offered again when its snooze rings.
    await clock.runTo(t('13:10'));
    expect(service.state().ringing).toEqual([snoozed.id]);
  });

  it('offers every item of a grouped catch-up, and none of them again after a restart', async () => {
    const items = [openItem('One', t('13:00')), openItem('Two', t('13:30')), openItem('Three', t('14:00'))];
    const clock = new FakeClock(start);
    const { service, notifier, dataDir } = await started(items, { clock });
    clock.sleep(3 * HOUR);
    service.wake();
    await clock.run(0);
    expect(notifier.titles()).toEqual(['3 items fell due while you were away']);
    expect(service.state().ringing).toHaveLength(3);
    await service.stop();

    const again = await started(items, { clock, dataDir });
    await clock.run(MINUTE);
    expect(again.notifier.shown).toEqual([]);
    expect(again.service.state().ringing).toEqual([]);
  });

  it(`offers at most the ${MAX_RINGING} newest`, async () => {
    const items = Array.from({ length: MAX_RINGING + 10 }, (_, i) =>
      openItem(`n${i}`, new Date(start + (i + 1) * MINUTE)),
    );
    const { clock, service } = await started(items);
    await clock.run((MAX_RINGING + 10) * MINUTE);
    const ringing = service.state().ringing ?? [];
    expect(ringing).toHaveLength(MAX_RINGING);
    expect(ringing[0]).toBe(items.at(-1)?.id);
    expect(ringing).not.toContain(items[0]?.id);
  });
});
