import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppSnapshot } from '../../../electron/shared/app-state';
import { appFixture, type AppFixture } from './support/app-fixture';
import type { FakeClock } from './support/fake-clock';
import { WRITE_SCOPES, type FakeOmi } from './support/fake-omi-api';
import type { TestSecrets } from './support/memory-secrets';
import { API_BASE, type TestApp } from './support/test-platform';
import { settle, until } from './support/until';

const GOOD = 'omi_dev_SECRET_good_key_0001';
const READ_ONLY = 'omi_dev_SECRET_read_only_0002';

let fixture: AppFixture;
let dir: AppFixture['dir'];
let clock: FakeClock;
let omi: FakeOmi;
let secrets: TestSecrets;

beforeEach(async () => {
  fixture = await appFixture(GOOD, WRITE_SCOPES, [
    { id: 'a1', description: 'Send the contract to Ana' },
    { id: 'a2', description: 'Renew the car insurance', dueAt: '2026-03-03T08:00:00Z' },
  ]);
  fixture.omi.addKey(READ_ONLY, ['action_items:read']);
  ({ dir, clock, omi, secrets } = fixture);
});
afterEach(() => fixture.close());

async function launch(
  options: { takenShortcuts?: string[]; env?: Record<string, string>; defaultReminders?: boolean } = {},
): Promise<TestApp> {
  const app = fixture.build(options);
  await app.core.start();
  await idle(app);
  return app;
}

/** Lets background work finish and the coalesced push go out. */
async function idle(app: TestApp): Promise<AppSnapshot> {
  await settle();
  clock.advance(0);
  await settle();
  clock.advance(0);
  return app.core.snapshot();
}

async function connected(key = GOOD): Promise<TestApp> {
  secrets.values.set(API_BASE, key);
  const app = await launch();
  await until(() => app.core.snapshot().sync.status === 'ok', 'the first refresh');
  await idle(app);
  return app;
}

describe('starting', () => {
  it('without a key: signed out, tray shown, shortcut registered, login item set, snapshot pushed', async () => {
    const app = await launch();
    const snapshot = app.pushes.at(-1);
    expect(snapshot?.connection).toEqual({ status: 'signed_out' });
    expect(snapshot?.items).toEqual([]);
    expect(snapshot?.timeZone).toBe('Europe/Berlin');
    expect(app.tray.last?.tooltip).toMatch(/not connected/);
    expect([...app.shortcuts.registered.keys()]).toEqual(['CommandOrControl+Shift+Space']);
    expect(app.loginItem.sets).toEqual([false]);
    expect(omi.requests).toEqual([]);
  });

  it('with a stored key: shows the saved list, then refreshes it', async () => {
    const app = await connected();
    expect(app.core.snapshot().connection).toMatchObject({
      status: 'connected',
      origin: API_BASE,
      readOnly: false,
      keyStorage: 'keychain',
    });
    expect(app.core.snapshot().items.map((item) => item.id)).toEqual(['a2', 'a1']);
    expect(app.tray.last?.menu.some((entry) => entry.label.startsWith('Renew the car insurance'))).toBe(true);
  });

  it('reports a corrupt file moved aside in the snapshot warnings', async () => {
    await writeFile(join(dir.path, 'items.json'), 'not json', 'utf8');
    const app = await launch();
    expect(app.core.snapshot().warnings).toEqual(['The saved list could not be read, so Omi Tray started it afresh.']);
  });

  it('starts, and says so, when a data file cannot even be opened', async () => {
    await mkdir(join(dir.path, 'outbox.json'));
    const app = await launch();
    expect(app.core.snapshot().warnings).toEqual([
      'The changes waiting to sync could not be read and were not sent; they were kept aside.',
    ]);
    expect(app.tray.views.length).toBeGreaterThan(0);
  });
});

