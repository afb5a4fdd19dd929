/**
 * Add keeps two things: the new item (in the outbox) and which suggestion and conversation it came
 * from (suggestions.json). The app killed between those writes must, once started again, hold
 * either both (the item once, its conversation known, the suggestion gone) or neither (no item, the
 * suggestion offered again): never an item without its conversation beside its suggestion.
 *
 * The kill: once the chosen file has been written, the data folder is copied as it is on disk at
 * that moment, and every later write to the old folder never finishes (the old core is dead). A new
 * core starts on the copy.
 */
import { cpSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../unit/core/support/temp-dir';
import { until } from '../../unit/core/support/until';
import { heardApp, whenDone, type HeardApp } from './heard-app';

const disk = vi.hoisted(() => ({
  /** After this file (by name) is written with these words in it, the folder is copied and frozen. */
  killAfter: null as { file: string; holding: string; copyTo: string } | null,
  frozen: new Set<string>(),
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const never = () => new Promise<never>(() => undefined);
  const isFrozen = (path: unknown) => disk.frozen.has(dirname(String(path)));
  return {
    ...real,
    open: ((path, ...rest) => (isFrozen(path) ? never() : real.open(path, ...rest))) as typeof real.open,
    writeFile: ((path, ...rest) => (isFrozen(path) ? never() : real.writeFile(path, ...rest))) as typeof real.writeFile,
    unlink: ((path) => (isFrozen(path) ? never() : real.unlink(path))) as typeof real.unlink,
    rename: (async (from, to) => {
      if (isFrozen(to)) return never();
      await real.rename(from, to);
      const kill = disk.killAfter;
      if (kill && basename(String(to)) === kill.file && readFileSync(String(to), 'utf8').includes(kill.holding)) {
        disk.killAfter = null;
        cpSync(dirname(String(to)), kill.copyTo, { recursive: true });
        disk.frozen.add(dirname(String(to)));
        return never();
      }
    }) as typeof real.rename,
  };
});

const WORDS = 'Send the budget to Ana';
const CONVERSATION = 'conv-planning';

/** An app that offers one suggestion from one conversation, and its key. */
async function offering(): Promise<{ app: HeardApp; key: string }> {
  const app = await heardApp({
    conversations: [
      {
        id: CONVERSATION,
        title: 'Quarterly planning',
        created_at: '2026-03-02T07:00:00.000000Z',
        action_items: [{ description: WORDS }],
      },
    ],
  });
  app.core.trayClicked();
  await app.settled();
  const [suggestion] = app.core.snapshot().suggestions.items;
  expect(suggestion?.words).toBe(WORDS);
  return { app, key: suggestion!.key };
}

/** Adds the suggestion and kills the app once `file` was written with the suggestion in it; starts a new one. */
async function killedDuringAdd(file: string, holding: string): Promise<HeardApp> {
  const { app, key } = await offering();
  const copy = await tempDir();
  whenDone(copy.remove);
  disk.killAfter = { file, holding, copyTo: copy.path };
  void app.core.handlers['suggestions:add']({ key });
  await until(() => disk.killAfter === null, `the write of ${file}`);
  app.killed();
  const again = await app.restart(copy.path);
  // The outbox sends what it kept (checking first for a create that may have left); then a look
  // reads the conversations again.
  await again.clock.run(10 * 60_000);
  again.core.trayClicked();
  await again.settled();
  return again;
}

function madeOnOmi(app: HeardApp): number {
  return app.fake.items().filter((item) => item.description === WORDS).length;
}

/** The item (in the checklist, with its conversation) and no suggestion; or the suggestion and no item. */
function expectBothOrNeither(app: HeardApp): void {
  const items = app.core.snapshot().items.filter((item) => item.description === WORDS);
  const offered = app.core.snapshot().suggestions.items.filter((suggestion) => suggestion.words === WORDS);
  if (items.length > 0) {
    expect(items.map((item) => item.conversationId)).toEqual([CONVERSATION]);
    expect(offered).toEqual([]);
    expect(madeOnOmi(app)).toBeLessThanOrEqual(1);
  } else {
    expect(madeOnOmi(app)).toBe(0);
    expect(offered).toHaveLength(1);
  }
}

describe('an Add the app was killed in the middle of', () => {
  it('once the outbox kept the create: the item is made once, knows its conversation, and the suggestion is gone', async () => {
    const app = await killedDuringAdd('outbox.json', WORDS);
    expect(madeOnOmi(app)).toBe(1);
    expectBothOrNeither(app);
  });

  it('once suggestions.json kept the decision: the item and the suggestion are both kept, or neither', async () => {
    const app = await killedDuringAdd('suggestions.json', CONVERSATION);
    expectBothOrNeither(app);
  });
});
