/**
 * The pending-edits file under faults (defects 5 and 13): a passing read error, one that lasts,
 * temp files a killed process left, and the notice for a file that could not be used.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../../../electron/core/outbox/outbox';
import { outboxFile } from '../../../../electron/core/outbox/outbox-file';
import type { FakeClock } from '../support/fake-clock';
import { folderAndClock } from '../support/temp-dir';

let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;

beforeEach(async () => void ({ dir, clock } = await folderAndClock()));
afterEach(() => dir.remove());

const ORIGIN = 'https://api.omi.test';
const path = () => join(dir.path, 'outbox.json');
const busy = () => Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });

function open(options: { failReads?: number; failWrites?: number; warnings?: string[]; cannotMove?: boolean } = {}) {
  let failures = options.failReads ?? 0;
  let writeFailures = options.failWrites ?? 0;
  const file = outboxFile(path(), {
    onCorrupt: (message) => options.warnings?.push(message),
    now: () => clock.now(),
    pause: () => Promise.resolve(),
    ...(options.cannotMove
      ? { moveFile: () => Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM' })) }
      : {}),
    readText: (at) => {
      if (failures > 0) {
        failures -= 1;
        return Promise.reject(busy());
      }
      return readFile(at, 'utf8');
    },
  });
  // A write that fails as a rename does when another write of the same temp file moved it first.
  const write = file.write.bind(file);
  file.write = (value) => {
    if (writeFailures <= 0) return write(value);
    writeFailures -= 1;
    return Promise.reject(Object.assign(new Error('ENOENT: no such file or directory, rename'), { code: 'ENOENT' }));
  };
  return new Outbox({ file, clock, serverItem: () => undefined });
}

async function twoEditsOnDisk(): Promise<string> {
  const first = open();
  await first.load();
  await first.apply('a1', { kind: 'update', changes: { completed: true } }, ORIGIN);
  await first.apply('a2', { kind: 'update', changes: { description: 'Call Ana at 5' } }, ORIGIN);
  return readFile(path(), 'utf8');
}

describe('outbox.json under faults', () => {
  it('keeps the pending edits when the first read meets a passing EBUSY (defect 5)', async () => {
    await twoEditsOnDisk();
    const outbox = open({ failReads: 1 });
    await outbox.load();
    expect(outbox.list().map((entry) => entry.key)).toEqual(['a1', 'a2']);
  });

  it('never writes over a file it could not read: it is kept aside, and the notice says unsent edits may be in it (defect 5)', async () => {
    const before = await twoEditsOnDisk();
    const warnings: string[] = [];
    const outbox = open({ failReads: 100, warnings });
    await outbox.load();
    await outbox.apply('a3', { kind: 'update', changes: { completed: true } }, ORIGIN);
    const kept = (await readdir(dir.path)).filter((name) => name.startsWith('outbox.json.unreadable-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dir.path, kept[0] ?? ''), 'utf8')).toBe(before);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^outbox\.json could not be read \(EBUSY\); it may hold unsent edits, which were not sent\. It was kept as /,
      ),
    ]);
  });

  it('takes the edits of a file kept aside back into the queue once it reads again, older than those made since', async () => {
    await twoEditsOnDisk();
    const unreadable = open({ failReads: 100 });
    await unreadable.load();
    await unreadable.apply('a3', { kind: 'update', changes: { completed: true } }, ORIGIN);
    await unreadable.apply('a2', { kind: 'update', changes: { completed: true } }, ORIGIN);

    const warnings: string[] = [];
    const outbox = open({ warnings });
    await outbox.load();
    expect(outbox.list().map((entry) => [entry.key, entry.changes])).toEqual([
      ['a1', { completed: true }],
      ['a2', { description: 'Call Ana at 5', completed: true }],
      ['a3', { completed: true }],
    ]);
    expect((await readdir(dir.path)).filter((name) => name.includes('unreadable'))).toEqual([]);
    expect(warnings).toEqual([
      'The changes waiting to sync that could not be read at an earlier start can be read again: 2 unsent edits are back in the queue and will be sent.',
    ]);
    const again = open();
    await again.load();
    expect(again.size()).toBe(3);
  });

  it("leaves a kept file of another server's edits aside", async () => {
    await twoEditsOnDisk();
    const unreadable = open({ failReads: 100 });
    await unreadable.load();
    await unreadable.apply('b1', { kind: 'update', changes: { completed: true } }, 'https://omi.example.org');
    const next = open();
    await next.load();
    expect(next.list().map((entry) => entry.key)).toEqual(['b1']);
    expect((await readdir(dir.path)).filter((name) => name.includes('unreadable'))).toHaveLength(1);
  });

  it('refuses new edits in words when the unreadable file cannot even be moved aside', async () => {
    const before = await twoEditsOnDisk();
    const outbox = open({ failReads: 100, cannotMove: true });
    await expect(outbox.load()).rejects.toThrow(/will not write over it/);
    const refused = await outbox.apply('a3', { kind: 'update', changes: { completed: true } }, ORIGIN);
    expect(!refused.ok && refused.error.message).toMatch(
      /cannot keep this change safely: outbox\.json could not be read/,
    );
    expect(await readFile(path(), 'utf8')).toBe(before);
  });

  it('writes an edit again when its first write fails, and keeps it', async () => {
    const outbox = open();
    await outbox.load();
    const failing = open({ failWrites: 1 });
    await failing.load();

    const made = await failing.apply('a1', { kind: 'update', changes: { completed: true } }, ORIGIN);

    expect(made.ok).toBe(true);
    await outbox.load();
    expect(outbox.list()).toMatchObject([{ key: 'a1', changes: { completed: true } }]);
  });

  it('refuses an edit it cannot write to disk, and keeps nothing of it to send later', async () => {
    const before = await twoEditsOnDisk();
    const failing = open({ failWrites: 2 });
    await failing.load();

    const refused = await failing.apply('a3', { kind: 'delete', notBefore: 0, description: 'Pay the rent' }, ORIGIN);

    expect(!refused.ok && refused.error.message).toMatch(/could not save this change/);
    expect(failing.list().map((entry) => entry.key)).toEqual(['a1', 'a2']);
    await failing.save();
    expect(await readFile(path(), 'utf8')).toBe(before);
  });

  it('removes temp files a killed process left behind (defect 13)', async () => {
    await twoEditsOnDisk();
    await writeFile(join(dir.path, 'outbox.json.4242.tmp'), '{"half": ', 'utf8');
    await writeFile(join(dir.path, 'outbox.json.4343.tmp'), '', 'utf8');
    await mkdir(join(dir.path, 'keep'), { recursive: true });
    const outbox = open();
    await outbox.load();
    expect((await readdir(dir.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(outbox.size()).toBe(2);
  });

  it('says how many unsent edits a file that does not validate held, and where it was kept (defect 13)', async () => {
    const stored = JSON.parse(await twoEditsOnDisk()) as { version: number };
    await writeFile(path(), JSON.stringify({ ...stored, version: 7 }), 'utf8');
    const warnings: string[] = [];
    const outbox = open({ warnings });
    await outbox.load();
    expect(outbox.size()).toBe(0);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^outbox\.json could not be read \(.*\); it held 2 unsent edits, which were not sent\. It was moved to .*outbox\.json\.corrupt-/s,
      ),
    ]);
  });
});
