import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../support/fake-clock';
import { FakeOmi, WRITE_SCOPES } from '../support/fake-omi-api';
import { KEY, ORIGIN, openOutbox, TWO_ITEMS } from '../support/outbox-fixture';
import { serverFixture } from '../support/server-fixture';
import { settle, until } from '../support/until';
import { LATE_SAVE_MS } from '../../../../electron/core/outbox/late-saves';

/** Lets the wait for a late save pass, and the lookup and sends it allows finish. */
async function afterLateSaveWindow(box: { sender: { whenIdle(): Promise<void> } }): Promise<void> {
  clock.advance(LATE_SAVE_MS);
  await settle();
  await box.sender.whenIdle();
}

let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
let omi: FakeOmi;

beforeEach(async () => void ({ dir, clock, omi } = await serverFixture(KEY, WRITE_SCOPES, TWO_ITEMS)));
afterEach(() => dir.remove());

describe('sending the outbox', () => {
  it('sends a tick as one PATCH and leaves nothing pending', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    expect(omi.requests.filter((r) => r.method === 'update')).toMatchObject([
      { method: 'update', id: 'a1', body: { completed: true }, key: KEY, arrived: true },
    ]);
    expect(box.outbox.size()).toBe(0);
    expect(box.store.get('a1')?.completed).toBe(true);
  });

  it('keeps an edit made offline and delivers it exactly once when the network returns', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'offline';
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    expect(box.outbox.size()).toBe(1);
    expect(omi.arrived('update')).toHaveLength(0);
    omi.mode = 'up';
    clock.advance(60_000);
    await until(() => box.outbox.size() === 0, 'the retry');
    await box.sender.whenIdle();
    clock.advance(60 * 60_000);
    await box.sender.whenIdle();
    expect(omi.items.get('a1')?.completed).toBe(true);
    expect(omi.arrived('update')).toHaveLength(1);
  });

  it('backs off through the clock, waits at least as long as Retry-After, and retries at once when told the network is back', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'offline';
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    expect(clock.pendingDelays()).toEqual([2_000]);
    omi.mode = 'up';
    await box.sender.retryNow('network');
    expect(omi.count('update')).toBe(2);
    expect(box.outbox.size()).toBe(0);
  });

  it('obeys a write Retry-After whatever asks: no request before it ends, then one by itself', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'rate_limited';
    omi.retryAfterSeconds = 3600;
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    omi.mode = 'up';
    for (let minute = 1; minute < 60; minute += 1) {
      clock.advance(60_000);
      await box.sender.retryNow('network');
      await box.sender.retryNow('user');
      await box.edit('a2', { kind: 'update', changes: { description: `Call Ana, take ${minute}` } });
    }
    expect(omi.count('update')).toBe(1);
    expect(box.sender.waitState().blockedUntil).toBe(Date.parse('2026-03-02T10:00:00Z'));
    clock.advance(60_000);
    await until(() => box.outbox.size() === 0, 'the sends after Retry-After');
    expect(omi.count('update')).toBe(3);
  });

  it('remembers a write Retry-After across a restart: the next run sends only when it ends', async () => {
    const first = await openOutbox(dir.path, omi, clock);
    await first.refresh();
    omi.mode = 'rate_limited';
    omi.retryAfterSeconds = 600;
    await first.edit('a1', { kind: 'update', changes: { completed: true } });
    first.sender.stop();
    await first.outbox.save();
    omi.mode = 'up';
    clock.advance(60_000);
    const second = await openOutbox(dir.path, omi, clock);
    await second.sender.flush();
    await second.sender.retryNow('user');
    expect(omi.count('update')).toBe(1);
    clock.advance(540_000);
    await until(() => second.outbox.size() === 0, 'the send when the Retry-After ends');
    expect(omi.count('update')).toBe(2);
  });

  it('holds only the writes of the key Omi gave the Retry-After to, also after a restart: each key has its own limit', async () => {
    let owner = 'key-a';
    const first = await openOutbox(dir.path, omi, clock, { owner: () => owner });
    await first.refresh();
    omi.mode = 'rate_limited';
    omi.retryAfterSeconds = 3600;
    await first.edit('a1', { kind: 'update', changes: { completed: true } });
    omi.mode = 'up';
    expect(first.sender.waitState().blockedUntil).not.toBeNull();
    // Another key is connected (connecting asks the sender to try again at once).
    owner = 'key-b';
    expect(first.sender.waitState().blockedUntil).toBeNull();
    await first.sender.retryNow('user');
    await first.edit('a2', { kind: 'update', changes: { description: 'Call Ana today' } });
    expect(omi.arrived('update').map((request) => request.id)).toEqual(['a2']);
    first.sender.stop();
    await first.outbox.save();

    clock.advance(60_000);
    owner = 'key-a';
    const second = await openOutbox(dir.path, omi, clock, { owner: () => owner });
    await second.sender.flush();
    await second.sender.retryNow('user');
    expect(second.sender.waitState().blockedUntil).toBe(Date.parse('2026-03-02T10:00:00Z'));
    expect(omi.arrived('update').map((request) => request.id)).toEqual(['a2']);
    clock.advance(3_540_000);
    await until(() => second.outbox.size() === 0, "key A's change once its Retry-After ends");
    expect(omi.arrived('update').map((request) => request.id)).toEqual(['a2', 'a1']);
  });

  it('drops a refused change, reverts to the server state and reports the refusal', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.refuse.set('a1', { kind: 'locked', message: 'This item is locked on your plan (402).' });
    await box.edit('a1', { kind: 'update', changes: { description: 'New words' } });
    expect(box.outbox.size()).toBe(0);
    expect(box.store.get('a1')?.description).toBe('Renew the insurance');
    expect(box.refusals).toEqual([
      { id: 'a1', action: 'update', error: { kind: 'locked', message: 'This item is locked on your plan (402).' } },
    ]);
  });

  it('forgets an item the server no longer knows when an edit to it is refused with 404', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.items.delete('a2');
    await box.edit('a2', { kind: 'update', changes: { completed: true } });
    expect(box.refusals[0]?.error.kind).toBe('not_found');
    expect(box.store.get('a2')).toBeUndefined();
  });

  it('sends a burst of five edits made while the server is slow in at most two requests', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.hold();
    await box.queue('a1', { kind: 'update', changes: { description: 'v1' } });
    await until(() => omi.heldCount() === 1, 'the first request');
    for (const text of ['v2', 'v3', 'v4', 'v5'])
      await box.queue('a1', { kind: 'update', changes: { description: text } });
    omi.release();
    await box.sender.whenIdle();
    const updates = omi.requests.filter((r) => r.method === 'update');
    expect(updates.length).toBeLessThanOrEqual(2);
    expect(updates.map((r) => r.body)).toEqual([{ description: 'v1' }, { description: 'v5' }]);
    expect(omi.items.get('a1')?.description).toBe('v5');
    expect(box.outbox.size()).toBe(0);
  });

  it('sends nothing more when a burst ends where the in-flight request already put the item', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.hold();
    await box.queue('a1', { kind: 'update', changes: { completed: true } });
    await until(() => omi.heldCount() === 1, 'the first request');
    await box.queue('a1', { kind: 'update', changes: { completed: false } });
    await box.queue('a1', { kind: 'update', changes: { completed: true } });
    omi.release();
    await box.sender.whenIdle();
    expect(omi.count('update')).toBe(1);
  });

  it('says so when the server keeps a due date it was asked to clear, and does not resend', async () => {
    omi.seed([{ id: 'd1', description: 'Dated', dueAt: '2026-03-05T09:00:00Z' }]);
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    await box.edit('d1', { kind: 'update', changes: { dueAt: null, description: 'Dated, renamed' } });
    expect(box.refusals.map((r) => r.error.kind)).toEqual(['cannot_clear_due_date']);
    expect(box.outbox.size()).toBe(0);
    expect(omi.count('update')).toBe(1);
  });

  it('reports a null-only clear the server answers with 422 as a refusal in words', async () => {
    omi.seed([{ id: 'd1', description: 'Dated', dueAt: '2026-03-05T09:00:00Z' }]);
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    await box.edit('d1', { kind: 'update', changes: { dueAt: null } });
    expect(box.refusals[0]?.error.kind).toBe('cannot_clear_due_date');
    expect(box.store.get('d1')?.dueAt).toBe('2026-03-05T09:00:00.000Z');
  });
});

