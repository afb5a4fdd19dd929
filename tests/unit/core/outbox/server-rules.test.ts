/**
 * The outbox against the real server's rules (omi-api-facts.md): late saves, skewed clocks, lost
 * answers, refusals of one field, a read-only key, proxies. Each test pins one numbered defect of
 * the "hold the real server's rules" work.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATE_SAVE_MS } from '../../../../electron/core/outbox/late-saves';
import { FakeClock } from '../support/fake-clock';
import { FakeOmi, READ_SCOPES, WRITE_SCOPES } from '../support/fake-omi-api';
import { KEY, ORIGIN, openOutbox, passTime, TWO_ITEMS } from '../support/outbox-fixture';
import { serverFixture } from '../support/server-fixture';
import { until } from '../support/until';

let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
let omi: FakeOmi;

beforeEach(async () => void ({ dir, clock, omi } = await serverFixture(KEY, WRITE_SCOPES, TWO_ITEMS)));
afterEach(() => dir.remove());

describe('creates whose answer was lost (defects 9 and 11)', () => {
  it('creates once when the POST times out but the server saves it late', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'save_late';
    omi.lateSaveMs = 30_000;
    await box.edit('local-1', { kind: 'create', description: 'Book the train', dueAt: null });
    omi.mode = 'up';
    for (let second = 0; second < 10 * 60; second += 5) await passTime(clock, box, 5_000);
    expect(omi.copiesOf('Book the train')).toHaveLength(1);
    expect(omi.count('create')).toBe(1);
    expect(box.outbox.size()).toBe(0);
  });

  it('creates once when the machine clock is minutes ahead of the server', async () => {
    omi.clockSkewMs = -3 * 60_000;
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'lose_answers';
    await box.edit('local-1', { kind: 'create', description: 'Book the train', dueAt: null });
    omi.mode = 'up';
    await passTime(clock, box, LATE_SAVE_MS);
    expect(omi.count('create')).toBe(1);
    expect(omi.copiesOf('Book the train')).toHaveLength(1);
    expect(box.outbox.resolve('local-1')).toBe(omi.copiesOf('Book the train')[0]?.id);
  });

  it('does not lay the create over what the phone changed on the found item since', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'lose_answers';
    await box.edit('local-1', { kind: 'create', description: 'Book the train', dueAt: null });
    omi.mode = 'up';
    const created = omi.copiesOf('Book the train')[0];
    if (!created) throw new Error('the POST should have arrived');
    // On the phone: ticked, and given a due date.
    omi.items.set(created.id, {
      ...created,
      completed: true,
      completedAt: omi.serverNow(),
      dueAt: '2026-03-05T09:00:00.000Z',
    });
    await passTime(clock, box, LATE_SAVE_MS);
    expect(omi.count('update')).toBe(0);
    expect(omi.items.get(created.id)).toMatchObject({ completed: true, dueAt: '2026-03-05T09:00:00.000Z' });
    expect(box.outbox.size()).toBe(0);
  });

  it('does not resend a tick the server already shows, so completed_at stays where it was', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    clock.advance(1_000);
    omi.mode = 'lose_answers';
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    const completedAt = omi.items.get('a1')?.completedAt;
    expect(completedAt).not.toBeNull();
    omi.mode = 'up';
    await passTime(clock, box, 60_000);
    expect(omi.arrived('update')).toHaveLength(1);
    expect(omi.items.get('a1')?.completedAt).toBe(completedAt);
    expect(box.outbox.size()).toBe(0);
  });
});

describe('requests that never left (connection refused)', () => {
  it('a create the server never saw is sent again at the next try, without waiting for a late save', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'refused';
    await box.edit('local-1', { kind: 'create', description: 'Book the train', dueAt: null });
    omi.mode = 'up';
    await passTime(clock, box, 30_000);
    expect(omi.copiesOf('Book the train')).toHaveLength(1);
    expect(box.outbox.size()).toBe(0);
  });

  it('an edit after a refused PATCH does not wait either', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'refused';
    await box.edit('a2', { kind: 'update', changes: { description: 'Call Ana at 5' } });
    omi.mode = 'up';
    await box.edit('a2', { kind: 'update', changes: { description: 'Call Ana at 6' } });
    await passTime(clock, box, 30_000);
    expect(omi.items.get('a2')?.description).toBe('Call Ana at 6');
  });
});

describe('edits whose PATCH was saved late (the edit soak found this)', () => {
  it('an untick made after a tick that timed out is not undone when the tick is saved late', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'save_late';
    omi.lateSaveMs = 30_000;
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    omi.mode = 'up';
    await box.edit('a1', { kind: 'update', changes: { completed: false } });
    for (let second = 0; second < 5 * 60; second += 5) await passTime(clock, box, 5_000);
    expect(omi.items.get('a1')?.completed).toBe(false);
    expect(box.outbox.size()).toBe(0);
  });

  it('a new description waits out an unanswered one, then wins', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'save_late';
    omi.lateSaveMs = 60_000;
    await box.edit('a2', { kind: 'update', changes: { description: 'Call Ana at 5' } });
    omi.mode = 'up';
    await box.edit('a2', { kind: 'update', changes: { description: 'Call Ana at 6' } });
    for (let second = 0; second < 30; second += 5) await passTime(clock, box, 5_000);
    expect(omi.count('update')).toBe(1);
    const status = box.sender.waitState();
    expect(status.checking.map((check) => check.error.message)).toEqual([
      expect.stringMatching(/did not confirm an earlier change to this item/),
    ]);
    for (let second = 0; second < 5 * 60; second += 5) await passTime(clock, box, 5_000);
    expect(omi.items.get('a2')?.description).toBe('Call Ana at 6');
  });
});

describe('refusals (defects 10 and 13)', () => {
  it('a refused field drops only that edit: a tick made while it was on its way is still sent', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.refuse.set('a1', (changes) =>
      changes.description !== undefined
        ? { kind: 'validation', message: 'Omi did not accept the change. Description: too long.' }
        : null,
    );
    omi.hold();
    await box.queue('a1', { kind: 'update', changes: { description: 'Too long for this server' } });
    await until(() => omi.heldCount() === 1, 'the PATCH');
    await box.queue('a1', { kind: 'update', changes: { completed: true } });
    omi.release();
    await box.sender.whenIdle();
    expect(box.refusals.map((refusal) => refusal.error.kind)).toEqual(['validation']);
    expect(omi.items.get('a1')).toMatchObject({ completed: true, description: 'Renew the insurance' });
    expect(box.outbox.size()).toBe(0);
  });

  it("Omi's own 403 drops every queued change of the key and says how many", async () => {
    omi.addKey(KEY, READ_SCOPES);
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'offline';
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    await box.edit('a2', { kind: 'update', changes: { description: 'Call Ana at 5' } });
    await box.edit('local-1', { kind: 'create', description: 'Buy stamps', dueAt: null });
    omi.mode = 'up';
    await box.sender.retryNow('user');
    await box.sender.whenIdle();
    expect(box.refusals).toHaveLength(1);
    expect(box.refusals[0]?.error).toMatchObject({
      kind: 'forbidden',
      message: expect.stringMatching(/3 unsent changes were dropped/),
    });
    expect(box.outbox.size()).toBe(0);
  });
});

describe('queued changes belong to the key they were made with (defect 8)', () => {
  it("never sends one account's queued create with another account's key", async () => {
    const OTHER = 'omi_dev_other_person_key_0009';
    omi.addKey(OTHER, WRITE_SCOPES, true, 'account-2');
    let owner = 'tag-of-first-key';
    const box = await openOutbox(dir.path, omi, clock, { owner: () => owner });
    omi.mode = 'offline';
    await box.edit('local-1', { kind: 'create', description: 'Private note', dueAt: null });
    omi.mode = 'up';
    owner = 'tag-of-second-key';
    await box.sender.retryNow('user');
    await passTime(clock, box, LATE_SAVE_MS);
    expect(omi.count('create')).toBe(1);
    expect(omi.arrived('create')).toHaveLength(0);
    expect(omi.itemsOf('account-2').size).toBe(0);
    expect(box.outbox.size()).toBe(1);
    owner = 'tag-of-first-key';
    await box.sender.retryNow('user');
    await passTime(clock, box, LATE_SAVE_MS);
    expect(omi.copiesOf('Private note')).toHaveLength(1);
    expect(box.outbox.size()).toBe(0);
  });
});

describe('undo after the DELETE left (the kill soak found this)', () => {
  async function deleteWhenWindowEnds(mode: 'lose_answers' | 'refused') {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = mode;
    await box.edit('a1', { kind: 'delete', notBefore: clock.now() + 5000, description: 'Renew the insurance' });
    await passTime(clock, box, 6_000);
    omi.mode = 'up';
    return box;
  }

  it('refuses Undo in words once a DELETE left without an answer, since Omi may have deleted the item', async () => {
    const box = await deleteWhenWindowEnds('lose_answers');
    expect(omi.items.has('a1')).toBe(false);
    const undone = await box.outbox.apply('a1', { kind: 'undoDelete' }, 'x');
    expect(!undone.ok && undone.error.message).toBe('Too late to undo: the delete may already have reached Omi.');
    await passTime(clock, box, 60_000);
    expect(box.outbox.size()).toBe(0);
  });

  it('still allows Undo when the DELETE never left (connection refused)', async () => {
    const box = await deleteWhenWindowEnds('refused');
    const undone = await box.outbox.apply('a1', { kind: 'undoDelete' }, 'x');
    expect(undone.ok).toBe(true);
    await passTime(clock, box, 60_000);
    expect(omi.items.get('a1')?.description).toBe('Renew the insurance');
    expect(box.outbox.size()).toBe(0);
  });
});

describe('undo (defect 7)', () => {
  it('undoes a delete inside its window while an earlier edit of the item is on its way', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.hold();
    await box.queue('a1', { kind: 'update', changes: { description: 'Renew the car insurance' } });
    await until(() => omi.heldCount() === 1, 'the PATCH');
    await box.outbox.apply(
      'a1',
      { kind: 'delete', notBefore: clock.now() + 5000, description: 'Renew the car insurance' },
      ORIGIN,
    );
    const undone = await box.outbox.apply('a1', { kind: 'undoDelete' }, 'x');
    expect(undone.ok).toBe(true);
    omi.release();
    await passTime(clock, box, 10_000);
    expect(omi.count('remove')).toBe(0);
    expect(omi.items.get('a1')?.description).toBe('Renew the car insurance');
  });
});
