/**
 * The presenter over a real item store and outbox (on files in a temp folder) and a fake clock; the
 * account, the sync state and the ports are stand-ins that say what the presenter is shown.
 */
import { fromSuggestionGroups } from '../../../../electron/shared/suggestion-groups';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ItemStore } from '../../../../electron/core/items/item-store';
import { itemsFile } from '../../../../electron/core/items/items-file';
import { createLogger } from '../../../../electron/core/logging/logger';
import { Outbox } from '../../../../electron/core/outbox/outbox';
import { outboxFile } from '../../../../electron/core/outbox/outbox-file';
import type { TrayView } from '../../../../electron/core/ports';
import { AppPresenter, TRAY_REFRESH_MS } from '../../../../electron/core/snapshot/app-presenter';
import { Checklist } from '../../../../electron/core/snapshot/checklist';
import { TRAY_LABELS, type TrayActions } from '../../../../electron/core/tray/tray-view';
import type { ItemView } from '../../../../electron/shared/action-item';
import type { Connection, SnapshotPush } from '../../../../electron/shared/app-state';
import type { SuggestionsShown } from '../../../../electron/shared/suggestion';
import { allShown, suggestion } from '../../support/suggestions';
import { pushChannels } from '../../../../electron/shared/ipc-contract';
import { fromItemTable } from '../../../../electron/shared/item-table';
import { DEFAULT_SETTINGS } from '../../../../electron/shared/settings';
import type { SinceLastLooked } from '../../../../electron/shared/since-last-looked';
import { actionItem } from '../../support/items';
import { FakeClock } from '../support/fake-clock';
import { tempDir } from '../support/temp-dir';
import { RecordingReminders } from '../support/test-platform';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

const ORIGIN = 'https://api.omi.test';
const OTHER_ORIGIN = 'https://omi.example.org';
const TAG = 'tag-of-the-key-in-use-01';

let dir: { path: string; remove: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => dir.remove());

async function build(
  options: {
    timeZone?: () => string;
    looks?: { view(): SinceLastLooked | null };
    suggestions?: () => SuggestionsShown;
  } = {},
) {
  const clock = new FakeClock();
  const logs: string[] = [];
  const logger = createLogger({ sink: (line) => logs.push(line), level: 'debug', now: () => clock.now() });
  const list = new ItemStore({ file: itemsFile(join(dir.path, 'items.json')), clock, logger });
  await list.load(ORIGIN);
  const outbox = new Outbox({
    file: outboxFile(join(dir.path, 'outbox.json')),
    clock,
    serverItem: (id) => list.get(id),
    owner: () => TAG,
  });
  await outbox.load();
  const account = {
    signedIn: true,
    origin: ORIGIN,
    warnings: [] as string[],
    state(): Connection {
      return this.signedIn
        ? { status: 'connected', origin: this.origin, readOnly: false, keyStorage: 'keychain' }
        : { status: 'signed_out' };
    },
  };
  const pushes: SnapshotPush[] = [];
  const trays: TrayView[] = [];
  const actions: string[] = [];
  const reminders = new RecordingReminders();
  const shortcut = { warning: null as string | null, trayLine: null as string | null };
  const tray = { show: (view: TrayView) => void trays.push(view) };
  const trayActions: TrayActions = {
    open: () => void actions.push('open'),
    quickEdit: () => void actions.push('quick edit'),
    refresh: () => void actions.push('refresh'),
    toggleItem: (id, completed) => void actions.push(`tick ${id} ${String(completed)}`),
    pauseReminders: (untilMs) => void actions.push(`pause ${String(untilMs)}`),
    signOut: () => void actions.push('sign out'),
    quit: () => void actions.push('quit'),
  };
  const accountView = {
    signedIn: () => account.signedIn,
    keyTag: () => (account.signedIn ? TAG : null),
    state: () => account.state(),
    warnings: () => account.warnings,
    isThisServer: (origin: string | null) => origin === null || origin === account.origin,
  };
  const presenter = new AppPresenter({
    clock,
    logger,
    timeZone: options.timeZone ?? (() => 'Europe/Berlin'),
    clockStyle: () => DAY_FIRST_24_HOUR,
    loginItem: () => ({ enabled: false, canChange: false, problem: 'Only the installed app can launch at login.' }),
    about: { version: '1.2.3', dataFolder: '/data', logFolder: '/data/logs' },
    send: (channel, payload) => {
      if (channel === 'snapshot:changed') pushes.push(pushChannels['snapshot:changed'].parse(payload));
    },
    tray,
    account: accountView,
    checklist: new Checklist({ account: accountView, list, outbox }),
    outbox,
    sync: { state: () => ({ status: 'never' }), notes: () => [] },
    sender: { waitState: () => ({ error: null, retryAt: null, blockedUntil: null, checking: [] }) },
    settings: () => DEFAULT_SETTINGS,
    reminders: () => reminders,
    shortcut: () => shortcut,
    trayActions,
    ...(options.looks ? { looks: options.looks } : {}),
    ...(options.suggestions ? { suggestions: options.suggestions } : {}),
  });
  list.onChange(() => presenter.listChanged());
  outbox.onChange(() => presenter.listChanged());
  /** Lets the coalesced push go out. */
  const tick = () => clock.advance(0);
  return { presenter, clock, list, outbox, account, pushes, trays, tray, actions, reminders, shortcut, logs, tick };
}

