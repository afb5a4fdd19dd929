/**
 * Issue 17, item 9: one change Omi keeps answering with server trouble backs off on its own; the
 * changes of other items still go. A server in trouble for everything still costs few requests.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../support/fake-clock';
import { FakeOmi, WRITE_SCOPES } from '../support/fake-omi-api';
import { KEY, openOutbox, TWO_ITEMS } from '../support/outbox-fixture';
import { serverFixture } from '../support/server-fixture';
import { settle } from '../support/until';

let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
let omi: FakeOmi;

beforeEach(
  async () =>
    void ({ dir, clock, omi } = await serverFixture(KEY, WRITE_SCOPES, [
      ...TWO_ITEMS,
      { id: 'a3', description: 'Water the plants' },
    ])),
);
afterEach(() => dir.remove());

async function passTime(box: { sender: { whenIdle(): Promise<void> } }, ms: number): Promise<void> {
  clock.advance(ms);
  await settle();
  await box.sender.whenIdle();
}

const troubleWithA1 = () => ({
  kind: 'server' as const,
  message: "Omi's server had a problem (HTTP 500). Try again in a moment.",
});

describe('a change Omi keeps refusing with server trouble', () => {
  it('does not hold the changes of other items queued after it', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.refuse.set('a1', troubleWithA1);
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    await box.edit('a2', { kind: 'update', changes: { description: 'Call Ana at 5' } });
    await box.edit('a3', { kind: 'update', changes: { completed: true } });
    await passTime(box, 1_000);
    expect(omi.items.get('a2')?.description).toBe('Call Ana at 5');
    expect(omi.items.get('a3')?.completed).toBe(true);
    expect(box.outbox.list().map((entry) => entry.key)).toEqual(['a1']);
    expect(box.sender.waitState().error?.message).toMatch(/server had a problem/);
  });

  it('retries that change alone with a growing backoff, and sends it once Omi takes it', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.refuse.set('a1', troubleWithA1);
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    for (let second = 0; second < 60; second += 1) await passTime(box, 1_000);
    // 2 s, 4 s, 8 s, 16 s, 32 s: six tries in the first minute, not sixty.
    expect(omi.count('update')).toBeLessThanOrEqual(6);
    omi.refuse.delete('a1');
    for (let second = 0; second < 120; second += 1) await passTime(box, 1_000);
    expect(omi.items.get('a1')?.completed).toBe(true);
    expect(box.outbox.size()).toBe(0);
  });

  it('backs everything off when two changes in a row meet server trouble', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'server';
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    await box.edit('a2', { kind: 'update', changes: { completed: true } });
    await box.edit('a3', { kind: 'update', changes: { completed: true } });
    for (let second = 0; second < 60; second += 1) await passTime(box, 1_000);
    expect(omi.count('update')).toBeLessThanOrEqual(14);
    omi.mode = 'up';
    for (let second = 0; second < 6 * 60; second += 1) await passTime(box, 1_000);
    expect(box.outbox.size()).toBe(0);
  });
});
