/**
 * Issue 17, item 2, through the whole core: changes made with a key Omi stops taking are sent with
 * a new key of the same account once its list comes back, or, when nothing proves the account,
 * offered to the person as "Send N changes made before you changed keys?".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppSnapshot } from '../../../electron/shared/app-state';
import { appFixture, type AppFixture } from './support/app-fixture';
import { WRITE_SCOPES } from './support/fake-omi-api';
import { API_BASE, type TestApp } from './support/test-platform';
import { settle, until } from './support/until';

const OLD = 'omi_dev_SECRET_revoked_key_0001';
const NEW = 'omi_dev_SECRET_new_key_same_person_0002';

let fixture: AppFixture;

beforeEach(async () => {
  fixture = await appFixture(OLD, WRITE_SCOPES, [
    { id: 'a1', description: 'Send the contract to Ana' },
    { id: 'a2', description: 'Renew the car insurance' },
  ]);
});
afterEach(() => fixture.close());

async function idle(app: TestApp): Promise<AppSnapshot> {
  for (let turn = 0; turn < 3; turn++) {
    await settle();
    fixture.clock.advance(0);
  }
  return app.core.snapshot();
}

async function connectedWithOldKey(): Promise<TestApp> {
  fixture.secrets.values.set(API_BASE, OLD);
  const app = fixture.build();
  await app.core.start();
  await until(() => app.core.snapshot().sync.status === 'ok', 'the first refresh');
  await idle(app);
  return app;
}

/** Omi stops taking the old key; a new key of the same person is made. */
function revokeOldKey(): void {
  fixture.omi.revokeKey(OLD);
  fixture.omi.addKey(NEW, WRITE_SCOPES);
}

describe('a new key of the same account', () => {
  it('sends the ticks and edits made with the revoked key once its list comes back', async () => {
    const app = await connectedWithOldKey();
    revokeOldKey();
    expect((await app.core.handlers['items:update']({ id: 'a1', changes: { completed: true } })).ok).toBe(true);
    expect(
      (await app.core.handlers['items:update']({ id: 'a2', changes: { description: 'Renew the insurance today' } })).ok,
    ).toBe(true);
    await idle(app);
    expect(fixture.omi.items.get('a1')?.completed).toBe(false);
    expect(await app.core.handlers['auth:connect']({ apiKey: NEW })).toEqual({ ok: true, value: { readOnly: false } });
    await until(() => app.core.snapshot().outboxSize === 0, 'the waiting changes to go with the new key');
    expect(fixture.omi.items.get('a1')?.completed).toBe(true);
    expect(fixture.omi.items.get('a2')?.description).toBe('Renew the insurance today');
    expect(
      fixture.omi.requests.filter((request) => request.method === 'update' && request.key === NEW && request.arrived),
    ).toHaveLength(2);
  });

  it('asks about a create nothing on the list proves, and sends it when the person says Send', async () => {
    const app = await connectedWithOldKey();
    revokeOldKey();
    fixture.omi.mode = 'refused';
    expect((await app.core.handlers['items:create']({ description: 'Book the train', dueAt: null })).ok).toBe(true);
    // The app has met the refusal and kept the create before Omi is back, whatever the machine's load.
    await until(
      () => app.logs.some((line) => line.includes('Change kept in the outbox; will retry')),
      'the create to be kept after Omi could not be reached',
    );
    await idle(app);
    fixture.omi.mode = 'up';
    await app.core.handlers['auth:connect']({ apiKey: NEW });
    const asked = await idle(app);
    expect(asked.outbox.stranded).toEqual({
      count: 1,
      words: 'Send 1 change made before you changed keys?',
      canSend: true,
    });
    expect(await app.core.handlers['outbox:settleStranded']({ choice: 'send' })).toEqual({ ok: true, value: null });
    await until(() => app.core.snapshot().outboxSize === 0, 'the create to go with the new key');
    expect([...fixture.omi.items.values()].filter((item) => item.description === 'Book the train')).toHaveLength(1);
  });

  it('drops them when the person says Discard, and nothing is sent', async () => {
    const app = await connectedWithOldKey();
    revokeOldKey();
    fixture.omi.mode = 'refused';
    await app.core.handlers['items:create']({ description: 'Book the train', dueAt: null });
    fixture.omi.mode = 'up';
    await app.core.handlers['auth:connect']({ apiKey: NEW });
    await idle(app);
    expect(await app.core.handlers['outbox:settleStranded']({ choice: 'discard' })).toEqual({ ok: true, value: null });
    const after = await idle(app);
    expect(after.outboxSize).toBe(0);
    expect(after.outbox.stranded ?? null).toBeNull();
    expect(fixture.omi.arrived('create')).toHaveLength(0);
  });
});
