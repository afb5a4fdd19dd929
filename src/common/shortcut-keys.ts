/**
 * The quick-edit shortcut as the user presses and reads it: a key press turned into an Electron
 * accelerator ("CommandOrControl+Shift+Space"), and an accelerator written in the platform's own
 * symbols (⌘⇧Space on macOS, Ctrl+Shift+Space elsewhere). The main process still decides whether
 * the accelerator is allowed; this only reads keys.
 */
export type Platform = 'mac' | 'other';

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** What a press meant while recording: a chord, nothing yet (a modifier alone), or a reason in words. */
export type Recorded =
  { kind: 'chord'; accelerator: string } | { kind: 'waiting' } | { kind: 'refused'; reason: string };

const MODIFIER_KEYS = new Set(['Control', 'Meta', 'Alt', 'Shift', 'AltGraph', 'OS', 'Hyper', 'Super', 'CapsLock']);
/** Keys whose code is also their accelerator name; arrows drop "Arrow". Punctuation is left out. */
const NAMED = new Set('Space Enter Tab Backspace Delete Insert Home End PageUp PageDown Up Down Left Right'.split(' '));

/** The accelerator's key for a physical key, so Shift+1 records as "Shift+1", not "!". */
function keyOf(press: KeyPress): string | null {
  const letter = /^Key([A-Z])$/.exec(press.code);
  if (letter) return letter[1]!;
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(press.code);
  if (digit) return digit[1]!;
  if (/^F([1-9]|1\d|2[0-4])$/.test(press.code)) return press.code;
  const named = press.code.replace(/^Arrow/, '');
  return NAMED.has(named) ? named : null;
}

export function recordShortcut(press: KeyPress, platform: Platform): Recorded {
  if (MODIFIER_KEYS.has(press.key)) return { kind: 'waiting' };
  const key = keyOf(press);
  if (key === null)
    return {
      kind: 'refused',
      reason: `${press.key === ' ' ? 'Space' : press.key} cannot be part of a shortcut; try a letter, a digit or Space.`,
    };
  const modifiers: string[] = [];
  const command = platform === 'mac' ? press.metaKey : press.ctrlKey;
  if (command) modifiers.push('CommandOrControl');
  if (platform === 'mac' && press.ctrlKey) modifiers.push('Control');
  if (platform === 'other' && press.metaKey) modifiers.push('Super');
  if (press.altKey) modifiers.push('Alt');
  if (press.shiftKey) modifiers.push('Shift');
  if (modifiers.length === 0 || (modifiers.length === 1 && modifiers[0] === 'Shift')) {
    return {
      kind: 'refused',
      reason: 'A shortcut needs Ctrl, Alt or ⌘ with the key, so it does not fire while typing.',
    };
  }
  return { kind: 'chord', accelerator: [...modifiers, key].join('+') };
}

/** Modifier spellings Electron accepts (a hand-edited settings file may hold any), by lower case. */
const MAC_SYMBOLS: Record<string, string> = {
  commandorcontrol: '⌘',
  cmdorctrl: '⌘',
  command: '⌘',
  cmd: '⌘',
  super: '⌘',
  meta: '⌘',
  control: '⌃',
  ctrl: '⌃',
  alt: '⌥',
  option: '⌥',
  shift: '⇧',
};
const OTHER_WORDS: Record<string, string> = {
  commandorcontrol: 'Ctrl',
  cmdorctrl: 'Ctrl',
  control: 'Ctrl',
  ctrl: 'Ctrl',
  command: 'Super',
  cmd: 'Super',
  meta: 'Super',
  option: 'Alt',
};

/** "CommandOrControl+Shift+Space" → "⌘⇧Space" (macOS) or "Ctrl+Shift+Space". */
export function shortcutWords(accelerator: string, platform: Platform): string {
  const parts = accelerator.endsWith('++') ? [...accelerator.slice(0, -2).split('+'), 'Plus'] : accelerator.split('+');
  if (platform === 'mac') return parts.map((part) => MAC_SYMBOLS[part.toLowerCase()] ?? part).join('');
  return parts.map((part) => OTHER_WORDS[part.toLowerCase()] ?? part).join('+');
}

export const platformOf = (userAgent: string): Platform => (/Mac/i.test(userAgent) ? 'mac' : 'other');
