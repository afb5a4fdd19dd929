/**
 * The popover's one keyboard: every key that acts on an item, in one table read by the checklist,
 * by Quick edit and by the list of keys (F1), so one key does one thing everywhere and the help can
 * never disagree with what the keys do.
 *
 * No key that edits text changes data. Quick edit keeps focus in its textbox, so there a command is
 * only a key a single-line box has no use for (↑/↓, Page Up/Down, Enter, F1/F2, Escape), a chord
 * with Ctrl (⌘ on macOS) that no text field uses, or Alt+←/→ for the due date. On macOS ⌥←/→ moves
 * the caret by word in every text box, so there the due date moves with ⌘⌥←/→, in the list too (one
 * chord in both places), and ⌥←/→ is always left to the box. Delete and Backspace
 * there always edit the box's text, empty or not; deleting the item takes Ctrl/⌘+Delete. Keys that
 * would type or edit text (Space, Delete, ⌘⌫, the context-menu key) act only in the checklist,
 * where focus is on an item's checkbox and there is no text to edit. "Mod" is ⌘ on macOS and Ctrl
 * elsewhere, exactly: ⌃D on macOS deletes a character in a text field, so it is not ⌘D.
 * A held key repeats; anything that changes or removes an item ignores the repeats.
 */
import type { Platform } from './shortcut-keys';

export type SelectionMove = 1 | -1 | 'first' | 'last';

/** What a key asks for on the current item (the focused row, or Quick edit's selection). */
export type ItemCommand =
  | { type: 'moveSelection'; move: SelectionMove }
  | { type: 'toggleDone' }
  | { type: 'editDescription' }
  | { type: 'editDue' }
  | { type: 'pushDue'; days: 1 | -1 }
  | { type: 'clearDue' }
  | { type: 'deleteItem' }
  | { type: 'openMenu' }
  | { type: 'showHelp' };

/** Where a key acts besides both places: only in the checklist, or in Quick edit only while its box is empty. */
type Only = 'list' | 'emptyBox';

interface KeySpec {
  /** KeyboardEvent.key; single letters match either case (Caps Lock). */
  key: string;
  /** Ctrl, or ⌘ on macOS. */
  mod?: boolean;
  alt?: boolean;
  /** true/false must match; undefined: either (symbols like "/" need Shift on some layouts). */
  shift?: boolean;
  /** How the key is written in the list of keys; `Mod` becomes Ctrl or ⌘, `Alt` becomes ⌥ on macOS. */
  label: string;
  only?: Only;
  /** A key that exists on one platform only (⌘⌫ on macOS, where ⌥←/→ is the text box's). */
  platform?: Platform;
}

export interface KeyBinding {
  command: ItemCommand;
  keys: KeySpec[];
  description: string;
  /** Changes or removes the item: a held key's repeats are ignored. */
  changesItem: boolean;
}

export const KEY_BINDINGS: readonly KeyBinding[] = [
  {
    command: { type: 'moveSelection', move: 1 },
    keys: [{ key: 'ArrowDown', shift: false, label: '↓' }],
    description: 'Next item',
    changesItem: false,
  },
  {
    command: { type: 'moveSelection', move: -1 },
    keys: [{ key: 'ArrowUp', shift: false, label: '↑' }],
    description: 'Previous item',
    changesItem: false,
  },
  {
    command: { type: 'moveSelection', move: 'first' },
    keys: [
      { key: 'PageUp', shift: false, label: 'Page Up' },
      { key: 'Home', shift: false, label: 'Home', only: 'emptyBox' },
    ],
    description: 'First item',
    changesItem: false,
  },
  {
    command: { type: 'moveSelection', move: 'last' },
    keys: [
      { key: 'PageDown', shift: false, label: 'Page Down' },
      { key: 'End', shift: false, label: 'End', only: 'emptyBox' },
    ],
    description: 'Last item',
    changesItem: false,
  },
  {
    command: { type: 'toggleDone' },
    keys: [
      { key: 'Enter', mod: true, shift: false, label: 'Mod+Enter' },
      { key: ' ', shift: false, label: 'Space', only: 'list' },
    ],
    description: 'Mark done, or not done',
    changesItem: true,
  },
  {
    command: { type: 'editDescription' },
    keys: [
      { key: 'Enter', shift: false, label: 'Enter' },
      { key: 'F2', shift: false, label: 'F2' },
    ],
    description: 'Edit the description',
    changesItem: false,
  },
  {
    command: { type: 'editDue' },
    keys: [{ key: 'd', mod: true, shift: false, label: 'Mod+D' }],
    description: 'Change the due date',
    changesItem: false,
  },
  {
    command: { type: 'pushDue', days: 1 },
    keys: [
      { key: 'ArrowRight', alt: true, shift: false, label: 'Alt+→', platform: 'other' },
      { key: 'ArrowRight', mod: true, alt: true, shift: false, label: 'Mod+Alt+→', platform: 'mac' },
    ],
    description: 'Due date one day later',
    changesItem: true,
  },
  {
    command: { type: 'pushDue', days: -1 },
    keys: [
      { key: 'ArrowLeft', alt: true, shift: false, label: 'Alt+←', platform: 'other' },
      { key: 'ArrowLeft', mod: true, alt: true, shift: false, label: 'Mod+Alt+←', platform: 'mac' },
    ],
    description: 'Due date one day earlier',
    changesItem: true,
  },
  {
    command: { type: 'clearDue' },
    keys: [{ key: 'd', mod: true, shift: true, label: 'Mod+Shift+D' }],
    description: 'Clear the due date',
    changesItem: true,
  },
  {
    command: { type: 'deleteItem' },
    keys: [
      { key: 'Delete', mod: true, shift: false, label: 'Mod+Delete' },
      { key: 'Delete', shift: false, label: 'Delete', only: 'list' },
      { key: 'Backspace', mod: true, shift: false, label: 'Mod+Backspace', only: 'list', platform: 'mac' },
    ],
    description: 'Delete the item (Mod+Z brings it back)',
    changesItem: true,
  },
  {
    command: { type: 'openMenu' },
    keys: [
      { key: 'ContextMenu', label: 'Menu key', only: 'list' },
      { key: 'F10', shift: true, label: 'Shift+F10', only: 'list' },
    ],
    description: 'More actions',
    changesItem: false,
  },
  {
    command: { type: 'showHelp' },
    keys: [
      { key: 'F1', shift: false, label: 'F1' },
      { key: '/', mod: true, label: 'Mod+/' },
    ],
    description: 'Show these keys',
    changesItem: false,
  },
];