describe('connecting', () => {
  it('refuses a bad key with an alert in words and stays signed out', async () => {
    const app = await launch();
    const result = await app.core.handlers['auth:connect']({ apiKey: 'omi_dev_not_a_real_key' });
    expect(!result.ok && result.error.message).toMatch(/^Omi refused this key/);
    expect(app.core.snapshot().connection.status).toBe('signed_out');
  });

  it('connects a read-only key; edits are then refused in words without queuing', async () => {
    const app = await launch();
    expect(await app.core.handlers['auth:connect']({ apiKey: READ_ONLY })).toEqual({
      ok: true,
      value: { readOnly: true },
    });
    await until(() => app.core.snapshot().items.length === 2, 'the list');
    const before = omi.requests.length;
    const update = await app.core.handlers['items:update']({ id: 'a1', changes: { completed: true } });
    const create = await app.core.handlers['items:create']({ description: 'New', dueAt: null });
    const remove = await app.core.handlers['items:delete']({ id: 'a1' });
    for (const result of [update, create, remove]) {
      expect(!result.ok && result.error).toMatchObject({
        kind: 'forbidden',
        message: expect.stringMatching(/^This key can only read;/),
      });
    }
    expect(app.core.snapshot().outboxSize).toBe(0);
    expect(omi.requests.length).toBe(before);
  });

  it('connects a good key, shows the list, and keeps the key out of the snapshot, the files and the logs', async () => {
    const app = await launch();
    expect(await app.core.handlers['auth:connect']({ apiKey: `  ${GOOD} ` })).toEqual({
      ok: true,
      value: { readOnly: false },
    });
    await until(() => app.core.snapshot().items.length === 2, 'the list');
    await app.core.handlers['items:update']({ id: 'a1', changes: { completed: true } });
    await until(() => omi.arrived('update').length === 1, 'the tick');
    await idle(app);
    await app.core.shutdown();
    expect(JSON.stringify(app.core.snapshot())).not.toContain(GOOD);
    expect(JSON.stringify(app.pushes)).not.toContain(GOOD);
    expect(app.logs.join('\n')).not.toContain(GOOD);
    for (const name of await readdir(dir.path))
      expect(await readFile(join(dir.path, name), 'utf8')).not.toContain(GOOD);
    expect(secrets.values.get(API_BASE)).toBe(GOOD);
  });

  it('says it is offline when connecting without a network', async () => {
    const app = await launch();
    omi.mode = 'offline';
    const result = await app.core.handlers['auth:connect']({ apiKey: GOOD });
    expect(!result.ok && result.error.kind).toBe('offline');
  });
});

describe('editing', () => {
  it('shows a tick at once as pending, then delivers it', async () => {
    const app = await connected();
    omi.hold();
    expect(await app.core.handlers['items:update']({ id: 'a1', changes: { completed: true } })).toEqual({
      ok: true,
      value: null,
    });
    const pending = await idle(app);
    expect(pending.items.find((item) => item.id === 'a1')).toMatchObject({ completed: true, pending: true });
    expect(pending.outboxSize).toBe(1);
    omi.release();
    await until(() => app.core.snapshot().outboxSize === 0, 'the delivery');
    expect(omi.arrived('update').map((request) => request.body)).toEqual([{ completed: true }]);
  });

  it('pushes one snapshot for a burst of changes in the same tick', async () => {
    const app = await connected();
    omi.mode = 'offline';
    await app.core.handlers['items:update']({ id: 'a1', changes: { completed: true } });
    await settle();
    const before = app.pushes.length;
    await Promise.all([
      app.core.handlers['items:update']({ id: 'a1', changes: { description: 'One' } }),
      app.core.handlers['items:update']({ id: 'a2', changes: { description: 'Two' } }),
      app.core.handlers['items:create']({ description: 'Three', dueAt: null }),
    ]);
    await settle();
    clock.advance(0);
    expect(app.pushes.length - before).toBe(1);
  });

  it('refuses a description over 500 code points in words, and takes 300 emoji', async () => {
    const app = await connected();
    const long = await app.core.handlers['items:update']({ id: 'a1', changes: { description: 'x'.repeat(501) } });
    expect(!long.ok && long.error).toMatchObject({
      kind: 'invalid_input',
      message: expect.stringMatching(/at most 500/),
    });
    const emoji = await app.core.handlers['items:update']({ id: 'a1', changes: { description: '😀'.repeat(300) } });
    expect(emoji.ok).toBe(true);
  });

  it('reverts a refused edit and sets lastRefusal; a 403 teaches that the key is read-only', async () => {
    omi.addKey('omi_dev_SECRET_scopes_unknown_3', ['action_items:read'], false);
    const app = await connected('omi_dev_SECRET_scopes_unknown_3');
    await app.core.handlers['items:update']({ id: 'a1', changes: { completed: true } });
    await until(() => app.core.snapshot().lastRefusal !== null, 'the refusal');
    await idle(app);
    const snapshot = app.core.snapshot();
    expect(snapshot.lastRefusal).toMatchObject({ id: 'a1', error: { kind: 'forbidden' } });
    expect(snapshot.items.find((item) => item.id === 'a1')).toMatchObject({ completed: false, pending: false });
    expect(snapshot.connection).toMatchObject({ readOnly: true });
  });

  it('creates an item that shows at once and keeps its place when the server gives it an id', async () => {
    const app = await connected();
    const created = await app.core.handlers['items:create']({ description: 'Buy stamps', dueAt: null });
    expect(created.ok && created.value.id).toMatch(/^local-/);
    await until(() => omi.arrived('create').length === 1, 'the POST');
    await until(() => app.core.snapshot().outboxSize === 0);
    const id = created.ok ? created.value.id : '';
    expect(await app.core.handlers['items:update']({ id, changes: { completed: true } })).toEqual({
      ok: true,
      value: null,
    });
    await until(() => omi.arrived('update').length === 1, 'the edit through the old id');
    expect(omi.items.get(omi.arrived('update')[0]?.id ?? '')).toMatchObject({ description: 'Buy stamps' });
  });
});

