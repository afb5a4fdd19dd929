import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../../electron/shared/action-item';
import { FakeClock } from '../support/fake-clock';
import { HOUR, MINUTE, newDataDir, openItem, reminderFixture } from '../support/reminder-fixture';

// A catch-up must cover items the app learns of only from the server: dated on the phone while
// the app was closed or the machine slept. The saved list predates them.
const start = Date.parse('2026-11-30T12:00:00Z');
const t = (hhmm: string): Date => new Date(`2026-11-30T${hhmm}:00Z`);

describe('catch-up with a list older than the gap', () => {
  it('fetches before moving on after a restart, and catches up items dated elsewhere while closed', async () => {
    const dataDir = newDataDir();
    const clock = new FakeClock(start);
    const first = reminderFixture({ clock, dataDir });
    await first.service.start([]);
    await first.service.stop();

    clock.sleep(5 * HOUR);
    const server: ActionItem[] = [
      openItem('Dated on the phone A', t('14:00')),
      openItem('Dated on the phone B', t('15:00')),
    ];
    const second = reminderFixture({ clock, dataDir, refresh: () => server });
    await second.service.start([]);
    await second.service.whenIdle();
    expect(second.refreshes).toBe(1);
    expect(second.notifier.titles()).toEqual(['2 items fell due while you were away']);

    // The list arriving later changes nothing: shown once.
    second.service.itemsChanged(server);
    await clock.run(MINUTE);
    expect(second.notifier.shown).toHaveLength(1);
  });

  it('fetches after a wake from a long sleep before moving on', async () => {
    const server: ActionItem[] = [];
    const clock = new FakeClock(start);
    const { service, notifier } = reminderFixture({ clock, refresh: () => server });
    await service.start([]);
    await service.whenIdle();
    server.push(openItem('Dated on the web during sleep', t('13:00')));
    clock.sleep(3 * HOUR);
    service.wake();
    await clock.run(0);
    expect(notifier.titles()).toEqual(['Dated on the web during sleep']);
    expect(notifier.shown[0]?.request.body).toBe('Was due at 13:00');
    expect(service.state().ringing).toHaveLength(1);
  });

  it('does not fetch on a start right after the last run, nor when the app first starts', async () => {
    const dataDir = newDataDir();
    const clock = new FakeClock(start);
    const first = reminderFixture({ clock, dataDir, refresh: () => [] });
    await first.service.start([]);
    await first.service.whenIdle();
    expect(first.refreshes).toBe(0);
    await first.service.stop();

    await clock.run(10_000);
    const second = reminderFixture({ clock, dataDir, refresh: () => [] });
    await second.service.start([]);
    await second.service.whenIdle();
    expect(second.refreshes).toBe(0);
  });

  it('moves on with the list it has when the fetch fails', async () => {
    const dataDir = newDataDir();
    const clock = new FakeClock(start);
    const saved = [openItem('In the saved list', t('13:00'))];
    const first = reminderFixture({ clock, dataDir });
    await first.service.start(saved);
    await first.service.stop();

    clock.sleep(2 * HOUR);
    const second = reminderFixture({ clock, dataDir, refresh: () => null });
    await second.service.start(saved);
    await second.service.whenIdle();
    expect(second.notifier.titles()).toEqual(['In the saved list']);
    await clock.run(HOUR);
    expect(second.notifier.shown).toHaveLength(1);
  });
});
