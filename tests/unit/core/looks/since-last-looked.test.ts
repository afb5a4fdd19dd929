/**
 * "Since you last looked" through the whole core: the list last seen is kept across restarts, the
 * changes made on Omi's side are counted, the app's own are not, and another key compares nothing.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOOK_MS } from '../../../../electron/core/looks/since-last-looked';
import type { AppSnapshot } from '../../../../electron/shared/app-state';
import { appFixture, type AppFixture } from '../support/app-fixture';
import { WRITE_SCOPES } from '../support/fake-omi-api';
import { API_BASE, type TestApp } from '../support/test-platform';
import { settle, until } from '../support/until';

const KEY = 'omi_dev_SECRET_looks_key_0001';
const OTHER = 'omi_dev_SECRET_other_person_0002';

let fixture: AppFixture;

beforeEach(async () => {
  fixture = await appFixture(KEY, WRITE_SCOPES, [
    { id: 'a1', description: 'Send the contract to Ana' },
    { id: 'a2', description: 'Renew the car insurance', dueAt: '2026-12-09T09:00:00.000Z' },
    { id: 'a3', description: 'Water the plants' },
  ]);
  fixture.secrets.values.set(API_BASE, KEY);
});
afterEach(() => fixture.close());

async function idle(app: TestApp): Promise<AppSnapshot> {
  for (let turn = 0; turn < 3; turn++) {
    await settle();
    fixture.clock.advance(0);
  }
  return app.core.snapshot();
}

async function started(): Promise<TestApp> {
  const app = fixture.build();
  await app.core.start();
  await until(() => app.core.snapshot().sync.status === 'ok', 'the first refresh');
  await idle(app);
  return app;
}

async function restarted(app: TestApp): Promise<TestApp> {
  await app.core.shutdown();
  return started();
}

/** Another device: ticks one, deletes one, adds one, moves a due date. */
function changedElsewhere(): void {
  fixture.omi.items.set('a1', { ...fixture.omi.items.get('a1')!, completed: true });
  fixture.omi.items.delete('a3');
  fixture.omi.seed([{ id: 'b1', description: 'Book the train' }]);
  fixture.omi.items.set('a2', { ...fixture.omi.items.get('a2')!, dueAt: '2026-12-10T09:00:00.000Z' });
}

