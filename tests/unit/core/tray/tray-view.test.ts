import { describe, expect, it } from 'vitest';
import type { ItemView } from '../../../../electron/shared/action-item';
import { itemView } from '../../support/items';
import { buildTrayView, TRAY_LABELS, trayItemLabel, type TrayActions } from '../../../../electron/core/tray/tray-view';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

// Local wall-clock dates in the process's own zone, so the expectations hold in whatever zone the test runs.
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const now = new Date(2026, 10, 30, 14, 0);
const at = (day: number, hour: number, minute = 0): string => new Date(2026, 10, day, hour, minute).toISOString();

let nextId = 0;
function item(description: string, dueAt: string | null, extra: Partial<ItemView> = {}): ItemView {
  nextId += 1;
  return itemView(`item-${nextId}`, {
    description,
    dueAt,
    createdAt: new Date(2026, 9, nextId).toISOString(),
    ...extra,
  });
}

function fakeActions(): TrayActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    open: () => calls.push('open'),
    quickEdit: () => calls.push('quickEdit'),
    refresh: () => calls.push('refresh'),
    toggleItem: (id, completed) => calls.push(`toggle ${id} ${completed}`),
    pauseReminders: (until) => calls.push(`pause ${until === null ? 'null' : new Date(until).toISOString()}`),
    signOut: () => calls.push('signOut'),
    quit: () => calls.push('quit'),
  };
}

const base = {
  now,
  timeZone: ZONE,
  style: DAY_FIRST_24_HOUR,
  connected: true,
  remindersPausedUntil: null,
  shortcutWarning: null,
};
const labels = (view: ReturnType<typeof buildTrayView>): string[] =>
  view.menu.filter((entry) => entry.kind !== 'separator').map((entry) => entry.label);

