/** Quick edit's modes over the one key map: typing filters, Escape backs out a step at a time. */
import { describe, expect, it } from 'vitest';
import { keyAction, type KeyContext, type QuickEditAction } from '../../../../src/quick-edit/keymap';
import type { KeyInput } from '../../../../src/common/key-map';
import { NO_MODIFIERS } from '../../support/key-press';

type Mods = Partial<Omit<KeyInput, 'key'>>;
const press = (key: string, mods: Mods = {}): KeyInput => ({ key, ...NO_MODIFIERS, ...mods });
const context = (fields: Partial<KeyContext> = {}): KeyContext => ({
  mode: 'list',
  filterEmpty: true,
  fromList: false,
  platform: 'other',
  ...fields,
});
const inList = (event: KeyInput, filterEmpty: boolean): QuickEditAction => keyAction(event, context({ filterEmpty }));
const NONE = { type: 'none' };

describe('Quick edit keys in its list', () => {
  it('lets every key that types something reach the filter, also while the box is empty', () => {
    const typed = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ?+-/.,;:!éü'];
    for (const key of typed) {
      for (const filterEmpty of [true, false]) {
        expect(inList(press(key), filterEmpty)).toEqual(NONE);
        expect(inList(press(key, { shiftKey: true }), filterEmpty)).toEqual(NONE);
      }
    }
    for (const key of ['Backspace', 'Delete', 'ArrowLeft', 'ArrowRight', 'Tab'])
      expect(inList(press(key), true)).toEqual(NONE);
  });

  it("acts on the selected item with the list's keys", () => {
    expect(inList(press('Enter', { ctrlKey: true }), false)).toEqual({ type: 'toggleDone' });
    expect(inList(press('ArrowRight', { altKey: true }), false)).toEqual({ type: 'pushDue', days: 1 });
    expect(inList(press('Delete', { ctrlKey: true }), false)).toEqual({ type: 'deleteItem' });
  });

  it('leaves the item menu keys to the list (there is no menu in Quick edit)', () => {
    expect(inList(press('ContextMenu'), true)).toEqual(NONE);
  });

  it('backs out with Escape: clears the box, then goes back to the list it came from', () => {
    expect(keyAction(press('Escape'), context({ filterEmpty: false, fromList: true }))).toEqual({
      type: 'back',
      step: 'clearFilter',
    });
    expect(keyAction(press('Escape'), context({ filterEmpty: true, fromList: true }))).toEqual({
      type: 'back',
      step: 'toList',
    });
  });

  it('hides on Escape with an empty box when the shortcut opened it', () => {
    expect(keyAction(press('Escape'), context({ filterEmpty: true, fromList: false }))).toEqual({
      type: 'back',
      step: 'hide',
    });
  });

  it('ignores every key while an input method is composing', () => {
    expect(inList(press('Enter', { isComposing: true }), false)).toEqual(NONE);
    expect(inList(press('Escape', { isComposing: true }), false)).toEqual(NONE);
  });
});

describe('Quick edit keys in an editor and in the list of keys', () => {
  it.each(['editingDescription', 'editingDue'] as const)('in %s: Enter saves, Escape cancels, typing types', (mode) => {
    expect(keyAction(press('Enter'), context({ mode }))).toEqual({ type: 'commitEdit' });
    expect(keyAction(press('Enter', { ctrlKey: true }), context({ mode }))).toEqual({ type: 'commitEdit' });
    expect(keyAction(press('Escape'), context({ mode, filterEmpty: false }))).toEqual({
      type: 'back',
      step: 'cancelEdit',
    });
    for (const key of ['j', 'x', 'd', ' ', '?', 'ArrowDown', 'Delete']) {
      expect(keyAction(press(key), context({ mode }))).toEqual(NONE);
    }
  });

  it('closes the list of keys with Escape, F1 or Ctrl+/ (⌘/ on macOS) and lets typed characters reach the box', () => {
    for (const event of [press('Escape'), press('F1'), press('/', { ctrlKey: true })]) {
      expect(keyAction(event, context({ mode: 'help' }))).toEqual({ type: 'back', step: 'closeHelp' });
    }
    expect(keyAction(press('/', { metaKey: true }), context({ mode: 'help', platform: 'mac' }))).toEqual({
      type: 'back',
      step: 'closeHelp',
    });
    for (const key of ['x', '?', '/']) expect(keyAction(press(key), context({ mode: 'help' }))).toEqual(NONE);
  });
});
