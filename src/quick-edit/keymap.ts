/**
 * The keyboard model of Quick edit: which action a key press means in the current mode. Pure, so
 * the popover only forwards keydown events and carries out the answer; any answer but `none` means
 * the popover handles the key (and should preventDefault), `none` lets the textbox have it.
 * The keys that act on the selected item are the checklist's own (../common/key-map).
 * Escape backs out one level: editor → list, help → list, text in the box → empty box, then out of
 * Quick edit: back to the checklist when it was opened from there ("/", Ctrl/⌘+F), else hide.
 */
import { itemCommand, modHeld, type ItemCommand, type KeyInput } from '../common/key-map';
import type { Platform } from '../common/shortcut-keys';

export type { SelectionMove } from '../common/key-map';

export type QuickEditAction =
  | Exclude<ItemCommand, { type: 'openMenu' }>
  | { type: 'commitEdit' }
  | { type: 'back'; step: 'cancelEdit' | 'closeHelp' | 'clearFilter' | 'toList' | 'hide' }
  /** Not ours: let the key do what it does in the textbox (typing, caret, Tab). */
  | { type: 'none' };

export type QuickEditMode = 'list' | 'editingDescription' | 'editingDue' | 'help';

export interface KeyContext {
  mode: QuickEditMode;
  /** The "Quick edit" textbox holds no text. */
  filterEmpty: boolean;
  /** Quick edit was opened from the checklist, so Escape on an empty box goes back to it. */
  fromList: boolean;
  platform: Platform;
}

const NONE: QuickEditAction = { type: 'none' };

const isPlain = (event: KeyInput): boolean => !event.ctrlKey && !event.metaKey && !event.altKey;

function inList(event: KeyInput, context: KeyContext): QuickEditAction {
  if (event.key === 'Escape' && isPlain(event)) {
    if (!context.filterEmpty) return { type: 'back', step: 'clearFilter' };
    return { type: 'back', step: context.fromList ? 'toList' : 'hide' };
  }
  const command = itemCommand(event, { in: 'quickEdit', boxEmpty: context.filterEmpty }, context.platform);
  return command === null || command.type === 'openMenu' ? NONE : command;
}

function inEditor(event: KeyInput): QuickEditAction {
  if (event.key === 'Escape' && isPlain(event)) return { type: 'back', step: 'cancelEdit' };
  if (event.key === 'Enter' && !event.shiftKey && !event.altKey) return { type: 'commitEdit' };
  return NONE;
}

function inHelp(event: KeyInput, platform: Platform): QuickEditAction {
  const closes = (event.key === 'Escape' || event.key === 'F1') && isPlain(event);
  const modSlash = event.key === '/' && modHeld(event, platform) && !event.altKey;
  // Typed characters go to the box (which closes the list of keys and filters).
  return closes || modSlash ? { type: 'back', step: 'closeHelp' } : NONE;
}

export function keyAction(event: KeyInput, context: KeyContext): QuickEditAction {
  if (event.isComposing) return NONE;
  switch (context.mode) {
    case 'list':
      return inList(event, context);
    case 'editingDescription':
    case 'editingDue':
      return inEditor(event);
    case 'help':
      return inHelp(event, context.platform);
  }
}