/** The parts of a KeyboardEvent the key map reads. */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** The key is held down and this is one of its repeats. */
  repeat?: boolean;
  /** An input method is composing: the key belongs to it (e.g. Enter confirms a Japanese word). */
  isComposing?: boolean;
}

/** Where the key was pressed: on an item in the checklist, or in Quick edit's box (empty or not). */
export type KeyPlace = { in: 'list' } | { in: 'quickEdit'; boxEmpty: boolean };

/** Ctrl on Windows and Linux, ⌘ on macOS, and not the other one. */
export function modHeld(event: KeyInput, platform: Platform): boolean {
  return platform === 'mac' ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}

const anyMod = (event: KeyInput): boolean => event.ctrlKey || event.metaKey;

function sameKey(spec: KeySpec, key: string): boolean {
  return spec.key.length === 1 ? spec.key.toLowerCase() === key.toLowerCase() : spec.key === key;
}

function matches(spec: KeySpec, event: KeyInput, platform: Platform): boolean {
  if (!sameKey(spec, event.key) || (spec.platform !== undefined && spec.platform !== platform)) return false;
  if ((spec.alt ?? false) !== event.altKey) return false;
  if (spec.mod ? !modHeld(event, platform) : anyMod(event)) return false;
  return spec.shift === undefined || spec.shift === event.shiftKey;
}

function actsIn(spec: KeySpec, place: KeyPlace): boolean {
  if (spec.only === 'list') return place.in === 'list';
  if (spec.only === 'emptyBox') return place.in === 'list' || place.boxEmpty;
  return true;
}

/** The command a key press means on the current item, or null for keys left to the page or the box. */
export function itemCommand(event: KeyInput, place: KeyPlace, platform: Platform): ItemCommand | null {
  if (event.isComposing) return null;
  for (const binding of KEY_BINDINGS) {
    if (!binding.keys.some((spec) => actsIn(spec, place) && matches(spec, event, platform))) continue;
    return binding.changesItem && event.repeat ? null : binding.command;
  }
  return null;
}

/** One line of the list of keys. */
export interface KeyHelpEntry {
  description: string;
  /** Keys that do this in the list and in Quick edit. */
  keys: string[];
  /** Keys that do it only on an item in the list (they would type or edit text in a box). */
  inList: string[];
  /** Keys that do it in Quick edit only while its box is empty (and always in the list). */
  emptyBox: string[];
}

function written(spec: KeySpec, platform: Platform): string {
  if (platform !== 'mac') return spec.label.replace('Mod', 'Ctrl');
  return spec.label.replace('Mod+Backspace', '⌘⌫').replace('Mod', '⌘').replace('Alt', '⌥');
}

const EXTRA_LINES: KeyHelpEntry[] = [
  { description: 'Quick edit: find and change items by typing', keys: ['Mod+F'], inList: ['/'], emptyBox: [] },
  { description: 'Undo the last delete or done', keys: ['Mod+Z'], inList: [], emptyBox: [] },
  { description: 'Save, in the description or due date editor', keys: ['Enter'], inList: [], emptyBox: [] },
  {
    description: 'Back one step: close an editor or this list, clear the box, leave Quick edit, hide',
    keys: ['Escape'],
    inList: [],
    emptyBox: [],
  },
];

/** The list of keys F1 shows, written from the table the keys act on. */
export function keyHelp(platform: Platform): KeyHelpEntry[] {
  const mine = (spec: KeySpec): boolean => spec.platform === undefined || spec.platform === platform;
  const labels = (specs: KeySpec[], only: Only | undefined): string[] =>
    specs.filter((spec) => mine(spec) && spec.only === only).map((spec) => written(spec, platform));
  const extra = EXTRA_LINES.map((line) => ({
    ...line,
    keys: line.keys.map((label) => written({ key: '', label }, platform)),
  }));
  return [
    ...KEY_BINDINGS.map((binding) => ({
      description: binding.description,
      keys: labels(binding.keys, undefined),
      inList: labels(binding.keys, 'list'),
      emptyBox: labels(binding.keys, 'emptyBox'),
    })),
    ...extra,
  ];
}
