/**
 * The preload bridge: `window.omi` goes to the page through contextBridge, calls go to
 * ipcRenderer.invoke, listeners hear the payload alone (never Electron's event), and the function
 * `on` returns takes exactly that listener off ipcRenderer again.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SnapshotPush } from '../../../electron/shared/app-state';
import { toItemTable } from '../../../electron/shared/item-table';
import { suggestionKey } from '../../../electron/shared/suggestion';
import { allShown } from '../support/suggestions';
import { toSuggestionGroups } from '../../../electron/shared/suggestion-groups';
import type { OmiApi } from '../../../electron/shared/omi-api';
import { itemView } from '../support/items';

type Forward = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const exposed = new Map<string, unknown>();
  return {
    listeners,
    exposed,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (channel: string, args: unknown) => Promise.resolve({ channel, args }),
      on(channel: string, listener: (event: unknown, payload: unknown) => void) {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      },
      removeListener(channel: string, listener: (event: unknown, payload: unknown) => void) {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

function push(channel: string, payload: unknown): void {
  const event = { sender: electron.ipcRenderer, senderId: 0 };
  for (const listener of [...(electron.listeners.get(channel) ?? [])]) (listener as Forward)(event, payload);
}

const TRAY = { mode: 'checklist', focusItemId: null } as const;
const SHORTCUT = { mode: 'quickEdit', focusItemId: null } as const;

let omi: OmiApi;

beforeEach(async () => {
  electron.listeners.clear();
  electron.exposed.clear();
  vi.resetModules();
  await import('../../../electron/preload/index');
  omi = electron.exposed.get('omi') as OmiApi;
});

describe('the preload bridge', () => {
  it('exposes window.omi, whose calls go to ipcRenderer.invoke with the one argument', async () => {
    expect([...electron.exposed.keys()]).toEqual(['omi']);
    await expect(omi.invoke('app:getSnapshot')).resolves.toEqual({ channel: 'app:getSnapshot', args: undefined });
  });

  it('hands a listener the payload alone, and the returned function stops it hearing more', () => {
    const heard: unknown[] = [];
    const stop = omi.on('popover:shown', (how) => heard.push(how));
    push('popover:shown', SHORTCUT);
    expect(heard).toEqual([SHORTCUT]);

    stop();
    push('popover:shown', TRAY);
    expect(heard).toEqual([SHORTCUT]);
    expect(electron.listeners.get('popover:shown')?.size).toBe(0);
  });

  it('hands on only pushes of the shape their channel promises', () => {
    const snapshots: unknown[] = [];
    const shown: unknown[] = [];
    omi.on('snapshot:changed', (snapshot) => snapshots.push(snapshot));
    omi.on('popover:shown', (how) => shown.push(how));
    const sameItems = { seq: 4, itemsSeq: 2, looksSeq: 1, suggestionsSeq: 1, items: null, warnings: [] };
    push('snapshot:changed', sameItems);
    push('snapshot:changed', { seq: 5, itemsSeq: 2, looksSeq: 1, suggestionsSeq: 1, warnings: [] });
    push('snapshot:changed', { seq: -1, itemsSeq: 2, looksSeq: 1, suggestionsSeq: 1, items: null });
    push('snapshot:changed', { seq: 6, itemsSeq: 2, looksSeq: 1, items: null });
    push('snapshot:changed', { seq: 6, itemsSeq: 2, suggestionsSeq: 1, items: null });
    push('popover:shown', { mode: 'somewhere', focusItemId: null });
    expect(snapshots).toEqual([sameItems]);
    expect(shown).toEqual([]);
  });

  it('passes the items of a snapshot on as a table, and drops a push whose table is not one', () => {
    const snapshots: SnapshotPush[] = [];
    omi.on('snapshot:changed', (snapshot) => snapshots.push(snapshot));
    const items = [
      itemView('a1', { description: 'Send the deck', dueAt: '2026-12-08T16:00:00.000Z', conversationId: 'c1' }),
      itemView('a2', { completed: true, pending: true }),
    ];
    const envelope = { seq: 7, itemsSeq: 3, looksSeq: 1, suggestionsSeq: 1, warnings: [] };
    push('snapshot:changed', { ...envelope, items: toItemTable(items) });
    const table = toItemTable(items);
    push('snapshot:changed', { ...envelope, seq: 8, items: { ...table, fields: [...table.fields].reverse() } });
    push('snapshot:changed', { ...envelope, seq: 9, items: { ...table, rows: [table.rows[0]!.slice(1)] } });
    push('snapshot:changed', {
      ...envelope,
      seq: 10,
      items: { ...table, rows: [['a1', 42, ...table.rows[0]!.slice(2)]] },
    });
    expect(snapshots.map((snapshot) => snapshot.seq)).toEqual([7]);
    expect(snapshots[0]?.items).toEqual(toItemTable(items));
  });

  it('passes the suggestions of a snapshot on as groups, and drops a push whose groups are not', () => {
    const snapshots: SnapshotPush[] = [];
    omi.on('snapshot:changed', (snapshot) => snapshots.push(snapshot));
    const suggestions = allShown([
      {
        key: suggestionKey('c1', 'Send the deck.'),
        words: 'Send the deck.',
        dueAt: null,
        conversationId: 'c1',
        conversationTitle: 'Launch call',
        heardAt: '2026-12-06T09:00:00.000Z',
      },
    ]);
    const envelope = { seq: 7, itemsSeq: 3, looksSeq: 1, suggestionsSeq: 2, warnings: [], items: null };
    push('snapshot:changed', { ...envelope, suggestions: toSuggestionGroups(suggestions) });
    push('snapshot:changed', {
      ...envelope,
      seq: 8,
      suggestions: { ...toSuggestionGroups(suggestions), groups: 'c1' },
    });
    expect(snapshots.map((snapshot) => snapshot.seq)).toEqual([7]);
    expect(snapshots[0]?.suggestions).toEqual(toSuggestionGroups(suggestions));
  });

  it('keeps other listeners of the same channel when one stops', () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stopFirst = omi.on('popover:shown', (how) => first.push(how));
    omi.on('popover:shown', (how) => second.push(how));
    stopFirst();
    push('popover:shown', TRAY);
    expect(first).toEqual([]);
    expect(second).toEqual([TRAY]);
  });
});
