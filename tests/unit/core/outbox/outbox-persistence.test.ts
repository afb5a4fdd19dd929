import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../support/fake-clock';
import { FakeOmi, WRITE_SCOPES } from '../support/fake-omi-api';
import { KEY, openOutbox } from '../support/outbox-fixture';
import { serverFixture } from '../support/server-fixture';

let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
let omi: FakeOmi;

beforeEach(async () => {
  ({ dir, clock, omi } = await serverFixture(KEY, WRITE_SCOPES, [
    { id: 'a1', description: 'Renew the insurance', dueAt: '2026-03-04T09:00:00Z' },
  ]));
});
afterEach(() => dir.remove());

describe('the outbox across restarts', () => {
  it('keeps merged edits made offline and a new instance on the same folder sends them exactly once', async () => {
    const first = await openOutbox(dir.path, omi, clock);
    await first.refresh();
    omi.mode = 'offline';
    await first.edit('a1', { kind: 'update', changes: { completed: true } });
    await first.edit('a1', { kind: 'update', changes: { description: 'Renew the car insurance', dueAt: null } });
    first.sender.stop();

    omi.mode = 'up';
    const second = await openOutbox(dir.path, omi, clock);
    expect(second.outbox.list().map((entry) => entry.changes)).toEqual([
      { completed: true, description: 'Renew the car insurance', dueAt: null },
    ]);
    await second.sender.flush();
    const third = await openOutbox(dir.path, omi, clock);
    await third.sender.flush();

    expect(omi.arrived('update').map((request) => request.body)).toEqual([
      { completed: true, description: 'Renew the car insurance', dueAt: null },
    ]);
    expect(third.outbox.size()).toBe(0);
  });

  it('does not resend after a restart what the server already confirmed', async () => {
    const first = await openOutbox(dir.path, omi, clock);
    await first.refresh();
    await first.edit('a1', { kind: 'update', changes: { completed: true } });
    await first.outbox.save();
    const second = await openOutbox(dir.path, omi, clock);
    await second.sender.flush();
    expect(omi.count('update')).toBe(1);
  });

  it('keeps a pending delete and its undo window across a restart', async () => {
    const first = await openOutbox(dir.path, omi, clock);
    await first.refresh();
    await first.edit('a1', { kind: 'delete', notBefore: clock.now() + 5000, description: 'Renew the insurance' });
    first.sender.stop();
    const second = await openOutbox(dir.path, omi, clock);
    await second.sender.flush();
    expect(omi.count('remove')).toBe(0);
    clock.advance(5000);
    await second.sender.whenIdle();
    expect(omi.arrived('remove').map((request) => request.id)).toEqual(['a1']);
  });

  it('moves a corrupt outbox.json aside with a warning and starts empty', async () => {
    await writeFile(join(dir.path, 'outbox.json'), '{"version":1,"entries":[{"key":', 'utf8');
    const box = await openOutbox(dir.path, omi, clock);
    expect(box.outbox.size()).toBe(0);
    expect(box.warnings).toHaveLength(1);
    expect(box.warnings[0]).toMatch(/outbox\.json could not be read .*moved to .*outbox\.json\.corrupt-/);
    const { readdir } = await import('node:fs/promises');
    const aside = (await readdir(dir.path)).find((name) => name.startsWith('outbox.json.corrupt-'));
    expect(aside && (await readFile(join(dir.path, aside), 'utf8'))).toContain('"entries"');
  });

  it('moves aside an outbox.json whose shape does not validate (a bad entry alone is left out: long-descriptions.test.ts)', async () => {
    await writeFile(
      join(dir.path, 'outbox.json'),
      JSON.stringify({ version: 1, origin: null, entries: { a1: { key: 'a1' } }, aliases: {} }),
      'utf8',
    );
    const box = await openOutbox(dir.path, omi, clock);
    expect(box.outbox.size()).toBe(0);
    expect(box.warnings[0]).toMatch(/outbox\.json could not be read/);
  });

  it('never writes the key into its files', async () => {
    const box = await openOutbox(dir.path, omi, clock);
    await box.refresh();
    omi.mode = 'offline';
    await box.edit('a1', { kind: 'update', changes: { completed: true } });
    await box.edit('local-1', { kind: 'create', description: 'New', dueAt: null });
    await box.outbox.save();
    await box.store.save();
    for (const name of ['outbox.json', 'items.json'])
      expect(await readFile(join(dir.path, name), 'utf8')).not.toContain(KEY);
  });
});
