/**
 * The keys of quick edit, in one table that both the keymap and the key list read, so the help can
 * never disagree with what the keys do.
 *
 * Focus stays in the "Quick edit" textbox, and a word typed to search must never change data: every
 * key that types something (letters, digits, symbols, Space) goes into the filter, always, also while
 * the box is empty. Commands live only on keys that type nothing:
 * - keys a single-line textbox has no use for (↑/↓, Page Up/Down, Enter, F1/F2, Escape) and chords
 *   with Ctrl (⌘ on macOS) act always;
 * - Home/End and Delete act while the box is empty, where they have no text to move through or erase.
 * Choices: Enter edits the description, as Enter/F2 does on a focused item in the checklist; ticking
 * is Ctrl+Enter, so a stray Enter never completes anything. Ctrl+→/← move the due date a day (the only
 * text-editing key given up: word jumps in a short filter). Ctrl+Backspace deletes only when the box is
 * empty, where it cannot mean "delete the previous word"; Ctrl+Delete always.
 * Tab is left alone so focus moves through the popover as usual.
 */

export type SelectionMove = 1 | -1 | 'first' | 'last';

export type QuickEditAction =
  | { type: 'moveSelection'; move: SelectionMove }
  | { type: 'toggleDone' }
  | { type: 'editDescription' }
  | { type: 'editDue' }
  | { type: 'pushDue'; days: 1 | -1 }
  | { type: 'clearDue' }
  | { type: 'deleteItem' }
  | { type: 'showHelp' }
  | { type: 'commitEdit' }
  | { type: 'back'; step: 'cancelEdit' | 'closeHelp' | 'clearFilter' | 'hide' }
  /** Not ours: let the key do what it does in the textbox (typing, caret, Tab). */
  | { type: 'none' };

export interface KeySpec {
  /** KeyboardEvent.key; single letters match either case (Caps Lock). */
  key: string;
  /** Ctrl, or ⌘ on macOS. */
  mod?: boolean;
  /** true/false must match; undefined: either (symbols like "?" need Shift on some layouts). */
  shift?: boolean;
  /** How the key is written in the help list; `Mod` is replaced by Ctrl or ⌘. */
  label: string;
}

export interface KeyBinding {
  action: QuickEditAction;
  /** Act in any state of the filter box. */
  always: KeySpec[];
  /** Act only while the filter box is empty. */
  whenBoxEmpty: KeySpec[];
  description: string;
}

export const QUICK_EDIT_BINDINGS: readonly KeyBinding[] = [
  {
    action: { type: 'moveSelection', move: 1 },
    always: [{ key: 'ArrowDown', shift: false, label: '↓' }],
    whenBoxEmpty: [],
    description: 'Select the next item',
  },
  {
    action: { type: 'moveSelection', move: -1 },
    always: [{ key: 'ArrowUp', shift: false, label: '↑' }],
    whenBoxEmpty: [],
    description: 'Select the previous item',
  },
  {
    action: { type: 'moveSelection', move: 'first' },
    always: [{ key: 'PageUp', shift: false, label: 'Page Up' }],
    whenBoxEmpty: [{ key: 'Home', shift: false, label: 'Home' }],
    description: 'Select the first item',
  },
  {
    action: { type: 'moveSelection', move: 'last' },
    always: [{ key: 'PageDown', shift: false, label: 'Page Down' }],
    whenBoxEmpty: [{ key: 'End', shift: false, label: 'End' }],
    description: 'Select the last item',
  },
  {
    action: { type: 'toggleDone' },
    always: [{ key: 'Enter', mod: true, shift: false, label: 'Mod+Enter' }],
    whenBoxEmpty: [],
    description: 'Tick or untick the selected item',
  },
  {
    action: { type: 'editDescription' },
    always: [
      { key: 'Enter', shift: false, label: 'Enter' },
      { key: 'F2', shift: false, label: 'F2' },
    ],
    whenBoxEmpty: [],
    description: 'Edit the description',
  },
  {
    action: { type: 'editDue' },
    always: [{ key: 'd', mod: true, shift: false, label: 'Mod+D' }],
    whenBoxEmpty: [],
    description: 'Edit the due date',
  },
  {
    action: { type: 'pushDue', days: 1 },
    always: [{ key: 'ArrowRight', mod: true, shift: false, label: 'Mod+→' }],
    whenBoxEmpty: [],
    description: 'Move the due date one day later',
  },
  {
    action: { type: 'pushDue', days: -1 },
    always: [{ key: 'ArrowLeft', mod: true, shift: false, label: 'Mod+←' }],
    whenBoxEmpty: [],
    description: 'Move the due date one day earlier',
  },
  {
    action: { type: 'clearDue' },
    always: [{ key: 'd', mod: true, shift: true, label: 'Mod+Shift+D' }],
    whenBoxEmpty: [],
    description: 'Clear the due date',
  },
  {
    action: { type: 'deleteItem' },
    always: [{ key: 'Delete', mod: true, shift: false, label: 'Mod+Delete' }],
    whenBoxEmpty: [
      { key: 'Delete', shift: false, label: 'Delete' },
      { key: 'Backspace', mod: true, shift: false, label: 'Mod+Backspace' },
    ],
    description: 'Delete the item',
  },
  {
    action: { type: 'showHelp' },
    always: [
      { key: 'F1', shift: false, label: 'F1' },
      { key: '/', mod: true, label: 'Mod+/' },
    ],
    whenBoxEmpty: [],
    description: 'Show these keys',
  },
];

/** A key that types a character (not a named key like "Enter" or "F2") when no Ctrl/⌘ is held. */
export function typesText(key: string, withMod: boolean): boolean {
  return !withMod && [...key].length === 1;
}