describe('creating items without duplicates', () => {
  it('creates once, and edits made meanwhile follow the item to its server id', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.hold();
    await box.queue('local-1', { kind: 'create', description: 'Buy stamps', dueAt: null });
    await until(() => omi.heldCount() === 1, 'the POST');
    await box.queue('local-1', { kind: 'update', changes: { completed: true } });
    omi.release();
    await box.sender.whenIdle();
    expect(omi.count('create')).toBe(1);
    const serverId = box.outbox.resolve('local-1');
    expect(serverId).not.toBe('local-1');
    expect(omi.items.get(serverId)).toMatchObject({ description: 'Buy stamps', completed: true });
    await box.edit('local-1', { kind: 'update', changes: { description: 'Buy stamps and envelopes' } });
    expect(omi.items.get(serverId)?.description).toBe('Buy stamps and envelopes');
  });

  it('finds the item a lost answer created instead of posting it again', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    omi.mode = 'lose_answers';
    await box.edit('local-1', { kind: 'create', description: 'Book the train', dueAt: null });
    expect(omi.count('create')).toBe(1);
    expect(box.outbox.get('local-1')?.create?.uncertain).toBe(true);
    omi.mode = 'up';
    await box.sender.retryNow();
    await afterLateSaveWindow(box);
    expect(omi.count('create')).toBe(1);
    expect(omi.copiesOf('Book the train')).toHaveLength(1);
    expect(box.outbox.size()).toBe(0);
    expect(omi.items.has(box.outbox.resolve('local-1'))).toBe(true);
  });

  it('finds a lost create in a list of 1,500 open items, where the first page shows only a prefix (issue 17.1)', async () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    // Seeded ids sort before the new item's: a plain page (a prefix by id) never holds it.
    omi.seed(
      Array.from({ length: 1500 }, (_, index) => ({
        id: `seed-${index}`,
        createdAt: new Date(start + index * 60_000).toISOString(),
      })),
    );
    omi.noRateLimits();
    const box = await openOutbox(dir.path, omi, clock);
    omi.mode = 'lose_answers';
    await box.edit('local-1', { kind: 'create', description: 'Book the train', dueAt: null });
    omi.mode = 'up';
    await box.sender.retryNow();
    await afterLateSaveWindow(box);
    expect(omi.count('create')).toBe(1);
    expect(box.outbox.size()).toBe(0);
    expect(omi.items.has(box.outbox.resolve('local-1'))).toBe(true);
  });

  it('keeps an edit queued for the item a lost create made before the lookup recognised it as that create', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'save_late';
    await box.edit('local-1', { kind: 'create', description: 'Book the train', dueAt: null });
    omi.mode = 'up';
    clock.advance(omi.lateSaveMs);
    await settle();
    await box.refresh();
    const [copy] = omi.copiesOf('Book the train');
    const ticked = await box.outbox.apply(copy!.id, { kind: 'update', changes: { completed: true } }, ORIGIN);
    expect(ticked.ok).toBe(true);

    await afterLateSaveWindow(box);

    expect(box.outbox.resolve('local-1')).toBe(copy!.id);
    expect(omi.copiesOf('Book the train')).toMatchObject([{ id: copy!.id, completed: true }]);
    expect(box.outbox.size()).toBe(0);
  });

  it('posts again after a lost attempt when the list shows it never arrived', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    omi.mode = 'offline';
    await box.edit('local-1', { kind: 'create', description: 'Book the train', dueAt: null });
    omi.mode = 'up';
    await box.sender.retryNow();
    await afterLateSaveWindow(box);
    // Two lookups of two GETs each (one short page per list proves it whole): one at once, and, as no
    // answer came at all, one after a late save would show, before posting again.
    expect(omi.count('list')).toBe(4);
    expect(omi.count('create')).toBe(2);
    expect(omi.copiesOf('Book the train')).toHaveLength(1);
  });

  it('does not take an older item with the same words for the lost one', async () => {
    omi.seed([{ id: 'old', description: 'Book the train', createdAt: '2026-01-01T00:00:00Z' }]);
    const box = await openOutbox(dir.path, omi, clock);
    omi.mode = 'offline';
    await box.edit('local-1', { kind: 'create', description: 'Book the train', dueAt: null });
    omi.mode = 'up';
    await box.sender.retryNow();
    await afterLateSaveWindow(box);
    expect(omi.count('create')).toBe(2);
    expect(box.outbox.resolve('local-1')).not.toBe('old');
  });

  it('checks after a restart when the app stopped before the POST was answered', async () => {
    const first = await openOutbox(dir.path, omi, clock);
    omi.hold();
    await first.queue('local-1', { kind: 'create', description: 'Water the plants', dueAt: null });
    await until(() => omi.heldCount() === 1, 'the POST');
    // The app dies here: the POST reaches the server, its answer never reaches us.
    first.disconnect();
    omi.mode = 'lose_answers';
    omi.release();
    await first.sender.whenIdle();
    omi.mode = 'up';
    const second = await openOutbox(dir.path, omi, clock);
    await second.sender.flush();
    await afterLateSaveWindow(second);
    expect(omi.count('create')).toBe(1);
    expect(second.outbox.size()).toBe(0);
  });
});