describe('deleting with undo', () => {
  it('hides the item at once, offers undo, and undo brings it back without a request', async () => {
    const app = await connected();
    await app.core.handlers['items:delete']({ id: 'a1' });
    let snapshot = await idle(app);
    expect(snapshot.items.map((item) => item.id)).toEqual(['a2']);
    expect(snapshot.pendingDeletes).toEqual([
      { id: 'a1', description: 'Send the contract to Ana', sendAt: new Date(clock.now() + 5000).toISOString() },
    ]);
    expect(await app.core.handlers['items:undoDelete']({ id: 'a1' })).toEqual({ ok: true, value: null });
    clock.advance(10_000);
    snapshot = await idle(app);
    expect(snapshot.items.map((item) => item.id)).toEqual(['a2', 'a1']);
    expect(omi.count('remove')).toBe(0);
  });

  it('deletes on the server when the undo window closes', async () => {
    const app = await connected();
    await app.core.handlers['items:delete']({ id: 'a1' });
    await settle();
    clock.advance(5000);
    await until(() => omi.arrived('remove').length === 1, 'the DELETE');
    expect(omi.items.has('a1')).toBe(false);
  });

  it('quitting inside the undo window still deletes', async () => {
    const app = await connected();
    await app.core.handlers['items:delete']({ id: 'a1' });
    await app.core.shutdown();
    expect(omi.arrived('remove').map((request) => request.id)).toEqual(['a1']);
  });

  it('undo then quit deletes nothing', async () => {
    const app = await connected();
    await app.core.handlers['items:delete']({ id: 'a1' });
    await app.core.handlers['items:undoDelete']({ id: 'a1' });
    await app.core.shutdown();
    expect(omi.count('remove')).toBe(0);
  });
});

describe('across restarts', () => {
  it('an edit made offline is delivered exactly once by the next start', async () => {
    const first = await connected();
    omi.mode = 'offline';
    await first.core.handlers['items:update']({ id: 'a2', changes: { completed: true } });
    await first.core.shutdown();
    omi.mode = 'up';
    const second = await launch();
    await until(() => omi.arrived('update').length === 1, 'the delivery');
    await until(() => second.core.snapshot().outboxSize === 0);
    await second.core.shutdown();
    const third = await launch();
    await until(() => third.core.snapshot().sync.status === 'ok');
    expect(omi.arrived('update')).toHaveLength(1);
    expect(third.core.snapshot().items.find((item) => item.id === 'a2')?.completed).toBe(true);
  });
});

