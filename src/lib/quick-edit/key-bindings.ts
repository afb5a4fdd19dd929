/**
 * The keys of quick edit, in one table that both the keymap and the "?" list read, so the help can
 * never disagree with what the keys do.
 *
 * Focus stays in the "Quick edit" textbox, so typed characters must reach the filter. Hence two kinds:
 * - keys a single-line textbox has no use for (↑/↓, Page Up/Down, Enter, F1/F2, Escape) and chords
 *   with Ctrl (⌘ on macOS) act always;
 * - single letters and symbols (j, k, x, e, d, +, -, ?, Space, Home/End, Delete) act only while the
 *   box is empty, where they would otherwise start a filter.
 * Choices: Enter edits the description, as Enter/F2 does on a focused item in the checklist; ticking
 * is Ctrl+Enter (or Space/x), so a stray Enter never completes anything. Ctrl+→/← move the due date a
 * day (the only text-editing key given up: word jumps in a short filter). Ctrl+Backspace deletes only
 * when the box is empty, where it cannot mean "delete the previous word"; Ctrl+Delete always.
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

const letter = (key: string, label = key): KeySpec => ({ key, shift: false, label });

export const QUICK_EDIT_BINDINGS: readonly KeyBinding[] = [
  {
    action: { type: 'moveSelection', move: 1 },
    always: [{ key: 'ArrowDown', shift: false, label: '↓' }],
    whenBoxEmpty: [letter('j')],
    description: 'Select the next item',
  },
  {
    action: { type: 'moveSelection', move: -1 },
    always: [{ key: 'ArrowUp', shift: false, label: '↑' }],
    whenBoxEmpty: [letter('k')],
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
    whenBoxEmpty: [{ key: ' ', shift: false, label: 'Space' }, letter('x')],
    description: 'Tick or untick the selected item',
  },
  {
    action: { type: 'editDescription' },
    always: [
      { key: 'Enter', shift: false, label: 'Enter' },
      { key: 'F2', shift: false, label: 'F2' },
    ],
    whenBoxEmpty: [letter('e')],
    description: 'Edit the description',
  },
  {
    action: { type: 'editDue' },
    always: [{ key: 'd', mod: true, shift: false, label: 'Mod+D' }],
    whenBoxEmpty: [letter('d')],
    description: 'Edit the due date',
  },
  {
    action: { type: 'pushDue', days: 1 },
    always: [{ key: 'ArrowRight', mod: true, shift: false, label: 'Mod+→' }],
    whenBoxEmpty: [{ key: '+', label: '+' }],
    description: 'Move the due date one day later',
  },
  {
    action: { type: 'pushDue', days: -1 },
    always: [{ key: 'ArrowLeft', mod: true, shift: false, label: 'Mod+←' }],
    whenBoxEmpty: [{ key: '-', label: '-' }],
    description: 'Move the due date one day earlier',
  },
  {
    action: { type: 'clearDue' },
    always: [{ key: 'd', mod: true, shift: true, label: 'Mod+Shift+D' }],
    whenBoxEmpty: [{ key: 'd', shift: true, label: 'Shift+D' }],
    description: 'Clear the due date',
  },
  {
    action: { type: 'deleteItem' },
    always: [{ key: 'Delete', mod: true, shift: false, label: 'Mod+Delete' }],
    whenBoxEmpty: [
      { key: 'Delete', shift: false, label: 'Delete' },
      { key: 'Backspace', mod: true, shift: false, label: 'Mod+Backspace' },
    ],
    description: 'Delete the item (Undo stays offered for a few seconds)',
  },
  {
    action: { type: 'showHelp' },
    always: [{ key: 'F1', shift: false, label: 'F1' }],
    whenBoxEmpty: [{ key: '?', label: '?' }],
    description: 'Show these keys',
  },
];