describe('deleting with undo', () => {
  it('waits for the undo window before sending the delete', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    await box.edit('a1', { kind: 'delete', notBefore: clock.now() + 5000, description: 'Renew the insurance' });
    expect(omi.count('remove')).toBe(0);
    clock.advance(4999);
    await box.sender.whenIdle();
    expect(omi.count('remove')).toBe(0);
    clock.advance(1);
    await until(() => omi.count('remove') === 1, 'the delete');
    await box.sender.whenIdle();
    expect(omi.items.has('a1')).toBe(false);
    expect(box.outbox.size()).toBe(0);
  });

  it('sends nothing when the delete is undone inside the window', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    await box.edit('a1', { kind: 'delete', notBefore: clock.now() + 5000, description: 'Renew the insurance' });
    await box.outbox.apply('a1', { kind: 'undoDelete' }, 'x');
    clock.advance(10_000);
    await box.sender.whenIdle();
    expect(omi.count('remove')).toBe(0);
    expect(omi.items.has('a1')).toBe(true);
  });

  it('ends a local create and its delete without any request', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    omi.mode = 'rate_limited';
    await box.edit('local-1', { kind: 'create', description: 'Typo item', dueAt: null });
    omi.mode = 'up';
    await box.outbox.apply(
      'local-1',
      { kind: 'delete', notBefore: clock.now() + 5000, description: 'Typo item' },
      ORIGIN,
    );
    // The 429 asked for 30 s: not even a delete that needs no request is settled before then.
    clock.advance(30_000);
    await until(() => box.outbox.size() === 0, 'the delete of an unsent item');
    expect(omi.count('create')).toBe(1);
    expect(omi.items.size).toBe(2);
    expect(box.outbox.size()).toBe(0);
  });

  it('deletes an item whose create answer was lost: the lookup finds it and the delete goes to its server id', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    omi.mode = 'lose_answers';
    await box.edit('local-1', { kind: 'create', description: 'Book the train', dueAt: null });
    expect(box.outbox.get('local-1')?.create?.uncertain).toBe(true);
    omi.mode = 'up';
    await box.outbox.apply(
      'local-1',
      { kind: 'delete', notBefore: clock.now() + 5000, description: 'Book the train' },
      ORIGIN,
    );
    clock.advance(5000);
    await afterLateSaveWindow(box);
    await until(() => box.outbox.size() === 0, 'the delete of the found item');
    expect(omi.count('create')).toBe(1);
    expect(omi.count('remove')).toBe(1);
    expect(omi.copiesOf('Book the train')).toHaveLength(0);
  });

  it('ends the delete of a create the list shows never arrived without sending anything', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    omi.mode = 'offline';
    await box.edit('local-1', { kind: 'create', description: 'Book the train', dueAt: null });
    expect(box.outbox.get('local-1')?.create?.uncertain).toBe(true);
    omi.mode = 'up';
    await box.outbox.apply(
      'local-1',
      { kind: 'delete', notBefore: clock.now() + 5000, description: 'Book the train' },
      ORIGIN,
    );
    clock.advance(5000);
    await afterLateSaveWindow(box);
    await until(() => box.outbox.size() === 0, 'the delete of an item that never arrived');
    expect(omi.arrived('create')).toHaveLength(0);
    expect(omi.count('remove')).toBe(0);
    expect(omi.items.size).toBe(2);
  });

  it('sends deletes the user did not undo when quitting inside the window', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    await box.edit('a1', { kind: 'delete', notBefore: clock.now() + 5000, description: 'Renew the insurance' });
    await box.edit('a2', { kind: 'delete', notBefore: clock.now() + 5000, description: 'Call Ana' });
    await box.outbox.apply('a2', { kind: 'undoDelete' }, 'x');
    await box.sender.sendDeletesBeforeQuit(3000);
    expect(omi.requests.filter((r) => r.method === 'remove').map((r) => r.id)).toEqual(['a1']);
    expect(omi.items.has('a2')).toBe(true);
  });

  it('keeps a delete that could not be sent before quitting, and sends it on the next start', async () => {
    const first = await openOutbox(dir.path, omi, clock);
    await first.refresh();
    await first.edit('a1', { kind: 'delete', notBefore: clock.now() + 5000, description: 'Renew the insurance' });
    omi.hold();
    const quitting = first.sender.sendDeletesBeforeQuit(3000);
    await until(() => omi.heldCount() === 1, 'the DELETE');
    clock.advance(3000);
    await quitting;
    expect(first.outbox.size()).toBe(1);
    // The request answered after the app was gone.
    first.disconnect();
    omi.mode = 'lose_answers';
    omi.release();
    await first.sender.whenIdle();
    omi.mode = 'up';
    const second = await openOutbox(dir.path, omi, clock);
    clock.advance(5000);
    await second.sender.flush();
    expect(second.outbox.size()).toBe(0);
    expect(second.refusals).toEqual([]);
    expect(omi.items.has('a1')).toBe(false);
  });
});