const ids = (items: readonly ItemView[]) => items.map((item) => item.id);
/** The ids of the items a push carries, as the page makes them from its table (none when it left them out). */
const pushedIds = (push: SnapshotPush | undefined) => ids(push?.items ? fromItemTable(push.items) : []);

describe('the snapshot', () => {
  it('signed out: no items, no pending deletes, whatever the store holds', async () => {
    const { presenter, list, account, clock } = await build();
    list.replaceAll([actionItem('a1')], clock.now());
    account.signedIn = false;
    presenter.listChanged();
    const snapshot = presenter.snapshot();
    expect(snapshot.connection).toEqual({ status: 'signed_out' });
    expect(snapshot.items).toEqual([]);
    expect(snapshot.pendingDeletes).toEqual([]);
    expect(snapshot.settings).toEqual(DEFAULT_SETTINGS);
    expect(snapshot.timeZone).toBe('Europe/Berlin');
  });

  it('signed in: the server’s items with the waiting changes on top; a delete inside its undo time is offered for undo', async () => {
    const { presenter, list, outbox, clock } = await build();
    list.replaceAll(
      [
        actionItem('a1', { description: 'Send the contract' }),
        actionItem('a2', { description: 'Renew the insurance' }),
      ],
      clock.now(),
    );
    await outbox.apply('a1', { kind: 'update', changes: { completed: true } }, ORIGIN);
    await outbox.apply(
      'a2',
      { kind: 'delete', notBefore: clock.now() + 5_000, description: 'Renew the insurance' },
      ORIGIN,
    );
    const snapshot = presenter.snapshot();
    expect(snapshot.items.map(({ id, completed, pending }) => ({ id, completed, pending }))).toEqual([
      { id: 'a1', completed: true, pending: true },
    ]);
    expect(snapshot.pendingDeletes.map((entry) => entry.id)).toEqual(['a2']);
    expect(snapshot.outboxSize).toBe(2);
    expect(presenter.item('a1')?.completed).toBe(true);
    expect(presenter.item('a2')).toBeUndefined();
  });

  it('changes queued for another server are not laid over this one’s list, and a warning says where they wait', async () => {
    const { presenter, list, outbox, account, clock } = await build();
    list.replaceAll([actionItem('a1')], clock.now());
    await outbox.apply('a1', { kind: 'update', changes: { completed: true } }, ORIGIN);
    account.origin = OTHER_ORIGIN;
    presenter.listChanged();
    const snapshot = presenter.snapshot();
    expect(snapshot.items.map(({ id, completed }) => ({ id, completed }))).toEqual([{ id: 'a1', completed: false }]);
    expect(snapshot.warnings).toEqual([
      `1 change was made for ${ORIGIN} and not sent yet. They will be sent when Omi Tray uses that server again.`,
    ]);
  });

  it('shows this run’s notices, the key’s and the shortcut’s warnings', async () => {
    const { presenter, account, shortcut } = await build();
    account.warnings = ['No system keychain is available.'];
    shortcut.warning = 'The quick edit shortcut is taken.';
    presenter.notice('items.json was moved aside.');
    expect(presenter.snapshot().warnings).toEqual([
      'items.json was moved aside.',
      'No system keychain is available.',
      'The quick edit shortcut is taken.',
    ]);
  });

  it('shows the last refused change with its time, until signing out', async () => {
    const { presenter, clock } = await build();
    const error = { kind: 'validation' as const, message: 'Too long.' };
    presenter.refused({ id: 'a1', error, action: 'update' });
    expect(presenter.snapshot().lastRefusal).toEqual({ id: 'a1', error, at: new Date(clock.now()).toISOString() });
    presenter.signedOut();
    expect(presenter.snapshot().lastRefusal).toBeNull();
  });
});