describe('signing out', () => {
  it('removes the key and the list, keeps unsent edits and says so', async () => {
    const app = await connected();
    omi.mode = 'offline';
    await app.core.handlers['items:update']({ id: 'a1', changes: { completed: true } });
    expect(await app.core.handlers['auth:signOut'](undefined)).toEqual({ ok: true, value: null });
    const snapshot = await idle(app);
    expect(secrets.values.has(API_BASE)).toBe(false);
    expect(snapshot.connection).toEqual({ status: 'signed_out' });
    expect(snapshot.items).toEqual([]);
    expect(snapshot.outboxSize).toBe(1);
    expect(snapshot.warnings).toEqual([
      '1 change was not sent to Omi yet. They are kept and will be sent when you connect again.',
    ]);
  });
});

describe('signing out, and the no-conversations line', () => {
  it('is said again for the next key once hidden for this one', async () => {
    const app = await connected();
    expect(await app.core.handlers['settings:update']({ conversationsNoteHidden: true })).toMatchObject({ ok: true });
    expect((await idle(app)).settings.conversationsNoteHidden).toBe(true);
    expect(await app.core.handlers['auth:signOut'](undefined)).toEqual({ ok: true, value: null });
    expect((await idle(app)).settings.conversationsNoteHidden).toBe(false);
  });
});

