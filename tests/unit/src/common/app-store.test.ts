import { describe, expect, it } from 'vitest';
import { AppStore } from '../../../../src/common/app-store.svelte';
import { UNDO_COMPLETE_MS } from '../../../../src/notices/notices.svelte';
import { MIN_TICK_SHOWN_MS } from '../../../../src/checklist/optimistic-ticks.svelte';
import { FakeClock } from '../../core/support/fake-clock';
import { FakeOmiApi, itemView, snapshotWith } from '../support/fake-omi-api';

const NOW = Date.parse('2025-12-02T14:30:00Z');

async function started(items = [itemView('a', { description: 'Send the slides' }), itemView('b')]) {
  const omi = new FakeOmiApi(snapshotWith(items));
  const clock = new FakeClock(NOW);
  const store = new AppStore(omi.api, clock);
  await store.start();
  return { omi, clock, store };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AppStore', () => {
  it('shows onboarding without a key, the checklist with one, and loading before the first snapshot', async () => {
    const omi = new FakeOmiApi(snapshotWith([], { connection: { status: 'signed_out' } }));
    const store = new AppStore(omi.api, new FakeClock(NOW));
    expect(store.list.screen).toBe('loading');
    await store.start();
    expect(store.list.screen).toBe('onboarding');
    omi.push('snapshot:changed', snapshotWith([itemView('a')]));
    expect(store.list.screen).toBe('checklist');
  });

  it('groups the snapshot into sections', async () => {
    const { store } = await started([itemView('late', { dueAt: '2025-11-30T12:00:00Z' }), itemView('free')]);
    expect(store.list.sections.map((section) => [section.name, section.rows.map((row) => row.item.id)])).toEqual([
      ['Overdue', ['late']],
      ['No due date', ['free']],
    ]);
  });

  it('shows a push without items over the items it holds, the same list as before', async () => {
    const items = [itemView('late', { dueAt: '2025-11-30T12:00:00Z' }), itemView('free')];
    const { omi, store } = await started(items);
    const held = store.list.items;
    omi.push('snapshot:changed', snapshotWith(items, { sync: { status: 'loading' } }));
    expect(store.list.snapshot?.sync).toEqual({ status: 'loading' });
    expect(store.list.snapshot?.items).toBe(held);
    expect(store.list.items).toBe(held);
    expect(store.list.openCount).toBe(2);
    omi.push('snapshot:changed', snapshotWith([itemView('free')]));
    expect(store.list.sections.map((section) => section.name)).toEqual(['No due date']);
    expect(store.list.item('late')).toBeUndefined();
    expect(store.list.openCount).toBe(1);
  });

  it('asks for the whole snapshot when a push names items the page never had', async () => {
    const { omi, store } = await started();
    // Core's list has moved on while the page (just reloaded) missed the push that carried it.
    omi.snapshot = { ...snapshotWith([itemView('z')]), seq: 41, itemsSeq: 20 };
    omi.pushRaw('snapshot:changed', {
      ...snapshotWith([]),
      seq: 40,
      itemsSeq: 20,
      items: null,
      sinceLastLooked: null,
      suggestions: undefined,
    });
    expect(store.list.item('a')).toBeDefined();
    await flush();
    expect(omi.callsTo('app:getSnapshot')).toHaveLength(2);
    expect(store.list.items.map((item) => item.id)).toEqual(['z']);
  });

  it('ticks at once, sends the change, and keeps the tick until a snapshot confirms it', async () => {
    const { omi, clock, store } = await started();
    const item = store.list.item('a')!;
    const sending = store.toggle(item, true);
    expect(store.list.isChecked(item)).toBe(true);
    await sending;
    clock.paint();
    expect(omi.callsTo('items:update')).toEqual([{ id: 'a', changes: { completed: true } }]);

    // A snapshot from before the change still shows the box ticked.
    omi.push('snapshot:changed', snapshotWith(omi.snapshot.items));
    expect(store.list.isChecked(store.list.item('a')!)).toBe(true);

    omi.push('snapshot:changed', snapshotWith([itemView('a', { completed: true, pending: true }), itemView('b')]));
    expect(store.list.ticks.pending.size).toBe(0);
    expect(store.list.isChecked(store.list.item('a')!)).toBe(true);
  });

  it('reverts a tick the core refuses and says why, once the tick has been seen', async () => {
    const { omi, clock, store } = await started();
    omi.answers.set('items:update', () => ({
      ok: false,
      error: { kind: 'forbidden', message: 'This key can only read.' },
    }));
    await store.toggle(store.list.item('a')!, true);
    expect(store.list.isChecked(store.list.item('a')!)).toBe(true);
    expect(store.notices.alert).toBeNull();
    clock.advance(MIN_TICK_SHOWN_MS);
    expect(store.list.isChecked(store.list.item('a')!)).toBe(false);
    expect(store.notices.alert).toMatchObject({
      text: "Couldn't save the change to “Send the slides”.",
      why: 'This key can only read.',
    });
  });

  it('reverts a tick the server refuses later, shows the reason once, and drops the undo offer', async () => {
    const { omi, clock, store } = await started();
    await store.toggle(store.list.item('a')!, true);
    clock.paint();
    expect(store.notices.undoOffer).toMatchObject({ kind: 'completed', id: 'a' });
    const refusal = {
      id: 'a',
      error: { kind: 'not_found' as const, message: 'It was deleted elsewhere.' },
      at: '2025-12-02T14:30:01Z',
    };
    omi.push('snapshot:changed', snapshotWith(omi.snapshot.items, { lastRefusal: refusal }));
    clock.advance(MIN_TICK_SHOWN_MS);
    expect(store.list.isChecked(store.list.item('a')!)).toBe(false);
    expect(store.notices.alert?.why).toBe('It was deleted elsewhere.');
    expect(store.notices.undoOffer).toBeNull();

    store.notices.dismissAlert();
    omi.push('snapshot:changed', snapshotWith(omi.snapshot.items, { lastRefusal: refusal }));
    expect(store.notices.alert).toBeNull();
  });

  it('draws the tick first: a snapshot arriving before that frame waits for it, and only the newest is taken', async () => {
    const { omi, clock, store } = await started();
    const sending = store.toggle(store.list.item('a')!, true);
    omi.push('snapshot:changed', snapshotWith([itemView('a', { description: 'Older' }), itemView('b')]));
    omi.push(
      'snapshot:changed',
      snapshotWith([itemView('a', { description: 'Newest' }), itemView('b'), itemView('c')]),
    );
    expect(store.list.item('a')?.description).toBe('Send the slides');
    expect(store.list.item('c')).toBeUndefined();
    clock.paint();
    expect(store.list.item('a')?.description).toBe('Newest');
    expect(store.list.item('c')).toBeDefined();
    expect(store.list.isChecked(store.list.item('a')!)).toBe(true);
    await sending;
  });

  it('turns back a tick refused long after it was made at once', async () => {
    const { omi, clock, store } = await started();
    await store.toggle(store.list.item('a')!, true);
    clock.paint();
    clock.advance(5_000);
    const refusal = {
      id: 'a',
      error: { kind: 'server' as const, message: 'Omi had a problem.' },
      at: '2025-12-02T14:30:05Z',
    };
    omi.push('snapshot:changed', snapshotWith(omi.snapshot.items, { lastRefusal: refusal }));
    expect(store.list.isChecked(store.list.item('a')!)).toBe(false);
    expect(store.notices.alert?.why).toBe('Omi had a problem.');
  });

  it('names an item the server no longer has at once, from the list before', async () => {
    const { omi, clock, store } = await started();
    await store.toggle(store.list.item('a')!, true);
    clock.paint();
    const refusal = {
      id: 'a',
      error: { kind: 'not_found' as const, message: 'It was deleted elsewhere.' },
      at: '2025-12-02T14:30:01Z',
    };
    omi.push('snapshot:changed', snapshotWith([itemView('b')], { lastRefusal: refusal }));
    expect(store.notices.alert).toMatchObject({
      text: "Couldn't save the change to “Send the slides”.",
      why: 'It was deleted elsewhere.',
    });
    expect(store.list.ticks.pending.size).toBe(0);
  });

  it('names a refused item by its first words, not its whole description', async () => {
    const long = 'Send the slides to the design team before Thursday, with the notes from the offsite';
    const omi = new FakeOmiApi(snapshotWith([itemView('a', { description: long })]));
    const store = new AppStore(omi.api, new FakeClock(NOW));
    await store.start();
    const refusal = {
      id: 'a',
      error: { kind: 'validation' as const, message: 'Omi did not take it.' },
      at: '2025-12-02T14:30:01Z',
    };
    omi.push('snapshot:changed', snapshotWith([itemView('a', { description: long })], { lastRefusal: refusal }));
    expect(store.notices.alert).toMatchObject({
      text: "Couldn't save the change to “Send the slides to the…”.",
      why: 'Omi did not take it.',
    });
  });

  it('does not replay a refusal that happened before the page loaded', async () => {
    const omi = new FakeOmiApi(
      snapshotWith([itemView('a')], {
        lastRefusal: { id: 'a', error: { kind: 'server', message: 'old' }, at: '2025-12-01T00:00:00Z' },
      }),
    );
    const store = new AppStore(omi.api, new FakeClock(NOW));
    await store.start();
    expect(store.notices.alert).toBeNull();
  });

  it('offers Undo after ticking for a few seconds, and undo unticks', async () => {
    const { omi, clock, store } = await started();
    await store.toggle(store.list.item('a')!, true);
    omi.push('snapshot:changed', snapshotWith([itemView('a', { completed: true }), itemView('b')]));
    clock.advance(UNDO_COMPLETE_MS - 1);
    const offer = store.notices.undoOffer!;
    await store.undo(offer);
    expect(omi.callsTo('items:update').at(-1)).toEqual({ id: 'a', changes: { completed: false } });
    await store.toggle(store.list.item('b')!, true);
    clock.advance(UNDO_COMPLETE_MS);
    expect(store.notices.undoOffer).toBeNull();
  });

  it('prefers the newest pending delete as the undo offer and undoes it through the core', async () => {
    const { omi, store } = await started();
    omi.push(
      'snapshot:changed',
      snapshotWith([itemView('b')], {
        pendingDeletes: [
          { id: 'x', description: 'Old one', sendAt: '2025-12-02T14:30:02Z' },
          { id: 'a', description: 'Send the slides', sendAt: '2025-12-02T14:30:05Z' },
        ],
      }),
    );
    expect(store.notices.undoOffer).toEqual({ kind: 'deleted', id: 'a', description: 'Send the slides' });
    await store.undo(store.notices.undoOffer!);
    expect(omi.callsTo('items:undoDelete')).toEqual([{ id: 'a' }]);
  });

  it('restores an item removed elsewhere and offers Undo, which deletes the new copy', async () => {
    const { omi, store } = await started();
    omi.answers.set('looks:restore', () => ({ ok: true, value: { id: 'local-7' } }));
    await store.restoreRemoved('gone-1', 'Water the plants');
    expect(omi.callsTo('looks:restore')).toEqual([{ id: 'gone-1' }]);
    omi.push(
      'snapshot:changed',
      snapshotWith([
        itemView('a'),
        itemView('b'),
        itemView('local-7', { description: 'Water the plants', localOnly: true }),
      ]),
    );
    expect(store.notices.undoOffer).toEqual({ kind: 'restored', id: 'local-7', description: 'Water the plants' });
    await store.undo(store.notices.undoOffer!);
    expect(omi.callsTo('items:delete')).toEqual([{ id: 'local-7' }]);
    expect(store.notices.undoOffer).toBeNull();
  });

  it('checks descriptions before sending and sends nothing for an unchanged one', async () => {
    const { omi, store } = await started();
    const empty = await store.updateDescription('a', '   ');
    expect(empty.ok).toBe(false);
    expect((await store.updateDescription('a', ' Send the slides ')).ok).toBe(true);
    expect(omi.callsTo('items:update')).toEqual([]);
    await store.updateDescription('a', '  Send the slides to Marta ');
    expect(omi.callsTo('items:update')).toEqual([{ id: 'a', changes: { description: 'Send the slides to Marta' } }]);
  });

  it('creates items with the trimmed description and no due date', async () => {
    const { omi, store } = await started();
    omi.answers.set('items:create', () => ({ ok: true, value: { id: 'new' } }));
    expect(await store.create('  Call Ana  ')).toEqual({ ok: true, value: { id: 'new' } });
    expect(omi.callsTo('items:create')).toEqual([{ description: 'Call Ana', dueAt: null }]);
    expect((await store.create('x'.repeat(501))).ok).toBe(false);
  });

  it('sets and clears due dates, skipping changes that change nothing', async () => {
    const { omi, store } = await started([itemView('a', { dueAt: '2025-12-03T09:00:00Z' })]);
    await store.updateDue('a', '2025-12-03T10:00:00+01:00');
    await store.updateDue('a', '2025-12-04T09:00:00+01:00');
    await store.clearDue('a');
    expect(omi.callsTo('items:update')).toEqual([
      { id: 'a', changes: { dueAt: '2025-12-04T09:00:00+01:00' } },
      { id: 'a', changes: { dueAt: null } },
    ]);
  });

  it('says in words when connecting fails and clears the error on success', async () => {
    const omi = new FakeOmiApi(snapshotWith([], { connection: { status: 'signed_out' } }));
    const store = new AppStore(omi.api, new FakeClock(NOW));
    await store.start();
    expect(await store.connection.connect('  ')).toBe(false);
    expect(store.connection.connectError).toMatch(/paste/i);
    expect(omi.callsTo('auth:connect')).toEqual([]);
    omi.answers.set('auth:connect', () => ({
      ok: false,
      error: { kind: 'unauthorized', message: 'Omi refused this key.' },
    }));
    expect(await store.connection.connect('omi_dev_bad')).toBe(false);
    expect(store.connection.connectError).toBe('Omi refused this key.');
    omi.answers.set('auth:connect', () => ({ ok: true, value: { readOnly: false } }));
    expect(await store.connection.connect('omi_dev_good')).toBe(true);
    expect(store.connection.connectError).toBeNull();
  });

  it('turns on launch at login once a key from setup is in, and only then', async () => {
    const omi = new FakeOmiApi(snapshotWith([], { connection: { status: 'signed_out' } }));
    const store = new AppStore(omi.api, new FakeClock(NOW));
    await store.start();
    omi.answers.set('auth:connect', () => ({
      ok: false,
      error: { kind: 'unauthorized', message: 'Omi refused this key.' },
    }));
    await store.connection.connect('omi_dev_bad', { launchAtLogin: true });
    expect(omi.callsTo('settings:update')).toEqual([]);
    omi.answers.set('auth:connect', () => ({ ok: true, value: { readOnly: true } }));
    expect(await store.connection.connect('omi_dev_good', { launchAtLogin: true })).toBe(true);
    expect(omi.callsTo('settings:update')).toEqual([{ launchAtLogin: true }]);
    await store.connection.connect('omi_dev_good', { launchAtLogin: false });
    expect(omi.callsTo('settings:update')).toHaveLength(1);
  });

  it('remembers which edge of the popover faces the tray icon, when the system says', async () => {
    const { omi, store } = await started();
    omi.push('popover:shown', { mode: 'checklist', focusItemId: null, trayEdge: 'bottom' });
    expect(store.edits.trayEdge).toBe('bottom');
    omi.push('popover:shown', { mode: 'checklist', focusItemId: null });
    expect(store.edits.trayEdge).toBeNull();
  });

  it('follows popover:shown: quick edit asks for focus in "Quick edit", a notification for its item', async () => {
    const { omi, store } = await started();
    omi.push('popover:shown', { mode: 'quickEdit', focusItemId: null });
    expect(store.edits.mode).toBe('quickEdit');
    expect(store.edits.focusRequest).toMatchObject({ target: 'quickEdit' });
    omi.push('popover:shown', { mode: 'checklist', focusItemId: 'b' });
    expect(store.edits.mode).toBe('checklist');
    expect(store.edits.focusRequest).toMatchObject({ target: 'item', itemId: 'b' });
    store.edits.focusHandled(store.edits.focusRequest!);
    expect(store.edits.focusRequest).toBeNull();
  });

  it('ages labels with the clock: a due time passing turns into "Overdue since"', async () => {
    const { clock, store } = await started([itemView('a', { dueAt: new Date(NOW + 60_000).toISOString() })]);
    expect(store.list.sections[0]?.rows[0]?.due?.overdue).toBe(false);
    clock.advance(2 * 60_000);
    expect(store.list.sections[0]?.rows[0]?.due?.overdue).toBe(true);
  });

  it('keeps what was typed into the open editor until it closes or another opens', async () => {
    const { store } = await started();
    store.edits.startEdit('a', 'description');
    store.edits.keepDraft('a', 'description', 'Send the slides to Ma');
    expect(store.edits.draftFor('a', 'description')).toBe('Send the slides to Ma');
    expect(store.edits.draftFor('a', 'due')).toBeNull();
    store.edits.startEdit('b', 'due');
    expect(store.edits.draftFor('a', 'description')).toBeNull();
    store.edits.keepDraft('b', 'due', 'tomorrow');
    store.edits.stopEdit();
    expect(store.edits.draftFor('b', 'due')).toBeNull();
  });

  it('hides dismissed warnings and keeps new ones', async () => {
    const { omi, store } = await started();
    omi.push(
      'snapshot:changed',
      snapshotWith(omi.snapshot.items, { warnings: ['Shortcut taken', 'Keychain missing'] }),
    );
    store.notices.dismissWarning('Shortcut taken');
    expect(store.notices.warnings).toEqual(['Keychain missing']);
  });

  it('stops listening when stopped', async () => {
    const { omi, store } = await started();
    store.stop();
    omi.push('snapshot:changed', snapshotWith([]));
    await flush();
    expect(store.list.snapshot?.items).toHaveLength(2);
  });

  it('on signing out forgets the open editor, the ticks on their way and what was said; a refused sign-out keeps them', async () => {
    const { omi, store } = await started();
    omi.answers.set('auth:signOut', () => ({ ok: false, error: { kind: 'network', message: 'No answer.' } }));
    store.edits.startEdit('a', 'description');
    store.notices.showAlert('Something happened.');
    expect((await store.signOut()).ok).toBe(false);
    expect(store.edits.editing).toEqual({ id: 'a', field: 'description' });
    expect(store.notices.alert?.text).toBe('Something happened.');

    omi.answers.delete('auth:signOut');
    await store.toggle(store.list.item('b')!, true);
    expect((await store.signOut()).ok).toBe(true);
    expect(store.edits.editing).toBeNull();
    expect(store.notices.alert).toBeNull();
    expect(store.list.ticks.pending.size).toBe(0);
  });

  it('says why undoing an edit or a delete was refused', async () => {
    const { omi, store } = await started();
    omi.answers.set('items:update', () => ({
      ok: false,
      error: { kind: 'forbidden', message: 'This key can only read.' },
    }));
    omi.answers.set('items:undoDelete', () => ({
      ok: false,
      error: { kind: 'not_found', message: 'It is already gone.' },
    }));
    await store.undo({
      kind: 'edited',
      id: 'a',
      description: 'Send the slides',
      words: 'Description changed',
      before: { description: 'Send slides' },
    });
    expect(omi.callsTo('items:update')).toEqual([{ id: 'a', changes: { description: 'Send slides' } }]);
    expect(store.notices.alert?.why).toBe('This key can only read.');

    await store.undo({ kind: 'deleted', id: 'a', description: 'Send the slides' });
    expect(store.notices.alert?.text).toBe('It is already gone.');
  });

  it('snoozes one reminder and pauses or resumes them all through the core, saying a refusal in words', async () => {
    const { omi, store } = await started();
    await store.snoozeReminder('a', NOW + 3_600_000);
    expect(omi.callsTo('reminders:snooze')).toEqual([{ id: 'a', until: new Date(NOW + 3_600_000).toISOString() }]);
    expect(store.notices.reminderItemId).toBe('a');

    omi.answers.set('reminders:pause', () => ({
      ok: false,
      error: { kind: 'invalid', message: 'That time has passed.' },
    }));
    await store.pauseReminders(NOW + 60_000);
    expect(store.notices.alert?.text).toBe('That time has passed.');
    omi.answers.delete('reminders:pause');
    await store.resumeReminders();
    expect(omi.callsTo('reminders:pause')).toEqual([{ until: new Date(NOW + 60_000).toISOString() }, { until: null }]);
  });
});