describe('pushes', () => {
  it('carry the items only when they changed since the last push; the whole snapshot always holds them', async () => {
    const { presenter, list, clock, pushes, tick } = await build();
    presenter.start();
    list.replaceAll([actionItem('a1'), actionItem('a2')], clock.now());
    tick();
    presenter.notice('The sync line moved.');
    tick();
    list.replaceAll([actionItem('a1')], clock.now());
    tick();
    const [first, same, changed] = pushes;
    expect(pushedIds(first)).toEqual(['a1', 'a2']);
    expect(same?.items).toBeNull();
    expect(same?.itemsSeq).toBe(first?.itemsSeq);
    expect(same?.warnings).toEqual(['The sync line moved.']);
    expect(pushedIds(changed)).toEqual(['a1']);
    expect(changed?.itemsSeq).toBeGreaterThan(same?.itemsSeq ?? Number.POSITIVE_INFINITY);
    const seqs = pushes.map((push) => push.seq);
    expect(seqs.every((seq, index) => index === 0 || seq > (seqs[index - 1] ?? seq))).toBe(true);
    const whole = presenter.snapshot();
    expect(ids(whole.items)).toEqual(['a1']);
    expect(whole.itemsSeq).toBe(changed?.itemsSeq);
    expect(whole.seq).toBeGreaterThan(changed?.seq ?? Number.POSITIVE_INFINITY);
  });

  it('carry "Since you last looked" only when what it shows changed', async () => {
    // Worked out anew for every snapshot, as the service does: equal objects, never the same one.
    let changes = [{ kind: 'new' as const, id: 'a1' }];
    const looks = { view: (): SinceLastLooked => ({ words: `${changes.length} new`, changes: [...changes] }) };
    const { presenter, pushes, tick } = await build({ looks });
    presenter.start();
    presenter.changed();
    tick();
    presenter.notice('The sync line moved.');
    tick();
    changes = [...changes, { kind: 'new' as const, id: 'a2' }];
    presenter.changed();
    tick();
    const [first, same, changed] = pushes;
    expect(first?.sinceLastLooked?.words).toBe('1 new');
    expect(same && 'sinceLastLooked' in same).toBe(false);
    expect(same?.looksSeq).toBe(first?.looksSeq);
    expect(changed?.sinceLastLooked?.changes.map((change) => change.id)).toEqual(['a1', 'a2']);
    expect(changed?.looksSeq).toBeGreaterThan(same?.looksSeq ?? Number.POSITIVE_INFINITY);
    const whole = presenter.snapshot();
    expect(whole.sinceLastLooked?.words).toBe('2 new');
    expect(whole.looksSeq).toBe(changed?.looksSeq);
  });

  it('carry the suggestions only when what the region shows changed', async () => {
    // Worked out anew after every read, as Suggestions does: equal objects, never the same one.
    let words = ['Send the deck'];
    const suggestions = (): SuggestionsShown => allShown(words.map((each) => suggestion(each)));
    const { presenter, pushes, tick } = await build({ suggestions });
    presenter.start();
    presenter.changed();
    tick();
    presenter.notice('The sync line moved.');
    tick();
    words = [...words, 'Call the printer'];
    presenter.changed();
    tick();
    const [first, same, changed] = pushes;
    expect(first?.suggestions && fromSuggestionGroups(first.suggestions).items.map((s) => s.words)).toEqual([
      'Send the deck',
    ]);
    expect(same && 'suggestions' in same).toBe(false);
    expect(same?.suggestionsSeq).toBe(first?.suggestionsSeq);
    expect(changed?.suggestions && fromSuggestionGroups(changed.suggestions).items).toHaveLength(2);
    expect(changed?.suggestionsSeq).toBeGreaterThan(same?.suggestionsSeq ?? Number.POSITIVE_INFINITY);
    const whole = presenter.snapshot();
    expect(whole.suggestions.items).toHaveLength(2);
    expect(whole.suggestionsSeq).toBe(changed?.suggestionsSeq);
  });

  it('nothing before start; then a burst of changes in one tick is one snapshot and one tray', async () => {
    const { presenter, pushes, trays, tick } = await build();
    presenter.changed();
    tick();
    expect(pushes).toHaveLength(0);
    presenter.start();
    presenter.changed();
    presenter.notice('one');
    presenter.listChanged();
    tick();
    expect(pushes).toHaveLength(1);
    expect(trays).toHaveLength(1);
    expect(pushes[0]?.warnings).toEqual(['one']);
  });

  it('tells the reminders and the listeners the items only when the list changed', async () => {
    const { presenter, list, clock, reminders, tick } = await build();
    const told: string[][] = [];
    const unsubscribe = presenter.onItemsChanged((items) => told.push(ids(items)));
    presenter.start();
    presenter.showAndKeepFresh();
    tick();
    list.replaceAll([actionItem('a1')], clock.now());
    tick();
    presenter.notice('not about the list');
    tick();
    unsubscribe();
    list.replaceAll([actionItem('a1'), actionItem('a2')], clock.now());
    tick();
    expect(told).toEqual([[], ['a1']]);
    expect(reminders.lists).toEqual([0, 1, 2]);
  });

  it('a tray that fails is logged; the snapshot still goes out', async () => {
    const { presenter, tray, pushes, logs, tick } = await build();
    tray.show = () => {
      throw new Error('no tray on this desktop');
    };
    presenter.start();
    presenter.changed();
    tick();
    expect(pushes).toHaveLength(1);
    expect(logs.some((line) => line.includes('Updating the tray failed'))).toBe(true);
  });

  it('asks the zone at every use: after travelling, the next minute pushes the new zone and plans reminders again', async () => {
    let zone = 'Europe/Berlin';
    const { presenter, pushes, reminders, clock, tick } = await build({ timeZone: () => zone });
    const replans: string[] = [];
    Object.assign(reminders, { replan: () => void replans.push(zone) });
    presenter.start();
    presenter.showAndKeepFresh();
    tick();
    zone = 'America/New_York';
    // Asked now, the snapshot is already in the new zone (a date typed now is read with the new offset).
    expect(presenter.snapshot().timeZone).toBe('America/New_York');
    expect(pushes.map((push) => push.timeZone)).toEqual(['Europe/Berlin']);
    clock.advance(TRAY_REFRESH_MS);
    tick();
    expect(pushes.map((push) => push.timeZone)).toEqual(['Europe/Berlin', 'America/New_York']);
    expect(replans).toEqual(['America/New_York']);
    clock.advance(TRAY_REFRESH_MS);
    tick();
    expect(pushes).toHaveLength(2);
    expect(replans).toHaveLength(1);
  });

  it('nothing after stop', async () => {
    const { presenter, pushes, trays, clock, tick } = await build();
    presenter.start();
    presenter.showAndKeepFresh();
    tick();
    presenter.stop();
    presenter.changed();
    clock.advance(TRAY_REFRESH_MS * 3);
    expect(pushes).toHaveLength(1);
    expect(trays).toHaveLength(1);
  });
});

