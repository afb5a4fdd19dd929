/**
 * Before a reminder rings, the whole app looks at the list again, from a share of the key's reads
 * kept for that look: an hour of popover opens cannot spend it, so an item ticked on the phone does
 * not ring here. When Omi allows no read at all, the reminder says how old the list is.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appFixture, type AppFixture } from '../support/app-fixture';
import { WRITE_SCOPES } from '../support/fake-omi-api';
import { API_BASE, type TestApp } from '../support/test-platform';
import { settle, until } from '../support/until';

const KEY = 'omi_dev_SECRET_reminder_key_0001';
// The fake clock starts at 09:00 UTC (10:00 in Berlin, the test platform's zone); the lead is 5 minutes.
const DUE = '2026-03-02T09:40:00.000Z';
const RINGS_AT = Date.parse('2026-03-02T09:35:00.000Z');

let fixture: AppFixture;
beforeEach(async () => {
  fixture = await appFixture(KEY, WRITE_SCOPES, [
    { id: 'call', description: 'Call Ana about the lease', dueAt: DUE },
    { id: 'rent', description: 'Pay the rent', dueAt: DUE },
  ]);
  fixture.secrets.values.set(API_BASE, KEY);
});
afterEach(() => fixture.close());

async function started(): Promise<TestApp> {
  const app = fixture.build({ defaultReminders: true });
  await app.core.start();
  await until(() => app.core.snapshot().sync.status === 'ok', 'the first list');
  return app;
}

/** Lets the clock run to `ms` half a minute at a time, with the background work of each step. */
async function runTo(ms: number): Promise<void> {
  while (fixture.clock.now() < ms) {
    fixture.clock.advance(Math.min(30_000, ms - fixture.clock.now()));
    await settle();
  }
  await settle();
}

/**
 * The popover opened every 31 s until the app's automatic reads of the hour are spent (each tray
 * click that shows it is a look; the click that hides it again is not).
 */
async function spendAutomaticReads(app: TestApp): Promise<void> {
  for (let open = 0; open < 30; open++) {
    fixture.clock.advance(31_000);
    app.core.trayClicked();
    await settle();
    app.core.trayClicked();
    await settle();
  }
  const before = fixture.omi.count('list');
  fixture.clock.advance(31_000);
  app.core.trayClicked();
  await settle();
  expect(fixture.omi.count('list')).toBe(before);
}

function tickedOnThePhone(id: string): void {
  const item = fixture.omi.items.get(id);
  if (!item) throw new Error(`no item ${id}`);
  fixture.omi.items.set(id, {
    ...item,
    completed: true,
    completedAt: fixture.omi.serverNow(),
    updatedAt: fixture.omi.serverNow(),
  });
}

describe('the look before a reminder rings', () => {
  it('never rings for an item ticked on the phone when a read is allowed, also after the automatic reads are spent', async () => {
    const app = await started();
    await spendAutomaticReads(app);
    tickedOnThePhone('call');
    const before = fixture.omi.count('list');
    await runTo(RINGS_AT + 60_000);
    await until(() => app.notifier.shown.length > 0, 'the reminder for the item still open');
    expect(fixture.omi.count('list')).toBeGreaterThan(before);
    expect(app.notifier.titles()).toEqual(['Pay the rent']);
  });

  it('rings as before for an item still open, with no note', async () => {
    const app = await started();
    await spendAutomaticReads(app);
    await runTo(RINGS_AT + 60_000);
    await until(() => app.notifier.shown.length > 1, 'the reminders');
    // Both are due at once: which rings first is not the point.
    const shown = app.notifier.shown
      .map((entry) => entry.request)
      .sort((a, b) => (a.itemId ?? '').localeCompare(b.itemId ?? ''));
    expect(shown).toEqual([
      { title: 'Call Ana about the lease', body: 'Due in 5 minutes at 10:40', itemId: 'call', actions: true },
      { title: 'Pay the rent', body: 'Due in 5 minutes at 10:40', itemId: 'rent', actions: true },
    ]);
  });

  it('when Omi allows no read, says the list is as of the time it was read', async () => {
    const app = await started();
    fixture.omi.mode = 'rate_limited';
    fixture.omi.retryAfterSeconds = 3_600;
    expect(await app.core.handlers['items:refresh'](undefined)).toMatchObject({
      ok: false,
      error: { kind: 'rate_limited' },
    });
    fixture.omi.mode = 'up';
    const before = fixture.omi.count('list');
    await runTo(RINGS_AT + 60_000);
    await until(() => app.notifier.shown.length > 1, 'the reminders');
    expect(fixture.omi.count('list')).toBe(before);
    const asOf = 'Due in 5 minutes at 10:40\nYour list is as of 10:00; Omi Tray could not check it with Omi just now.';
    expect(app.notifier.shown.map((shown) => shown.request.body)).toEqual([asOf, asOf]);
  });
});
