/**
 * Issue 17, item 7: a write answered 5xx (a gateway's 502/504 HTML page, any 5xx) may come after
 * Omi acted, so it is treated like a timeout: a PATCH is guarded against its late save, a create is
 * looked for (after a late save could show) before it is posted again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATE_SAVE_MS } from '../../../../electron/core/outbox/late-saves';
import { FakeClock } from '../support/fake-clock';
import { FakeOmi, WRITE_SCOPES } from '../support/fake-omi-api';
import { KEY, openOutbox, passTime, TWO_ITEMS } from '../support/outbox-fixture';
import { serverFixture } from '../support/server-fixture';

let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
let omi: FakeOmi;

beforeEach(async () => void ({ dir, clock, omi } = await serverFixture(KEY, WRITE_SCOPES, TWO_ITEMS)));
afterEach(() => dir.remove());

describe('a write answered by a gateway error', () => {
  it('a PATCH answered 504 and saved late does not undo the newer edit made after it', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'gateway_late';
    omi.lateSaveMs = 60_000;
    await box.edit('a2', { kind: 'update', changes: { description: 'Call Ana at 5' } });
    omi.mode = 'up';
    await box.edit('a2', { kind: 'update', changes: { description: 'Call Ana at 6' } });
    for (let second = 0; second < 5 * 60; second += 5) await passTime(clock, box, 5_000);
    expect(omi.items.get('a2')?.description).toBe('Call Ana at 6');
    expect(box.outbox.size()).toBe(0);
  });

  it('a create answered 504 and saved late is found, not posted twice', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'gateway_late';
    omi.lateSaveMs = 30_000;
    await box.edit('local-1', { kind: 'create', description: 'Book the train', dueAt: null });
    omi.mode = 'up';
    for (let second = 0; second < 10 * 60; second += 5) await passTime(clock, box, 5_000);
    expect(omi.copiesOf('Book the train')).toHaveLength(1);
    expect(omi.count('create')).toBe(1);
    expect(box.outbox.size()).toBe(0);
  });

  it('a create Omi saved before a gateway answered 502 is found, not posted twice', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'gateway_after_acting';
    await box.edit('local-1', { kind: 'create', description: 'Book the train', dueAt: null });
    omi.mode = 'up';
    await passTime(clock, box, LATE_SAVE_MS);
    expect(omi.copiesOf('Book the train')).toHaveLength(1);
    expect(box.outbox.resolve('local-1')).toBe(omi.copiesOf('Book the train')[0]?.id);
  });
});