describe('the tray', () => {
  it('is drawn again every minute, as the clock moves items from "today" to "overdue"', async () => {
    const { presenter, list, clock, trays, tick } = await build();
    list.replaceAll([actionItem('a1', { dueAt: new Date(clock.now() + 30_000).toISOString() })], clock.now());
    presenter.start();
    presenter.showAndKeepFresh();
    tick();
    expect(trays.at(-1)).toMatchObject({ overdue: 0, dueToday: 1 });
    clock.advance(TRAY_REFRESH_MS);
    expect(trays).toHaveLength(2);
    expect(trays.at(-1)).toMatchObject({ overdue: 1, dueToday: 0 });
  });

  it('its entries run the tray actions; its status line says what waits', async () => {
    const { presenter, list, outbox, clock, trays, actions, tick } = await build();
    list.replaceAll([actionItem('a1', { description: 'Send the contract' }), actionItem('a2')], clock.now());
    await outbox.apply('a2', { kind: 'update', changes: { description: 'Renew it' } }, ORIGIN);
    presenter.start();
    presenter.changed();
    tick();
    const view = trays.at(-1);
    view?.menu.find((entry) => entry.label.startsWith('Send the contract'))?.run?.();
    view?.menu.find((entry) => entry.label === TRAY_LABELS.signOut)?.run?.();
    expect(actions).toEqual(['tick a1 true', 'sign out']);
    expect(view?.tooltip).toMatch(/1 change waiting to sync/);
  });

  it('says reminders are paused', async () => {
    const { presenter, reminders, clock, trays, tick } = await build();
    reminders.pause(clock.now() + 60 * 60_000);
    presenter.start();
    presenter.changed();
    tick();
    expect(trays.at(-1)?.tooltip).toMatch(/reminders paused/);
  });
});
