/**
 * The keyboard model of quick edit: which action a key press means in the current mode. Pure, so
 * the popover only forwards keydown events and carries out the answer; any answer but `none` means
 * the popover handles the key (and should preventDefault), `none` lets the textbox have it.
 * Escape backs out one level: editor → list, help → list, filter text → empty box, empty box → hide.
 */
import { QUICK_EDIT_BINDINGS, typesText, type KeySpec, type QuickEditAction } from './key-bindings';

export type { QuickEditAction, SelectionMove } from './key-bindings';
export { keyHelp } from './key-help';

export type QuickEditMode = 'list' | 'editingDescription' | 'editingDue' | 'help';

/** The parts of a KeyboardEvent the model reads. */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** An input method is composing: the key belongs to it (e.g. Enter confirms a Japanese word). */
  isComposing?: boolean;
}

export interface KeyContext {
  mode: QuickEditMode;
  /** The "Quick edit" textbox holds no text. */
  filterEmpty: boolean;
}

const NONE: QuickEditAction = { type: 'none' };

const isMod = (event: KeyInput): boolean => event.ctrlKey || event.metaKey;

function sameKey(spec: KeySpec, key: string): boolean {
  return spec.key.length === 1 ? spec.key.toLowerCase() === key.toLowerCase() : spec.key === key;
}

function matches(spec: KeySpec, event: KeyInput): boolean {
  if (!sameKey(spec, event.key) || event.altKey) return false;
  if ((spec.mod ?? false) !== isMod(event)) return false;
  return spec.shift === undefined || spec.shift === event.shiftKey;
}

const isPlain = (event: KeyInput): boolean => !isMod(event) && !event.altKey;

function inList(event: KeyInput, filterEmpty: boolean): QuickEditAction {
  if (event.key === 'Escape' && isPlain(event)) {
    return { type: 'back', step: filterEmpty ? 'hide' : 'clearFilter' };
  }
  // A word typed to search never runs a command, whatever the box holds.
  if (typesText(event.key, isMod(event))) return NONE;
  for (const binding of QUICK_EDIT_BINDINGS) {
    const specs = filterEmpty ? [...binding.always, ...binding.whenBoxEmpty] : binding.always;
    if (specs.some((spec) => matches(spec, event))) return binding.action;
  }
  return NONE;
}

function inEditor(event: KeyInput): QuickEditAction {
  if (event.key === 'Escape' && isPlain(event)) return { type: 'back', step: 'cancelEdit' };
  if (event.key === 'Enter' && !event.shiftKey && !event.altKey) return { type: 'commitEdit' };
  return NONE;
}

function inHelp(event: KeyInput): QuickEditAction {
  const closes = (event.key === 'Escape' || event.key === 'F1') && isPlain(event);
  const modSlash = event.key === '/' && isMod(event) && !event.altKey;
  // Typed characters go to the box (which closes the list of keys and filters).
  return closes || modSlash ? { type: 'back', step: 'closeHelp' } : NONE;
}

export function keyAction(event: KeyInput, context: KeyContext): QuickEditAction {
  if (event.isComposing) return NONE;
  switch (context.mode) {
    case 'list':
      return inList(event, context.filterEmpty);
    case 'editingDescription':
    case 'editingDue':
      return inEditor(event);
    case 'help':
      return inHelp(event);
  }
}
