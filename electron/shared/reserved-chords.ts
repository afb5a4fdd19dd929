/**
 * Chords a global shortcut must not take: each belongs to a system or to apps people use every
 * day, and a global shortcut takes the chord from all of them. Written with ctrl/meta/alt/shift in
 * that order, then the key as accelerator.ts normalises it (Left, PageDown, Backspace, Plus, 1…).
 * `ctrl+…` is Ctrl on every system; `meta+…` is Cmd on macOS and Super (the Windows key) elsewhere.
 */
const LETTERS_EVERY_APP_USES = [
  'C',
  'V',
  'X',
  'Z',
  'Y',
  'A',
  'Q',
  'W',
  'S',
  'F',
  'P',
  'N',
  'T',
  'O',
  'H',
  'M',
  'R',
  'L',
];
const ARROWS = ['Left', 'Right', 'Up', 'Down'];
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Copy, paste, save, quit…, switching apps and windows, and the text-editing keys, with Ctrl and with Cmd. */
const EVERY_APP = ['ctrl', 'meta'].flatMap((mod) => [
  ...LETTERS_EVERY_APP_USES.map((key) => `${mod}+${key}`),
  `${mod}+Tab`,
  `${mod}+shift+Tab`,
  `${mod}+shift+Z`,
  `${mod}+Space`,
  `${mod}+\``,
  `${mod}+Escape`,
  // Words and lines: move, select, delete.
  ...ARROWS.flatMap((arrow) => [`${mod}+${arrow}`, `${mod}+shift+${arrow}`]),
  `${mod}+Backspace`,
  `${mod}+Delete`,
  `${mod}+Home`,
  `${mod}+End`,
  `${mod}+shift+Home`,
  `${mod}+shift+End`,
  // Tabs in browsers, terminals and editors: next/previous, jump to n, reopen, new private window.
  `${mod}+PageUp`,
  `${mod}+PageDown`,
  `${mod}+shift+PageUp`,
  `${mod}+shift+PageDown`,
  ...DIGITS.map((digit) => `${mod}+${digit}`),
  `${mod}+shift+T`,
  `${mod}+shift+N`,
  `${mod}+shift+W`,
  `${mod}+shift+P`,
  `${mod}+shift+Delete`,
  // Zoom.
  `${mod}+Plus`,
  `${mod}+=`,
  `${mod}+-`,
  `${mod}+0`,
  // Copy and paste on the Insert key (Ctrl+Insert copies in Windows and most Linux toolkits).
  `${mod}+Insert`,
]);

/** Terminals copy and paste (and open tabs) with Ctrl+Shift, since Ctrl+C is the interrupt there. */
const TERMINALS = ['ctrl+shift+C', 'ctrl+shift+V', 'ctrl+shift+X', 'ctrl+shift+F', 'ctrl+shift+Q'];

/** Back and forward in browsers and file managers; word moves and deletes on macOS. */
const ALT_KEYS = [
  'alt+Left',
  'alt+Right',
  'alt+Up',
  'alt+Down',
  'alt+Home',
  'alt+Backspace',
  'alt+Delete',
  'alt+shift+Left',
  'alt+shift+Right',
];

const WINDOWS = [
  'alt+Tab',
  'alt+shift+Tab',
  'alt+F4',
  'alt+Space',
  'alt+Escape',
  'alt+Return',
  'ctrl+alt+Delete',
  'ctrl+shift+Escape',
  // Snap windows, emoji, screenshot, clipboard history, taskbar apps.
  ...ARROWS.flatMap((arrow) => [`meta+${arrow}`, `meta+shift+${arrow}`]),
  'meta+.',
  'meta+;',
  'meta+shift+S',
  'meta+PrintScreen',
  'meta+D',
  'meta+E',
  'meta+I',
  'meta+X',
  'meta+K',
  'meta+G',
  'meta+B',
];

const MACOS = [
  'meta+shift+Q',
  'meta+alt+shift+Q',
  'ctrl+meta+Q',
  'meta+alt+Escape',
  'meta+alt+D',
  'ctrl+meta+F',
  'ctrl+meta+Space',
  'meta+shift+3',
  'meta+shift+4',
  'meta+shift+5',
  'meta+shift+/',
  'meta+,',
  'meta+alt+H',
  'meta+alt+M',
  'meta+alt+W',
  // Mission Control and Spaces.
  ...ARROWS.map((arrow) => `ctrl+${arrow}`),
];

const LINUX_DESKTOPS = [
  'ctrl+alt+T',
  'ctrl+alt+L',
  'ctrl+alt+D',
  'ctrl+alt+Escape',
  'ctrl+alt+Backspace',
  // Workspaces (GNOME, KDE, Xfce, Cinnamon) and moving windows between them.
  ...ARROWS.flatMap((arrow) => [`ctrl+alt+${arrow}`, `ctrl+alt+shift+${arrow}`, `meta+alt+${arrow}`]),
  'alt+F1',
  'alt+F2',
  'alt+F3',
  'alt+F7',
  'alt+F8',
  'alt+F10',
  'meta+A',
  'ctrl+F1',
  'ctrl+F2',
  'ctrl+F3',
  'ctrl+F4',
];

export const RESERVED_CHORDS: ReadonlySet<string> = new Set([
  ...EVERY_APP,
  ...TERMINALS,
  ...ALT_KEYS,
  ...WINDOWS,
  ...MACOS,
  ...LINUX_DESKTOPS,
]);
