/** The one key map: each chord means one thing on an item in the list and in Quick edit's box. */
import { describe, expect, it } from 'vitest';
import {
  itemCommand,
  KEY_BINDINGS,
  keyHelp,
  type ItemCommand,
  type KeyInput,
  type KeyPlace,
} from '../../../../src/common/key-map';
import type { Platform } from '../../../../src/common/shortcut-keys';
import { NO_MODIFIERS } from '../../support/key-press';

type Mods = Partial<Omit<KeyInput, 'key'>>;
const press = (key: string, mods: Mods = {}): KeyInput => ({ key, ...NO_MODIFIERS, ...mods });
const LIST: KeyPlace = { in: 'list' };
const BOX_EMPTY: KeyPlace = { in: 'quickEdit', boxEmpty: true };
const BOX_TEXT: KeyPlace = { in: 'quickEdit', boxEmpty: false };
const EVERYWHERE = [LIST, BOX_EMPTY, BOX_TEXT];

/** [what, platform, key press, the command in the list and in Quick edit (with or without text)] */
const SAME_EVERYWHERE: [string, Platform, KeyInput, ItemCommand][] = [
  ['↓ next', 'other', press('ArrowDown'), { type: 'moveSelection', move: 1 }],
  ['↑ previous', 'mac', press('ArrowUp'), { type: 'moveSelection', move: -1 }],
  ['Page Up first', 'other', press('PageUp'), { type: 'moveSelection', move: 'first' }],
  ['Page Down last', 'other', press('PageDown'), { type: 'moveSelection', move: 'last' }],
  ['Ctrl+Enter done', 'other', press('Enter', { ctrlKey: true }), { type: 'toggleDone' }],
  ['⌘+Enter done', 'mac', press('Enter', { metaKey: true }), { type: 'toggleDone' }],
  ['Enter edits', 'other', press('Enter'), { type: 'editDescription' }],
  ['F2 edits', 'mac', press('F2'), { type: 'editDescription' }],
  ['Ctrl+D due date', 'other', press('d', { ctrlKey: true }), { type: 'editDue' }],
  ['⌘D due date', 'mac', press('d', { metaKey: true }), { type: 'editDue' }],
  ['Alt+→ a day later', 'other', press('ArrowRight', { altKey: true }), { type: 'pushDue', days: 1 }],
  ['Alt+← a day earlier', 'other', press('ArrowLeft', { altKey: true }), { type: 'pushDue', days: -1 }],
  ['⌘⌥→ a day later', 'mac', press('ArrowRight', { metaKey: true, altKey: true }), { type: 'pushDue', days: 1 }],
  ['⌘⌥← a day earlier', 'mac', press('ArrowLeft', { metaKey: true, altKey: true }), { type: 'pushDue', days: -1 }],
  ['Ctrl+Shift+D clears', 'other', press('D', { ctrlKey: true, shiftKey: true }), { type: 'clearDue' }],
  ['Ctrl+Delete deletes', 'other', press('Delete', { ctrlKey: true }), { type: 'deleteItem' }],
  ['⌘+Delete deletes', 'mac', press('Delete', { metaKey: true }), { type: 'deleteItem' }],
  ['F1 keys', 'other', press('F1'), { type: 'showHelp' }],
  ['⌘/ keys', 'mac', press('/', { metaKey: true }), { type: 'showHelp' }],
];

/** Keys that edit text in a box, so they never act in Quick edit, however often pressed, empty box or not. */
const TEXT_EDITING: [string, Platform, KeyInput][] = [
  ['Ctrl+→ (word)', 'other', press('ArrowRight', { ctrlKey: true })],
  ['Ctrl+← (word)', 'other', press('ArrowLeft', { ctrlKey: true })],
  ['⌘→ (line end)', 'mac', press('ArrowRight', { metaKey: true })],
  ['⌥→ (word)', 'mac', press('ArrowRight', { altKey: true })],
  ['⌥← (word)', 'mac', press('ArrowLeft', { altKey: true })],
  ['⌥⇧→ (select a word)', 'mac', press('ArrowRight', { altKey: true, shiftKey: true })],
  ['Delete', 'other', press('Delete')],
  ['Delete', 'mac', press('Delete')],
  ['Backspace', 'other', press('Backspace')],
  ['Ctrl+Backspace (word)', 'other', press('Backspace', { ctrlKey: true })],
  ['⌘⌫ (line)', 'mac', press('Backspace', { metaKey: true })],
  ['⌃D (delete forward)', 'mac', press('d', { ctrlKey: true })],
  ['⌃K', 'mac', press('k', { ctrlKey: true })],
  ['Space', 'other', press(' ')],
  ['Shift+→ (select)', 'other', press('ArrowRight', { shiftKey: true })],
  ['Ctrl+A', 'other', press('a', { ctrlKey: true })],
  ['a letter', 'other', press('r')],
];

