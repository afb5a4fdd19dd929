import { describe, expect, it } from 'vitest';
import {
  keyAction,
  keyHelp,
  type KeyInput,
  type QuickEditAction,
} from '../../../../../src/lib/quick-edit/keymap';
import { NO_MODIFIERS } from '../../../support/key-press';

type Mods = Partial<Omit<KeyInput, 'key'>>;
const press = (key: string, mods: Mods = {}): KeyInput => ({ key, ...NO_MODIFIERS, ...mods });
const inList = (event: KeyInput, filterEmpty: boolean): QuickEditAction =>
  keyAction(event, { mode: 'list', filterEmpty });
const NONE = { type: 'none' };

describe('quick edit keys in the list', () => {
  it('moves the selection with the arrows whether or not the box holds text', () => {
    for (const filterEmpty of [true, false]) {
      expect(inList(press('ArrowDown'), filterEmpty)).toEqual({ type: 'moveSelection', move: 1 });
      expect(inList(press('ArrowUp'), filterEmpty)).toEqual({ type: 'moveSelection', move: -1 });
      expect(inList(press('PageUp'), filterEmpty)).toEqual({ type: 'moveSelection', move: 'first' });
      expect(inList(press('PageDown'), filterEmpty)).toEqual({ type: 'moveSelection', move: 'last' });
    }
  });

  it('moves with Home/End only while the box is empty', () => {
    expect(inList(press('Home'), true)).toEqual({ type: 'moveSelection', move: 'first' });
    expect(inList(press('End'), true)).toEqual({ type: 'moveSelection', move: 'last' });
    for (const key of ['Home', 'End']) expect(inList(press(key), false)).toEqual(NONE);
  });

  it('lets every key that types something reach the filter, also while the box is empty', () => {
    const typed = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ?+-/.,;:!éü'];
    for (const key of typed) {
      for (const filterEmpty of [true, false]) {
        expect(inList(press(key), filterEmpty)).toEqual(NONE);
        expect(inList(press(key, { shiftKey: true }), filterEmpty)).toEqual(NONE);
      }
    }
    for (const key of ['Backspace', 'ArrowLeft', 'ArrowRight', 'Tab']) expect(inList(press(key), true)).toEqual(NONE);
    expect(inList(press('Tab', { shiftKey: true }), false)).toEqual(NONE);
  });

  it('ticks with Ctrl or ⌘ + Enter only', () => {
    for (const filterEmpty of [true, false]) {
      expect(inList(press('Enter', { ctrlKey: true }), filterEmpty)).toEqual({ type: 'toggleDone' });
      expect(inList(press('Enter', { metaKey: true }), filterEmpty)).toEqual({ type: 'toggleDone' });
    }
  });

  it('edits the description with Enter or F2', () => {
    expect(inList(press('Enter'), false)).toEqual({ type: 'editDescription' });
    expect(inList(press('F2'), true)).toEqual({ type: 'editDescription' });
  });

  it('edits the due date with Ctrl+D and clears it with Ctrl+Shift+D', () => {
    expect(inList(press('d', { ctrlKey: true }), false)).toEqual({ type: 'editDue' });
    expect(inList(press('d', { metaKey: true }), true)).toEqual({ type: 'editDue' });
    expect(inList(press('D', { shiftKey: true, ctrlKey: true }), false)).toEqual({ type: 'clearDue' });
  });

  it('pushes the due date a day with Ctrl+→ and back with Ctrl+←', () => {
    expect(inList(press('ArrowRight', { ctrlKey: true }), false)).toEqual({ type: 'pushDue', days: 1 });
    expect(inList(press('ArrowLeft', { metaKey: true }), true)).toEqual({ type: 'pushDue', days: -1 });
  });

  it('deletes with Ctrl+Delete always; Delete and Ctrl+Backspace only while the box is empty', () => {
    expect(inList(press('Delete', { ctrlKey: true }), false)).toEqual({ type: 'deleteItem' });
    expect(inList(press('Delete'), true)).toEqual({ type: 'deleteItem' });
    expect(inList(press('Backspace', { metaKey: true }), true)).toEqual({ type: 'deleteItem' });
    // With text in the box these keep their text-editing meaning.
    expect(inList(press('Delete'), false)).toEqual(NONE);
    expect(inList(press('Backspace', { ctrlKey: true }), false)).toEqual(NONE);
    expect(inList(press('Backspace', { metaKey: true }), false)).toEqual(NONE);
  });

  it('shows the keys with F1 or Ctrl+/', () => {
    expect(inList(press('F1'), false)).toEqual({ type: 'showHelp' });
    expect(inList(press('/', { ctrlKey: true }), true)).toEqual({ type: 'showHelp' });
  });

  it('backs out with Escape: clears the filter first, then hides', () => {
    expect(inList(press('Escape'), false)).toEqual({ type: 'back', step: 'clearFilter' });
    expect(inList(press('Escape'), true)).toEqual({ type: 'back', step: 'hide' });
  });

  it('leaves Alt chords and other Ctrl chords (copy, paste, select all) to the textbox', () => {
    for (const event of [
      press('ArrowDown', { altKey: true }),
      press('d', { altKey: true }),
      press('Enter', { altKey: true }),
      press('c', { ctrlKey: true }),
      press('v', { metaKey: true }),
      press('a', { ctrlKey: true }),
      press('j', { ctrlKey: true }),
    ]) {
      expect(inList(event, true)).toEqual(NONE);
    }
  });

  it('leaves Shift+arrows to the textbox for selecting text', () => {
    expect(inList(press('ArrowDown', { shiftKey: true }), false)).toEqual(NONE);
    expect(inList(press('ArrowRight', { shiftKey: true, ctrlKey: true }), false)).toEqual(NONE);
  });

  it('ignores every key while an input method is composing', () => {
    expect(inList(press('Enter', { isComposing: true }), false)).toEqual(NONE);
    expect(inList(press('Escape', { isComposing: true }), false)).toEqual(NONE);
  });
});