describe('tray view', () => {
  it('starts with Open and Quick edit and ends with Sign out and Quit when connected', () => {
    const view = buildTrayView({ ...base, items: [] }, fakeActions());
    const shown = labels(view);
    expect(shown.slice(0, 2)).toEqual([TRAY_LABELS.open, TRAY_LABELS.quickEdit]);
    expect(shown.slice(-2)).toEqual([TRAY_LABELS.signOut, TRAY_LABELS.quit]);
    expect(shown).toContain(TRAY_LABELS.noOpenItems);
  });

  it('keeps Sign out apart from Quit: a separator lies between them, and above Sign out', () => {
    const view = buildTrayView({ ...base, items: [] }, fakeActions());
    const kinds = view.menu.slice(-4).map((entry) => (entry.kind === 'separator' ? '---' : entry.label));
    expect(kinds).toEqual(['---', TRAY_LABELS.signOut, '---', TRAY_LABELS.quit]);
  });

  it('offers Open, Quick edit and Quit only when signed out, and says so in the tooltip', () => {
    const view = buildTrayView({ ...base, connected: false, items: [] }, fakeActions());
    expect(labels(view)).toEqual([TRAY_LABELS.open, TRAY_LABELS.quickEdit, TRAY_LABELS.quit]);
    expect(view.tooltip).toBe('Omi Tray — not connected');
  });

  it('Open works on its own (the only way in where tray clicks never arrive)', () => {
    const actions = fakeActions();
    const view = buildTrayView({ ...base, items: [] }, actions);
    view.menu.find((entry) => entry.label === TRAY_LABELS.open)?.run?.();
    expect(actions.calls).toEqual(['open']);
  });

  it('lists the five most urgent open items, overdue first, undated last, completed never', () => {
    const items = [
      item('Undated newer', null, { createdAt: new Date(2026, 10, 29).toISOString() }),
      item('Later', at(30, 18)),
      item('Done already', at(1, 9), { completed: true }),
      item('Long overdue', at(27, 9)),
      item('Undated older', null, { createdAt: new Date(2026, 10, 1).toISOString() }),
      item('Tomorrow', at(31, 9)),
      item('Earlier today', at(30, 9)),
    ];
    const view = buildTrayView({ ...base, items }, fakeActions());
    const checkboxes = view.menu.filter((entry) => entry.kind === 'checkbox');
    expect(checkboxes.map((entry) => entry.label)).toEqual([
      'Long overdue — 3 days overdue',
      'Earlier today — Today 09:00',
      'Later — Today 18:00',
      'Tomorrow — Tomorrow 09:00',
      'Undated newer',
    ]);
    expect(checkboxes.every((entry) => entry.checked === false)).toBe(true);
  });

  it('places the item entries between Quick edit and Refresh', () => {
    const view = buildTrayView({ ...base, items: [item('Call Anna', at(30, 17))] }, fakeActions());
    const shown = labels(view);
    expect(shown.indexOf('Call Anna — Today 17:00')).toBe(2);
    expect(shown[3]).toBe(TRAY_LABELS.refresh);
  });

  it('ticks an item from its checkbox entry', () => {
    const actions = fakeActions();
    const target = item('Send the invoice', at(30, 17));
    const view = buildTrayView({ ...base, items: [target] }, actions);
    view.menu.find((entry) => entry.kind === 'checkbox')?.run?.();
    expect(actions.calls).toEqual([`toggle ${target.id} true`]);
  });

  it('cuts long and multi-line descriptions to one short line', () => {
    const label = trayItemLabel(
      { description: `Line one\nline two ${'x'.repeat(200)}`, dueAt: null },
      now,
      ZONE,
      DAY_FIRST_24_HOUR,
    );
    expect(label.length).toBeLessThanOrEqual(40);
    expect(label).not.toContain('\n');
    expect(label.endsWith('…')).toBe(true);
  });

  it('never splits an emoji when cutting', () => {
    const label = trayItemLabel({ description: '👍🏽'.repeat(60), dueAt: null }, now, ZONE, DAY_FIRST_24_HOUR);
    expect(
      [...new Intl.Segmenter().segment(label)]
        .map((s) => s.segment)
        .filter((s) => s !== '…')
        .every((s) => s === '👍🏽'),
    ).toBe(true);
  });

  it('counts past due (due time passed, also earlier today) and still due today without double counting', () => {
    const items = [
      item('a', at(27, 9)),
      item('b', at(30, 9)),
      item('c', at(30, 15)),
      item('d', at(30, 23, 59)),
      item('e', at(31, 0)),
      item('f', null),
      item('g', at(29, 9), { completed: true }),
    ];
    const view = buildTrayView({ ...base, items }, fakeActions());
    expect(view.overdue).toBe(2);
    expect(view.dueToday).toBe(2);
    expect(view.tooltip).toBe('Omi Tray — 2 past due, 2 due today');
  });

  it('says when nothing is due today', () => {
    const view = buildTrayView({ ...base, items: [item('x', at(31, 9))] }, fakeActions());
    expect(view.tooltip).toBe('Omi Tray — nothing due today');
    expect(view.overdue).toBe(0);
  });

  it('keeps the tooltip within the 127 characters Windows shows, even with huge counts and a pause', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => item(`n${i}`, i % 2 ? at(1, 9) : at(30, 20)));
    const view = buildTrayView({ ...base, remindersPausedUntil: now.getTime() + 60_000, items }, fakeActions());
    expect(view.tooltip.length).toBeLessThanOrEqual(127);
    expect(view.tooltip).toBe('Omi Tray — 10000 past due, 10000 due today · reminders paused');
  });

  it('offers pausing for an hour or until tomorrow 09:00 when reminders run', () => {
    const actions = fakeActions();
    const view = buildTrayView({ ...base, items: [] }, actions);
    view.menu.find((entry) => entry.label === TRAY_LABELS.pauseHour)?.run?.();
    view.menu.find((entry) => entry.label === TRAY_LABELS.pauseTomorrow)?.run?.();
    expect(actions.calls).toEqual([
      `pause ${new Date(2026, 10, 30, 15, 0).toISOString()}`,
      `pause ${new Date(2026, 11, 1, 9, 0).toISOString()}`,
    ]);
    expect(labels(view)).not.toContain(TRAY_LABELS.resume);
  });

  it('offers Resume and says until when while paused', () => {
    const actions = fakeActions();
    const view = buildTrayView(
      { ...base, items: [], remindersPausedUntil: new Date(2026, 10, 30, 15, 30).getTime() },
      actions,
    );
    expect(labels(view)).toContain('Reminders paused until 15:30');
    expect(labels(view)).not.toContain(TRAY_LABELS.pauseHour);
    view.menu.find((entry) => entry.label === TRAY_LABELS.resume)?.run?.();
    expect(actions.calls).toEqual(['pause null']);
  });

  it('treats a pause that already ended as no pause', () => {
    const view = buildTrayView({ ...base, items: [], remindersPausedUntil: now.getTime() - 1 }, fakeActions());
    expect(labels(view)).toContain(TRAY_LABELS.pauseHour);
  });

  it('shows a shortcut warning as a disabled line above Sign out', () => {
    const warning = 'Ctrl+Shift+Space is taken by another app; choose another shortcut in Settings.';
    const view = buildTrayView({ ...base, items: [], shortcutWarning: warning }, fakeActions());
    const entry = view.menu.find((candidate) => candidate.label === warning);
    expect(entry?.enabled).toBe(false);
    expect(labels(view).slice(-3)).toEqual([warning, TRAY_LABELS.signOut, TRAY_LABELS.quit]);
  });

  it('runs Refresh, Quick edit, Sign out and Quit', () => {
    const actions = fakeActions();
    const view = buildTrayView({ ...base, items: [] }, actions);
    for (const label of [TRAY_LABELS.refresh, TRAY_LABELS.quickEdit, TRAY_LABELS.signOut, TRAY_LABELS.quit]) {
      view.menu.find((entry) => entry.label === label)?.run?.();
    }
    expect(actions.calls).toEqual(['refresh', 'quickEdit', 'signOut', 'quit']);
  });

  it('picks the most urgent items out of a large list in any order', () => {
    const items = Array.from({ length: 10_000 }, (_, i) =>
      item(`n${i}`, new Date(2026, 11, 1, 0, (i * 7919) % 10_000).toISOString()),
    );
    const view = buildTrayView({ ...base, items }, fakeActions());
    const firstMinutes = view.menu
      .filter((entry) => entry.kind === 'checkbox')
      .map((entry) => entry.label.split(' ')[0]);
    // Index i is due at minute (i * 7919) mod 10000: minutes 0..4 belong to these indexes.
    const expected = [0, 1, 2, 3, 4].map((minute) => `n${items.findIndex((_, i) => (i * 7919) % 10_000 === minute)}`);
    expect(firstMinutes).toEqual(expected);
  });

  it('names how many suggestions wait and opens the popover there; the icon counts due items only', () => {
    const actions = { ...fakeActions(), openSuggestions: () => actions.calls.push('suggestions') };
    const view = buildTrayView({ ...base, items: [item('Call Ana', at(29, 9))], suggestionCount: 3 }, actions);
    expect(labels(view).slice(0, 3)).toEqual([
      TRAY_LABELS.open,
      TRAY_LABELS.quickEdit,
      '3 suggestions from your conversations',
    ]);
    view.menu.find((entry) => entry.label === '3 suggestions from your conversations')?.run?.();
    expect(actions.calls).toEqual(['suggestions']);
    expect(view.overdue).toBe(1);
    const none = buildTrayView({ ...base, items: [], suggestionCount: 0 }, actions);
    expect(labels(none).some((label) => label.includes('suggestion'))).toBe(false);
  });
});