describe('popover, shortcut and tray', () => {
  it('toggles on a tray click, opens quick edit from the shortcut and from a second launch', async () => {
    const app = await launch();
    // No key yet: start opened setup by itself.
    expect(app.popover.shown).toEqual([{ mode: 'checklist', focusItemId: null }]);
    app.core.trayClicked();
    expect(app.popover.toggles).toBe(1);
    app.shortcuts.registered.get('CommandOrControl+Shift+Space')?.();
    app.core.secondInstance(['/usr/bin/omi-tray', '--quick-edit']);
    app.core.secondInstance(['/usr/bin/omi-tray']);
    app.core.openItem('a1');
    expect(app.popover.shown).toEqual([
      { mode: 'checklist', focusItemId: null },
      { mode: 'quickEdit', focusItemId: null },
      { mode: 'quickEdit', focusItemId: null },
      { mode: 'checklist', focusItemId: null },
      { mode: 'checklist', focusItemId: 'a1' },
    ]);
    await app.core.handlers['popover:hide'](undefined);
    expect(app.popover.hides).toBe(1);
  });

  it('says in words when the shortcut is taken, and re-registers when the setting changes', async () => {
    const app = await launch({ takenShortcuts: ['CommandOrControl+Shift+Space'] });
    const warned = app.core.snapshot();
    expect(warned.warnings).toEqual([
      expect.stringMatching(
        /CommandOrControl\+Shift\+Space could not be registered.*Settings → Quick edit shortcut.*omi-tray --quick-edit/,
      ),
    ]);
    expect(app.tray.last?.menu.some((entry) => entry.label.includes('is taken'))).toBe(true);
    const result = await app.core.handlers['settings:update']({ quickEditShortcut: 'Alt+Shift+O' });
    expect(result.ok && result.value.quickEditShortcut).toBe('Alt+Shift+O');
    expect([...app.shortcuts.registered.keys()]).toEqual(['Alt+Shift+O']);
    expect(app.core.snapshot().warnings).toEqual([]);
  });

  it('sets the login item when the setting changes, and the snapshot says what the system has', async () => {
    const app = await launch();
    await app.core.handlers['settings:update']({ launchAtLogin: true });
    expect(app.loginItem.sets).toEqual([false, true]);
    expect((await idle(app)).loginItem).toEqual({ enabled: true, canChange: true, problem: null });
    // Saved again unchanged (the last try may have failed on a folder since fixed): the system is asked again.
    await app.core.handlers['settings:update']({ launchAtLogin: true });
    expect(app.loginItem.sets).toEqual([false, true, true]);
    await app.core.handlers['settings:update']({ reminderLeadMinutes: 15 });
    expect(app.loginItem.sets).toEqual([false, true, true]);
  });

  it('a login item the system refuses is said in words in the snapshot', async () => {
    const app = fixture.build();
    app.platform.loginItem.set = (enabled) => ({
      enabled: false,
      canChange: true,
      problem: `No (${enabled ? 'on' : 'off'})`,
    });
    await app.core.start();
    await app.core.handlers['settings:update']({ launchAtLogin: true });
    expect((await idle(app)).loginItem).toEqual({ enabled: false, canChange: true, problem: 'No (on)' });
  });

  it('names version and folders, and shows the log folder it knows (the page names no path)', async () => {
    const app = await launch();
    expect(app.core.snapshot().about).toEqual({
      version: '1.2.3',
      dataFolder: dir.path,
      logFolder: join(dir.path, 'logs'),
      apiAddressFromEnvironment: true,
    });
    expect(await app.core.handlers['app:showLogFolder'](undefined)).toEqual({ ok: true, value: null });
    expect(app.folders.opened).toEqual([join(dir.path, 'logs')]);
    app.platform.openFolder = () => Promise.resolve('No file manager');
    expect(await app.core.handlers['app:showLogFolder'](undefined)).toEqual({
      ok: false,
      error: { kind: 'server', message: 'The log folder could not be shown: No file manager' },
    });
  });

  it('reads due dates typed in the popover at the popover\'s "now" and zone, and says why words are not one', async () => {
    const app = await launch();
    const words = { now: '2026-12-03T23:30:00Z', timeZone: 'Europe/Berlin' };
    expect(await app.core.handlers['dates:readDue']({ text: 'tomorrow 9am', ...words })).toMatchObject({
      ok: true,
      value: { ok: true, dueAt: '2026-12-05T09:00:00+01:00', phrase: 'tomorrow 9am' },
    });
    expect(await app.core.handlers['dates:readDue']({ text: 'whenever', ...words })).toMatchObject({
      ok: true,
      value: { ok: false, reason: 'not_understood' },
    });
    expect(await app.core.handlers['dates:readTitle']({ text: 'call Ana sat 5pm', ...words })).toMatchObject({
      ok: true,
      value: { description: 'call Ana', due: { dueAt: '2026-12-05T17:00:00+01:00' } },
    });
    expect(await app.core.handlers['dates:readTitle']({ text: 'notes from monday', ...words })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('ticks an item from the tray menu', async () => {
    const app = await connected();
    const entry = app.tray.last?.menu.find((candidate) => candidate.label.startsWith('Send the contract'));
    entry?.run?.();
    await until(() => omi.arrived('update').length === 1, 'the tick');
    expect(omi.items.get('a1')?.completed).toBe(true);
  });
});

describe('reminders seam', () => {
  it('tells the reminders and onItemsChanged listeners the checklist items after each change', async () => {
    const app = await connected();
    const seen: string[][] = [];
    app.core.onItemsChanged((items) => seen.push(items.map((item) => item.id)));
    await app.core.handlers['items:delete']({ id: 'a1' });
    await idle(app);
    expect(seen.at(-1)).toEqual(['a2']);
    expect(app.reminders.lists.at(-1)).toBe(1);
    expect(app.reminders.calls[0]).toBe('start');
  });

  it('passes snooze and pause to the reminders', async () => {
    const app = await launch();
    await app.core.handlers['reminders:snooze']({ id: 'a1', until: '2026-03-02T11:00:00+01:00' });
    await app.core.handlers['reminders:pause']({ until: null });
    expect(app.reminders.calls.slice(1)).toEqual(['snooze a1 2026-03-02T10:00:00.000Z', 'pause off']);
  });

  it('runs the desktop reminder service by default: a pause shows in the snapshot and the tray', async () => {
    secrets.values.set(API_BASE, GOOD);
    const app = await launch({ defaultReminders: true });
    const until1 = '2026-03-02T11:00:00.000Z';
    expect(await app.core.handlers['reminders:pause']({ until: until1 })).toEqual({ ok: true, value: null });
    const snapshot = await idle(app);
    expect(snapshot.reminders.pausedUntil).toBe(until1);
    expect(app.tray.last?.menu.some((entry) => entry.label === 'Resume reminders')).toBe(true);
  });
});