describe('quick edit keys in an editor and in the help', () => {
  it.each(['editingDescription', 'editingDue'] as const)('in %s: Enter saves, Escape cancels, typing types', (mode) => {
    expect(keyAction(press('Enter'), { mode, filterEmpty: true })).toEqual({ type: 'commitEdit' });
    expect(keyAction(press('Enter', { ctrlKey: true }), { mode, filterEmpty: true })).toEqual({ type: 'commitEdit' });
    expect(keyAction(press('Escape'), { mode, filterEmpty: false })).toEqual({ type: 'back', step: 'cancelEdit' });
    for (const key of ['j', 'x', 'd', ' ', '?', 'ArrowDown', 'Delete']) {
      expect(keyAction(press(key), { mode, filterEmpty: true })).toEqual(NONE);
    }
  });

  it('closes the help with Escape, F1 or Ctrl+/ and lets typed characters reach the box', () => {
    for (const event of [press('Escape'), press('F1'), press('/', { ctrlKey: true })]) {
      expect(keyAction(event, { mode: 'help', filterEmpty: true })).toEqual({ type: 'back', step: 'closeHelp' });
    }
    for (const key of ['x', '?', '/']) expect(keyAction(press(key), { mode: 'help', filterEmpty: true })).toEqual(NONE);
  });
});

describe('keyHelp, the list of keys', () => {
  it('lists every action the keymap can take, each with a description', () => {
    const described = keyHelp('other').map((entry) => entry.description);
    expect(described).toEqual(expect.arrayContaining([
      'Select the next item',
      'Tick or untick the selected item',
      'Edit the description',
      'Edit the due date',
      'Move the due date one day later',
      'Clear the due date',
      'Delete the item',
      'Show these keys',
    ]));
    expect(keyHelp('other').find((entry) => entry.keys === 'Escape')?.description).toMatch(/Back one step/);
  });

  it('writes Ctrl on Windows and Linux and ⌘ on macOS', () => {
    const tick = (platform: 'mac' | 'other') =>
      keyHelp(platform).find((entry) => entry.description === 'Tick or untick the selected item');
    expect(tick('other')).toEqual({ keys: 'Ctrl+Enter', whenBoxEmpty: '', description: 'Tick or untick the selected item' });
    expect(tick('mac')?.keys).toBe('⌘+Enter');
  });
});
