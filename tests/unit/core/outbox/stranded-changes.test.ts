/**
 * Issue 17, item 2: queued changes belong to the person's account, not to the key. With a new key
 * of the same account (its list holds the items the changes name) they are sent; otherwise the
 * person is asked once, in words, to send or discard them. A new edit never joins another key's change.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../doubles/recording-logger';
import { outboxStatus } from '../../../../electron/core/outbox/outbox-status';
import { StrandedChanges } from '../../../../electron/core/outbox/stranded-changes';
import { FakeClock } from '../support/fake-clock';
import { FakeOmi, WRITE_SCOPES } from '../support/fake-omi-api';
import { KEY, ORIGIN, openOutbox, TWO_ITEMS } from '../support/outbox-fixture';
import { serverFixture } from '../support/server-fixture';
import { settle } from '../support/until';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
let omi: FakeOmi;

beforeEach(async () => void ({ dir, clock, omi } = await serverFixture(KEY, WRITE_SCOPES, TWO_ITEMS)));
afterEach(() => dir.remove());

/** An outbox whose key tag the test changes, and the stranded-changes service beside it. */
async function withKeys() {
  const keys = { tag: 'tag-of-revoked-key' as string | null };
  const box = await openOutbox(dir.path, omi, clock, { owner: () => keys.tag });
  const stranded = new StrandedChanges({
    outbox: box.outbox,
    owner: () => keys.tag,
    isThisServer: (origin) => origin === null || origin === ORIGIN,
    listed: () => box.store.all(),
    sendNow: () => void box.sender.flush(),
    logger: recordingLogger().logger,
  });
  return { box, stranded, keys };
}

async function idle(box: { sender: { whenIdle(): Promise<void> } }): Promise<void> {
  await settle();
  await box.sender.whenIdle();
  await settle();
  await box.sender.whenIdle();
}

describe('changes made before the key changed', () => {
  it('go with a new key of the same account once its list holds their items', async () => {
    const { box, stranded, keys } = await withKeys();
    await box.refresh();
    omi.mode = 'offline';
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    await box.edit('a2', { kind: 'update', changes: { description: 'Call Ana at 5' } });
    await box.edit('local-1', { kind: 'create', description: 'Buy stamps', dueAt: null });
    omi.mode = 'up';
    keys.tag = 'tag-of-new-key';
    await box.sender.retryNow('user');
    await idle(box);
    expect(omi.arrived('update')).toHaveLength(0);
    await box.refresh();
    expect(await stranded.listed()).toBe(3);
    await idle(box);
    expect(omi.items.get('a1')?.completed).toBe(true);
    expect(omi.items.get('a2')?.description).toBe('Call Ana at 5');
    expect(omi.copiesOf('Buy stamps')).toHaveLength(1);
    expect(box.outbox.size()).toBe(0);
  });

  it("are not claimed by a key whose list does not hold their items (another person's)", async () => {
    const { box, stranded, keys } = await withKeys();
    await box.refresh();
    omi.mode = 'offline';
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    omi.mode = 'up';
    keys.tag = 'tag-of-other-persons-key';
    box.store.replaceAll([], clock.now());
    expect(await stranded.listed()).toBe(0);
    expect(box.outbox.strandedFor(keys.tag)).toHaveLength(1);
  });

  it('never takes a new edit into the earlier key’s change: it is refused in words', async () => {
    const { box, keys } = await withKeys();
    await box.refresh();
    omi.mode = 'offline';
    await box.edit('a1', { kind: 'delete', notBefore: clock.now() + 5_000, description: 'Renew the insurance' });
    keys.tag = 'tag-of-new-key';
    const edited = await box.outbox.apply('a1', { kind: 'update', changes: { description: 'Renew it' } }, ORIGIN);
    expect(edited).toEqual({
      ok: false,
      error: expect.objectContaining({ message: expect.stringMatching(/earlier key still waits; send or discard it/) }),
    });
    expect(box.outbox.get('a1')).toMatchObject({ owner: 'tag-of-revoked-key', changes: {} });
  });

  it('asks "Send N changes made before you changed keys?", then sends or discards them as the person says', async () => {
    const { box, stranded, keys } = await withKeys();
    await box.refresh();
    omi.mode = 'offline';
    await box.edit('local-1', { kind: 'create', description: 'Buy stamps', dueAt: null });
    await box.edit('local-2', { kind: 'create', description: 'Post the letter', dueAt: null });
    omi.mode = 'up';
    keys.tag = 'tag-of-new-key';
    const asked = outboxStatus({
      now: clock.now(),
      timeZone: 'UTC',
      style: DAY_FIRST_24_HOUR,
      mine: [],
      othersCount: box.outbox.strandedFor(keys.tag).length,
      otherServerCount: 0,
      signedOut: false,
      sender: box.sender.waitState(),
    });
    expect(asked.stranded).toEqual({ count: 2, words: 'Send 2 changes made before you changed keys?', canSend: true });
    expect(await stranded.listed()).toBe(0);
    const triedOffline = omi.count('create');
    expect(await stranded.settle('discard')).toEqual({ ok: true, value: null });
    expect(box.outbox.size()).toBe(0);
    await box.sender.retryNow('user');
    await idle(box);
    expect(omi.count('create')).toBe(triedOffline);
  });

  it('sends them with the key in use when the person says Send', async () => {
    const { box, stranded, keys } = await withKeys();
    await box.refresh();
    omi.mode = 'offline';
    await box.edit('local-1', { kind: 'create', description: 'Buy stamps', dueAt: null });
    omi.mode = 'up';
    keys.tag = 'tag-of-new-key';
    expect(await stranded.settle('send')).toEqual({ ok: true, value: null });
    await idle(box);
    await box.sender.retryNow('user');
    await idle(box);
    clock.advance(3 * 60_000);
    await idle(box);
    expect(omi.copiesOf('Buy stamps')).toHaveLength(1);
    expect(box.outbox.size()).toBe(0);
  });
});
