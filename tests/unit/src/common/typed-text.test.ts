// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ownsLetters, typedText } from '../../../../src/common/typed-text';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing', boolean>> = {},
  altGraph = false,
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  ...mods,
  getModifierState: (name: string) => name === 'AltGraph' && altGraph,
});

describe('typedText', () => {
  it.each(['b', 'B', '7', '.', 'é', '😀', '€'])('takes %s as text on the list', (k) => {
    expect(typedText(key(k), 'checklist')).toBe(k);
  });

  it('leaves Space to tick on the list, and takes it as text once Quick edit is on its way', () => {
    expect(typedText(key(' '), 'checklist')).toBeNull();
    expect(typedText(key(' '), 'quickEdit')).toBe(' ');
  });

  it.each(['Enter', 'Delete', 'Backspace', 'ArrowDown', 'F2', 'Escape', 'Tab'])('leaves %s to the list', (k) => {
    expect(typedText(key(k), 'checklist')).toBeNull();
  });

  it('leaves chords with Ctrl, Alt or ⌘ alone, but AltGr writes text', () => {
    expect(typedText(key('z', { ctrlKey: true }), 'checklist')).toBeNull();
    expect(typedText(key('z', { metaKey: true }), 'checklist')).toBeNull();
    expect(typedText(key('z', { altKey: true }), 'checklist')).toBeNull();
    expect(typedText(key('@', { ctrlKey: true, altKey: true }, true), 'checklist')).toBe('@');
  });

  it('leaves keys of an input method still composing alone', () => {
    expect(typedText(key('k', { isComposing: true }), 'checklist')).toBeNull();
  });
});

describe('ownsLetters', () => {
  it('is true inside menus and dialogs, false on a list item', () => {
    document.body.innerHTML =
      '<div role="menu"><button id="in-menu"></button></div><ul><li><input id="box" type="checkbox"></li></ul>';
    expect(ownsLetters(document.getElementById('in-menu'))).toBe(true);
    expect(ownsLetters(document.getElementById('box'))).toBe(false);
    expect(ownsLetters(null)).toBe(false);
  });
});
