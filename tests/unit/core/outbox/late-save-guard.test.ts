/**
 * Issue 17, item 3: the guard against a PATCH saved late lasts until that PATCH can no longer land,
 * whatever later request of the item is answered meanwhile (also across a restart).
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

describe('the late-save guard of an unanswered PATCH', () => {
  it('outlives an answered retry: a newer edit made right after still wins over the late save', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'save_late';
    omi.lateSaveMs = 60_000;
    await box.edit('a2', { kind: 'update', changes: { description: 'Call Ana at 5' } });
    omi.mode = 'up';
    // The retry of the same words is answered: the entry leaves, the first PATCH may still land.
    await passTime(clock, box, 5_000);
    expect(omi.items.get('a2')?.description).toBe('Call Ana at 5');
    expect(box.outbox.size()).toBe(0);
    await box.edit('a2', { kind: 'update', changes: { description: 'Call Ana at 6' } });
    for (let second = 0; second < 5 * 60; second += 5) await passTime(clock, box, 5_000);
    expect(omi.items.get('a2')?.description).toBe('Call Ana at 6');
    expect(box.outbox.size()).toBe(0);
  });

  it('outlives a newer edit that was answered, and a restart', async () => {
    const first = await openOutbox(dir.path, omi, clock);
    await first.refresh();
    omi.mode = 'save_late';
    omi.lateSaveMs = 90_000;
    await first.edit('a1', { kind: 'update', changes: { completed: true } });
    omi.mode = 'up';
    await passTime(clock, first, 5_000);
    expect(first.outbox.size()).toBe(0);
    first.sender.stop();
    const second = await openOutbox(dir.path, omi, clock);
    await second.refresh();
    await second.edit('a1', { kind: 'update', changes: { completed: false } });
    for (let second_ = 0; second_ < LATE_SAVE_MS / 1000 + 60; second_ += 5) await passTime(clock, second, 5_000);
    expect(omi.items.get('a1')?.completed).toBe(false);
    expect(second.outbox.size()).toBe(0);
  });
});