describe('the one key map', () => {
  it.each(SAME_EVERYWHERE)(
    '%s (%s) means the same in the list and in Quick edit',
    (_what, platform, event, command) => {
      for (const place of EVERYWHERE) expect(itemCommand(event, place, platform)).toEqual(command);
    },
  );

  it.each(TEXT_EDITING)('%s (%s) in Quick edit edits text only', (_what, platform, event) => {
    for (const place of [BOX_EMPTY, BOX_TEXT]) {
      expect(itemCommand(event, place, platform)).toBeNull();
      expect(itemCommand({ ...event, repeat: true }, place, platform)).toBeNull();
    }
  });

  it.each<[string, Platform, KeyInput, ItemCommand | null]>([
    ['Delete deletes', 'other', press('Delete'), { type: 'deleteItem' }],
    ['Delete deletes', 'mac', press('Delete'), { type: 'deleteItem' }],
    ['⌘⌫ deletes', 'mac', press('Backspace', { metaKey: true }), { type: 'deleteItem' }],
    ['Ctrl+Backspace does nothing', 'other', press('Backspace', { ctrlKey: true }), null],
    ['Space marks done', 'other', press(' '), { type: 'toggleDone' }],
    ['the menu key opens the menu', 'other', press('ContextMenu'), { type: 'openMenu' }],
    ['Shift+F10 opens the menu', 'other', press('F10', { shiftKey: true }), { type: 'openMenu' }],
    ['F10 alone does nothing', 'other', press('F10'), null],
    ['Home goes to the first item', 'other', press('Home'), { type: 'moveSelection', move: 'first' }],
    ['⌃D does nothing', 'mac', press('d', { ctrlKey: true }), null],
  ])('on a list item: %s (%s)', (_what, platform, event, command) => {
    expect(itemCommand(event, LIST, platform)).toEqual(command);
  });

  it('leaves ⌥←/→ to the text box on macOS, in the list and in Quick edit alike', () => {
    for (const key of ['ArrowLeft', 'ArrowRight']) {
      for (const place of EVERYWHERE) expect(itemCommand(press(key, { altKey: true }), place, 'mac')).toBeNull();
      // Ctrl+Alt is not the chord elsewhere either: one chord per platform.
      expect(itemCommand(press(key, { ctrlKey: true, altKey: true }), LIST, 'other')).toBeNull();
    }
  });

  it('moves with Home and End in Quick edit only while the box is empty (else they move the caret)', () => {
    expect(itemCommand(press('Home'), BOX_EMPTY, 'other')).toEqual({ type: 'moveSelection', move: 'first' });
    expect(itemCommand(press('End'), BOX_EMPTY, 'other')).toEqual({ type: 'moveSelection', move: 'last' });
    expect(itemCommand(press('Home'), BOX_TEXT, 'other')).toBeNull();
    expect(itemCommand(press('End'), BOX_TEXT, 'other')).toBeNull();
  });

  it('ignores a held key for anything that changes an item, but not for moving', () => {
    const held = (event: KeyInput): KeyInput => ({ ...event, repeat: true });
    expect(itemCommand(held(press('Delete', { ctrlKey: true })), BOX_TEXT, 'other')).toBeNull();
    expect(itemCommand(held(press('Delete')), LIST, 'other')).toBeNull();
    expect(itemCommand(held(press('Backspace', { metaKey: true })), LIST, 'mac')).toBeNull();
    expect(itemCommand(held(press('Enter', { ctrlKey: true })), LIST, 'other')).toBeNull();
    expect(itemCommand(held(press('ArrowRight', { altKey: true })), LIST, 'other')).toBeNull();
    expect(itemCommand(held(press('ArrowDown')), BOX_TEXT, 'other')).toEqual({ type: 'moveSelection', move: 1 });
  });

  it('ignores every key while an input method is composing', () => {
    expect(itemCommand(press('Enter', { isComposing: true }), BOX_TEXT, 'other')).toBeNull();
  });

  it('never gives one chord two meanings', () => {
    const seen = new Map<string, string>();
    for (const binding of KEY_BINDINGS) {
      for (const spec of binding.keys) {
        const id = `${spec.key.toLowerCase()}|${spec.mod ?? false}|${spec.alt ?? false}|${spec.shift ?? 'any'}`;
        expect(seen.get(id) ?? binding.description).toBe(binding.description);
        seen.set(id, binding.description);
      }
    }
  });
});

describe('keyHelp, the one table F1 shows', () => {
  const platforms: Platform[] = ['mac', 'other'];

  it.each(platforms)('lists every binding of the key map (%s)', (platform) => {
    const described = keyHelp(platform).map((entry) => entry.description);
    for (const binding of KEY_BINDINGS) expect(described).toContain(binding.description);
  });

  it('writes Ctrl and Alt on Windows and Linux, ⌘ and ⌥ on macOS', () => {
    const line = (platform: Platform, description: string) =>
      keyHelp(platform).find((entry) => entry.description === description);
    expect(line('other', 'Mark done, or not done')).toEqual({
      description: 'Mark done, or not done',
      keys: ['Ctrl+Enter'],
      inList: ['Space'],
      emptyBox: [],
    });
    expect(line('mac', 'Mark done, or not done')?.keys).toEqual(['⌘+Enter']);
    expect(line('mac', 'Due date one day later')?.keys).toEqual(['⌘+⌥+→']);
    expect(line('mac', 'Due date one day earlier')?.keys).toEqual(['⌘+⌥+←']);
    expect(line('other', 'Due date one day later')?.keys).toEqual(['Alt+→']);
  });

  it('names ⌘⌫ for deleting on macOS only, and keeps Delete and Backspace out of Quick edit', () => {
    const deleting = (platform: Platform) =>
      keyHelp(platform).find((entry) => entry.description.startsWith('Delete the item'));
    expect(deleting('mac')).toMatchObject({ keys: ['⌘+Delete'], inList: ['Delete', '⌘⌫'] });
    expect(deleting('other')).toMatchObject({ keys: ['Ctrl+Delete'], inList: ['Delete'] });
  });
});
