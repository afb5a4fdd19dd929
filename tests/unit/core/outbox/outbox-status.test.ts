/**
 * The whole core against the real server's rules over simulated hours: a create failing all hour,
 * a write Retry-After that every trigger obeys, another person's key, and the one line that says why
 * changes wait (snapshot.outbox and the tray tooltip). Defects 1, 2 and 8, and part 3 of the work.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppSnapshot } from '../../../../electron/shared/app-state';
import { appFixture, type AppFixture } from '../support/app-fixture';
import type { FakeClock } from '../support/fake-clock';
import { WRITE_SCOPES, type FakeOmi } from '../support/fake-omi-api';
import type { TestSecrets } from '../support/memory-secrets';
import { API_BASE, type TestApp } from '../support/test-platform';
import { settle, until } from '../support/until';

const GOOD = 'omi_dev_status_good_key_0001';
const OTHER_PERSON = 'omi_dev_status_other_person_0002';

let fixture: AppFixture;
let clock: FakeClock;
let omi: FakeOmi;
let secrets: TestSecrets;

beforeEach(async () => {
  fixture = await appFixture(GOOD, WRITE_SCOPES, [
    { id: 'a1', description: 'Send the contract to Ana' },
    { id: 'a2', description: 'Renew the car insurance' },
  ]);
  fixture.omi.addKey(OTHER_PERSON, WRITE_SCOPES, true, 'account-2');
  ({ clock, omi, secrets } = fixture);
});
afterEach(() => fixture.close());

async function idle(app: TestApp): Promise<AppSnapshot> {
  for (let round = 0; round < 3; round += 1) {
    await settle();
    clock.advance(0);
  }
  await settle();
  return app.core.snapshot();
}

async function connected(): Promise<TestApp> {
  secrets.values.set(API_BASE, GOOD);
  const app = fixture.build();
  await app.core.start();
  await until(() => app.core.snapshot().sync.status === 'ok', 'the first refresh');
  await idle(app);
  return app;
}

/** Moves the clock a minute at a time, letting the core do what falls due, and `each` once a minute. */
async function minutes(
  app: TestApp,
  count: number,
  each: (minute: number) => Promise<void> | void = () => undefined,
): Promise<void> {
  for (let minute = 0; minute < count; minute += 1) {
    await each(minute);
    await idle(app);
    clock.advance(60_000);
    await idle(app);
  }
}

const requestsSince = (method: 'list' | 'create' | 'update', since: number) =>
  omi.requests.filter((request) => request.method === method && request.at >= since);

describe('a create that fails all hour (defect 1)', () => {
  it('stays inside both hourly budgets with the popover opened once a minute', async () => {
    const app = await connected();
    const start = clock.now();
    omi.answerWith.set('create', { kind: 'server', message: "Omi's server had a problem (HTTP 503)." });
    await app.core.handlers['items:create']({ description: 'Book the train', dueAt: null });
    await minutes(app, 60, () => app.core.trayClicked());
    const gets = requestsSince('list', start).length;
    const posts = requestsSince('create', start).length;
    expect(gets).toBeLessThanOrEqual(100);
    expect(posts).toBeLessThanOrEqual(30);
    expect(omi.requests.filter((request) => request.at >= start && request.arrived === false).length).toBe(0);
    // The last failed try's file write may still be under way on a busy machine.
    await until(() => app.core.snapshot().outbox.reason !== null, 'the reason');
    expect(app.core.snapshot().outbox).toMatchObject({ waiting: 1, reason: { kind: 'server' }, canRetry: true });
  });
});

describe('a write Retry-After (defect 2)', () => {
  it('is obeyed by refresh, Retry, connect and wake alike: one PATCH in the hour, and the reason is shown', async () => {
    const app = await connected();
    const start = clock.now();
    omi.writesPerHour = 0;
    await app.core.handlers['items:update']({ id: 'a1', changes: { completed: true } });
    await idle(app);
    omi.writesPerHour = 120;
    await minutes(app, 59, async (minute) => {
      app.core.trayClicked();
      app.power.wake();
      if (minute % 5 === 0) await app.core.handlers['items:refresh'](undefined);
      if (minute === 30) await app.core.handlers['auth:connect']({ apiKey: GOOD });
    });
    expect(requestsSince('update', start)).toHaveLength(1);
    const snapshot = await idle(app);
    expect(snapshot.outbox).toMatchObject({
      waiting: 1,
      canRetry: false,
      reason: {
        kind: 'rate_limited',
        words: 'Omi asked Omi Tray to wait: sending again at 11:00.',
        retryAt: '2026-03-02T10:00:00.000Z',
      },
    });
    expect(app.tray.last?.tooltip).toMatch(
      /\n1 change waiting to sync: Omi asked Omi Tray to wait: sending again at 11:00\.$/,
    );
    const retry = await app.core.handlers['items:refresh'](undefined);
    expect(!retry.ok && retry.error).toMatchObject({
      kind: 'rate_limited',
      message: expect.stringMatching(/your changes go at 11:00/),
    });
    await minutes(app, 2);
    await until(() => app.core.snapshot().outbox.waiting === 0, 'the send after Retry-After');
    expect(requestsSince('update', start)).toHaveLength(2);
    expect(app.core.snapshot().outbox).toEqual({ waiting: 0, oldestSince: null, reason: null, canRetry: false });
  });
});

describe('why changes wait, in words', () => {
  it('says it is offline, since when changes wait, and when it tries again', async () => {
    const app = await connected();
    omi.mode = 'offline';
    await app.core.handlers['items:update']({ id: 'a2', changes: { description: 'Renew the car insurance today' } });
    await until(() => app.core.snapshot().outbox.reason !== null, 'the reason');
    const snapshot = await idle(app);
    expect(snapshot.outbox).toMatchObject({
      waiting: 1,
      oldestSince: new Date(clock.now()).toISOString(),
      canRetry: true,
      reason: { kind: 'offline', words: expect.stringMatching(/^Omi can't be reached; trying again at 10:00\.$/) },
    });
  });

  it("never posts one person's queued create into another person's account, and says why it waits (defect 8)", async () => {
    const app = await connected();
    omi.mode = 'offline';
    await app.core.handlers['items:create']({ description: 'Private note', dueAt: null });
    await idle(app);
    await app.core.handlers['auth:signOut'](undefined);
    expect((await idle(app)).outbox).toMatchObject({ waiting: 1, reason: { kind: 'signed_out' } });
    omi.mode = 'up';
    expect((await app.core.handlers['auth:connect']({ apiKey: OTHER_PERSON })).ok).toBe(true);
    await minutes(app, 5);
    expect(omi.itemsOf('account-2').size).toBe(0);
    expect(app.core.snapshot().outbox).toMatchObject({
      waiting: 1,
      canRetry: false,
      reason: { kind: 'other_account' },
    });
    expect(app.core.snapshot().items.map((item) => item.description)).not.toContain('Private note');
  });
});