describe('since you last looked', () => {
  it('shows nothing on a first run, and keeps the list for the next one', async () => {
    const app = await started();
    expect(app.core.snapshot().sinceLastLooked).toBeNull();
    await app.core.shutdown();
    expect(await readdir(fixture.dir.path)).toContain('last-look.json');
  });

  it('counts what changed on Omi’s side after a restart, in words', async () => {
    const app = await restarted(await started());
    expect(app.core.snapshot().sinceLastLooked).toBeNull();
    changedElsewhere();
    const again = await restarted(app);
    const snapshot = again.core.snapshot();
    const since = snapshot.sinceLastLooked;
    expect(since?.words).toBe('1 new · 1 done elsewhere · 1 removed · 1 new due date');
    // An item on the list goes by its id alone (the list has its words); a removed one brings its own.
    expect(since?.changes).toEqual([
      { kind: 'new', id: 'b1' },
      { kind: 'done', id: 'a1' },
      { kind: 'removed', id: 'a3', description: 'Water the plants', dueAt: null },
      { kind: 'redated', id: 'a2', dueBefore: '2026-12-09T09:00:00.000Z' },
    ]);
    expect(snapshot.items.find((item) => item.id === 'a2')?.dueAt).toBe('2026-12-10T09:00:00.000Z');
  });

  it('never counts the app’s own tick, new item, due date or delete, waiting or confirmed', async () => {
    const app = await started();
    const { handlers } = app.core;
    expect((await handlers['items:update']({ id: 'a1', changes: { completed: true } })).ok).toBe(true);
    expect((await handlers['items:update']({ id: 'a2', changes: { dueAt: '2026-12-11T09:00:00.000Z' } })).ok).toBe(
      true,
    );
    expect((await handlers['items:create']({ description: 'Buy milk', dueAt: null })).ok).toBe(true);
    expect((await handlers['items:delete']({ id: 'a3' })).ok).toBe(true);
    expect((await idle(app)).sinceLastLooked).toBeNull();
    fixture.clock.advance(10_000);
    await until(() => app.core.snapshot().outboxSize === 0, 'the changes to reach Omi');
    expect(fixture.omi.copiesOf('Buy milk')).toHaveLength(1);
    expect((await idle(app)).sinceLastLooked).toBeNull();
    expect((await restarted(app)).core.snapshot().sinceLastLooked).toBeNull();
  });

  it('restores a removed item through the outbox, once, and no longer counts it', async () => {
    const app = await started();
    fixture.omi.items.delete('a2');
    const again = await restarted(app);
    expect(again.core.snapshot().sinceLastLooked?.words).toBe('1 removed');
    expect(await again.core.handlers['looks:restore']({ id: 'a2' })).toEqual({
      ok: true,
      value: { id: expect.stringMatching(/^local-/) },
    });
    await until(() => again.core.snapshot().outboxSize === 0, 'the restored item to reach Omi');
    expect(fixture.omi.arrived('create')).toHaveLength(1);
    expect(fixture.omi.copiesOf('Renew the car insurance').map((item) => item.dueAt)).toEqual([
      '2026-12-09T09:00:00.000Z',
    ]);
    expect((await idle(again)).sinceLastLooked).toBeNull();
    expect((await again.core.handlers['looks:restore']({ id: 'a2' })).ok).toBe(false);
  });

  it('forgets what it showed once dismissed, also after a restart', async () => {
    const app = await started();
    changedElsewhere();
    const again = await restarted(app);
    expect(again.core.snapshot().sinceLastLooked).not.toBeNull();
    expect(await again.core.handlers['looks:dismiss'](undefined)).toEqual({ ok: true, value: null });
    expect(again.core.snapshot().sinceLastLooked).toBeNull();
    await idle(again);
    expect((await restarted(again)).core.snapshot().sinceLastLooked).toBeNull();
  });

  it('counts a look only when the popover stayed up a few seconds', async () => {
    const app = await started();
    fixture.omi.seed([{ id: 'b1', description: 'Book the train' }]);
    await app.core.handlers['items:refresh'](undefined);
    expect((await idle(app)).sinceLastLooked?.words).toBe('1 new');
    app.core.trayClicked();
    fixture.clock.advance(LOOK_MS - 1);
    app.core.trayClicked();
    expect((await idle(app)).sinceLastLooked?.words).toBe('1 new');
    app.core.trayClicked();
    fixture.clock.advance(LOOK_MS);
    app.core.trayClicked();
    expect((await idle(app)).sinceLastLooked).toBeNull();
  });

  it('writes the list as last seen again only when a look saw something new', async () => {
    const app = await started();
    await app.core.shutdown();
    const again = await started();
    const file = join(fixture.dir.path, 'last-look.json');
    // The same list laid out another way (the app indents by one space), so a write shows.
    const marked = JSON.stringify(JSON.parse(await readFile(file, 'utf8')), null, 2);
    await writeFile(file, marked);
    const lookAndQuit = async (app: TestApp): Promise<void> => {
      app.core.trayClicked();
      fixture.clock.advance(LOOK_MS);
      app.core.trayClicked();
      await idle(app);
      await app.core.shutdown();
    };
    await lookAndQuit(again);
    expect(await readFile(file, 'utf8')).toBe(marked);
    fixture.omi.seed([{ id: 'b1', description: 'Book the train' }]);
    await lookAndQuit(await started());
    expect(JSON.parse(await readFile(file, 'utf8')).items).toHaveProperty('b1');
  });

  it('compares nothing across keys: another person’s list is not news', async () => {
    const app = await started();
    fixture.omi.addKey(OTHER, WRITE_SCOPES, true, 'account-2');
    fixture.omi.seed([{ id: 'z1', description: 'Someone else’s item' }], 'account-2');
    // A list is known by when it came: a real read takes time.
    fixture.clock.advance(1_000);
    expect((await app.core.handlers['auth:connect']({ apiKey: OTHER })).ok).toBe(true);
    expect((await idle(app)).sinceLastLooked).toBeNull();
    fixture.omi.itemsOf('account-2').delete('z1');
    fixture.omi.seed([{ id: 'z2', description: 'Plan the trip' }], 'account-2');
    const again = await restarted(app);
    expect(again.core.snapshot().sinceLastLooked?.words).toBe('1 new · 1 removed');
  });

  it('shows nothing after a corrupt file, which is moved aside, and starts again from the next list', async () => {
    const app = await started();
    await app.core.shutdown();
    await writeFile(join(fixture.dir.path, 'last-look.json'), '{"version":1,"owner":');
    changedElsewhere();
    const again = await started();
    expect(again.core.snapshot().sinceLastLooked).toBeNull();
    expect((await readdir(fixture.dir.path)).some((name) => name.startsWith('last-look.json.corrupt'))).toBe(true);
    fixture.omi.seed([{ id: 'c1', description: 'Call the bank' }]);
    expect((await restarted(again)).core.snapshot().sinceLastLooked?.words).toBe('1 new');
  });
});
