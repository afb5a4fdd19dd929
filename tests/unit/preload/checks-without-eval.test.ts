/**
 * The preload builds no code from text: the page's policy forbids it, and Zod's compiled checks cost
 * a popover's first showing several milliseconds. Every Function made from here on is recorded
 * (installed before any module loads), then the preload loads as Electron runs it and hears a full
 * snapshot push: nothing may have been made, neither Zod's probe nor a compiled check.
 */
import { expect, it, vi } from 'vitest';
import type { OmiApi } from '../../../electron/shared/omi-api';
import { itemView } from '../support/items';
import { allShown } from '../support/suggestions';

const made = vi.hoisted(() => {
  const texts: string[] = [];
  globalThis.Function = new Proxy(Function, {
    construct(target, args: unknown[]) {
      texts.push(String(args.at(-1)).slice(0, 60));
      return Reflect.construct(target, args) as object;
    },
    apply(target, self, args: unknown[]) {
      texts.push(String(args.at(-1)).slice(0, 60));
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  return texts;
});

const electron = vi.hoisted(() => {
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  const exposed = new Map<string, unknown>();
  return {
    listeners,
    exposed,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: () => Promise.resolve(null),
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => listeners.set(channel, listener),
      removeListener: () => undefined,
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

it('checks pushes without building code from text', async () => {
  const { toItemTable } = await import('../../../electron/shared/item-table');
  const { toSuggestionGroups } = await import('../../../electron/shared/suggestion-groups');
  made.length = 0;
  await import('../../../electron/preload/index');
  const omi = electron.exposed.get('omi') as OmiApi;
  const heard: unknown[] = [];
  omi.on('snapshot:changed', (snapshot) => heard.push(snapshot));
  omi.on('popover:shown', (shown) => heard.push(shown));
  const item = itemView('i1', { description: 'Send the deck' });
  const suggestions = toSuggestionGroups(
    allShown([
      {
        key: 'c1\u0000call the printer',
        words: 'Call the printer',
        dueAt: null,
        conversationId: 'c1',
        conversationTitle: 'Planning',
        heardAt: '2026-03-01T10:00:00.000Z',
      },
    ]),
  );
  const push = {
    seq: 1,
    itemsSeq: 1,
    looksSeq: 0,
    suggestionsSeq: 1,
    items: toItemTable([item]),
    suggestions,
    warnings: [],
  };
  electron.listeners.get('snapshot:changed')?.({}, push);
  electron.listeners.get('popover:shown')?.({}, { mode: 'checklist', focusItemId: null });
  expect(heard).toHaveLength(2);
  expect(made).toEqual([]);
});
