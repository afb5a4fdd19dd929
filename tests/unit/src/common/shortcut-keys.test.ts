import { describe, expect, it } from 'vitest';
import { recordShortcut, shortcutWords, type KeyPress } from '../../../../src/common/shortcut-keys';
import { NO_MODIFIERS } from '../../support/key-press';

const press = (code: string, key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  code,
  key,
  ...NO_MODIFIERS,
  ...mods,
});

describe('recordShortcut', () => {
  it('turns Ctrl+Shift+Space into the accelerator elsewhere, ⌘⇧Space on macOS', () => {
    expect(recordShortcut(press('Space', ' ', { ctrlKey: true, shiftKey: true }), 'other')).toEqual({
      kind: 'chord',
      accelerator: 'CommandOrControl+Shift+Space',
    });
    expect(recordShortcut(press('Space', ' ', { metaKey: true, shiftKey: true }), 'mac')).toEqual({
      kind: 'chord',
      accelerator: 'CommandOrControl+Shift+Space',
    });
    expect(recordShortcut(press('KeyO', 'o', { ctrlKey: true, metaKey: true }), 'mac')).toEqual({
      kind: 'chord',
      accelerator: 'CommandOrControl+Control+O',
    });
  });

  it('reads the physical key, so Shift+digit stays a digit', () => {
    expect(recordShortcut(press('Digit1', '!', { altKey: true, shiftKey: true }), 'other')).toEqual({
      kind: 'chord',
      accelerator: 'Alt+Shift+1',
    });
  });

  it('waits while only a modifier is down, and refuses a key without Ctrl, Alt or ⌘, in words', () => {
    expect(recordShortcut(press('ShiftLeft', 'Shift', { shiftKey: true }), 'other')).toEqual({ kind: 'waiting' });
    expect(recordShortcut(press('KeyA', 'A', { shiftKey: true }), 'other')).toMatchObject({
      kind: 'refused',
      reason: expect.stringMatching(/needs Ctrl, Alt/),
    });
    expect(recordShortcut(press('KeyA', 'a'), 'other')).toMatchObject({ kind: 'refused' });
    expect(recordShortcut(press('ArrowUp', 'ArrowUp', { altKey: true }), 'other')).toEqual({
      kind: 'chord',
      accelerator: 'Alt+Up',
    });
    expect(recordShortcut(press('IntlBackslash', '<', { ctrlKey: true }), 'other')).toMatchObject({
      kind: 'refused',
      reason: expect.stringMatching(/cannot be part/),
    });
  });
});

describe('shortcutWords', () => {
  it('writes the platform’s symbols', () => {
    expect(shortcutWords('CommandOrControl+Shift+Space', 'mac')).toBe('⌘⇧Space');
    expect(shortcutWords('CommandOrControl+Shift+Space', 'other')).toBe('Ctrl+Shift+Space');
    expect(shortcutWords('Alt+Control+O', 'mac')).toBe('⌥⌃O');
    expect(shortcutWords('CommandOrControl+Alt+Plus', 'other')).toBe('Ctrl+Alt+Plus');
    expect(shortcutWords('CmdOrCtrl+Alt++', 'mac')).toBe('⌘⌥Plus');
  });
});
