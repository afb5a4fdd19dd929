/**
 * Issue 17, item 6: Omi sets no maximum on a description. A delete of an item with a very long one
 * keeps a shortened copy for the undo line, and outbox.json and items.json are read entry by entry:
 * one that cannot be read is left out (and said in words), never the whole file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNDO_LINE_MAX } from '../../../../electron/core/outbox/outbox-entry';
import { FakeClock } from '../support/fake-clock';
import { FakeOmi, WRITE_SCOPES } from '../support/fake-omi-api';
import { KEY, ORIGIN, openOutbox, TWO_ITEMS } from '../support/outbox-fixture';
import { serverFixture } from '../support/server-fixture';

let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
let omi: FakeOmi;
const LONG = `Meeting notes: ${'and then we talked about the budget again, '.repeat(130)}`;

beforeEach(
  async () =>
    void ({ dir, clock, omi } = await serverFixture(KEY, WRITE_SCOPES, [
      ...TWO_ITEMS,
      { id: 'long', description: LONG },
    ])),
);
afterEach(() => dir.remove());

describe('a description longer than the files used to allow', () => {
  it('a delete of such an item survives a restart with a short undo line, and nothing is set aside', async () => {
    expect(LONG.length).toBeGreaterThan(4_000);
    const first = await openOutbox(dir.path, omi, clock);
    await first.refresh();
    await first.store.save();
    omi.mode = 'offline';
    const deleted = await first.outbox.apply(
      'long',
      { kind: 'delete', notBefore: clock.now() + 5_000, description: LONG },
      ORIGIN,
    );
    expect(deleted.ok).toBe(true);
    await first.edit('a1', { kind: 'update', changes: { completed: true } });
    first.sender.stop();

    const second = await openOutbox(dir.path, omi, clock);
    expect(second.warnings).toEqual([]);
    expect(second.outbox.list().map((entry) => entry.key)).toEqual(['long', 'a1']);
    const words = second.outbox.get('long')?.delete?.description ?? '';
    expect([...words].length).toBeLessThanOrEqual(UNDO_LINE_MAX);
    expect(LONG.startsWith(words.slice(0, -1))).toBe(true);
    expect(second.store.get('long')?.description).toBe(LONG);
  });
});

describe('files read entry by entry', () => {
  it('keeps the readable changes of outbox.json and says how many were left out', async () => {
    const first = await openOutbox(dir.path, omi, clock);
    await first.refresh();
    omi.mode = 'offline';
    await first.edit('a1', { kind: 'update', changes: { completed: true } });
    await first.edit('a2', { kind: 'update', changes: { description: 'Call Ana at 5' } });
    first.sender.stop();
    const path = join(dir.path, 'outbox.json');
    const stored = JSON.parse(await readFile(path, 'utf8')) as { entries: Record<string, unknown>[] };
    stored.entries[0] = { ...stored.entries[0], seq: 'not a number' };
    await writeFile(path, JSON.stringify(stored));

    const second = await openOutbox(dir.path, omi, clock);
    expect(second.outbox.list().map((entry) => entry.key)).toEqual(['a2']);
    expect(second.warnings).toEqual([expect.stringMatching(/1 unsent change that could not be read; it was left out/)]);
  });

  it('keeps the readable items of items.json when one cannot be read', async () => {
    const first = await openOutbox(dir.path, omi, clock);
    await first.refresh();
    await first.store.save();
    first.sender.stop();
    const path = join(dir.path, 'items.json');
    const stored = JSON.parse(await readFile(path, 'utf8')) as { items: Record<string, unknown>[] };
    stored.items[0] = { ...stored.items[0], completed: 'yes' };
    await writeFile(path, JSON.stringify(stored));

    const second = await openOutbox(dir.path, omi, clock);
    expect(second.store.all()).toHaveLength(2);
    expect(second.warnings).toEqual([expect.stringMatching(/1 item that could not be read/)]);
  });
});
