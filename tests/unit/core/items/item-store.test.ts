import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ItemStore } from '../../../../electron/core/items/item-store';
import { itemsFile } from '../../../../electron/core/items/items-file';
import { recordingLogger } from '../../../doubles/recording-logger';
import type { FakeClock } from '../support/fake-clock';
import { folderAndClock } from '../support/temp-dir';
import { actionItem as item } from '../../support/items';

const ORIGIN = 'https://api.omi.test';
let dir: { path: string; remove: () => Promise<void> };
let clock: FakeClock;
beforeEach(async () => void ({ dir, clock } = await folderAndClock()));
afterEach(() => dir.remove());

function open(warnings: string[] = []) {
  return new ItemStore({
    file: itemsFile(join(dir.path, 'items.json'), { onCorrupt: (message) => warnings.push(message) }),
    clock,
    logger: recordingLogger().logger,
  });
}

describe('the item store', () => {
  it('keeps the last list for the next start, for the same API only', async () => {
    const store = open();
    await store.load(ORIGIN);
    store.replaceAll([item('a1'), item('a2')], clock.now());
    await store.save();
    const again = open();
    await again.load(ORIGIN);
    expect(
      again
        .all()
        .map((i) => i.id)
        .sort(),
    ).toEqual(['a1', 'a2']);
    expect(again.lastFetchedAt()).toBeNull();
    const other = open();
    await other.load('https://other.example');
    expect(other.all()).toEqual([]);
  });

  it('moves a corrupt items.json aside with a warning and starts empty', async () => {
    // A bad item alone is left out (long-descriptions.test.ts); a file of the wrong shape is set aside.
    await writeFile(
      join(dir.path, 'items.json'),
      JSON.stringify({ version: 1, origin: ORIGIN, fetchedAt: null, items: { id: 3 } }),
      'utf8',
    );
    const warnings: string[] = [];
    const store = open(warnings);
    await store.load(ORIGIN);
    expect(store.all()).toEqual([]);
    expect(warnings[0]).toMatch(/items\.json could not be read/);
    expect((await readdir(dir.path)).some((name) => name.startsWith('items.json.corrupt-'))).toBe(true);
  });

  it('does not let a list that left before a confirmed edit undo that edit', async () => {
    const store = open();
    await store.load(ORIGIN);
    const listLeft = clock.now();
    clock.advance(100);
    store.upsert(item('a1', { completed: true, updatedAt: '2026-03-02T09:00:00Z' }));
    store.remove('a2');
    store.replaceAll([item('a1'), item('a2')], listLeft);
    expect(store.get('a1')?.completed).toBe(true);
    expect(store.get('a2')).toBeUndefined();
  });

  it('takes a later list as the truth', async () => {
    const store = open();
    await store.load(ORIGIN);
    store.upsert(item('a1', { completed: true }));
    clock.advance(100);
    store.replaceAll([item('a1', { completed: false, updatedAt: '2026-03-02T10:00:00Z' })], clock.now());
    expect(store.get('a1')?.completed).toBe(false);
  });
});
