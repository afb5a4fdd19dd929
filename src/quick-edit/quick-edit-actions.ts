/**
 * Carrying out what a key means in quick edit (the keyboard model in ./keymap decides the
 * meaning). Actions on the selected item go through the same row actions as clicks in the list.
 * On a suggestion, Enter adds it (as Add does in "From your conversations", with Undo offered); the
 * keys that change an item do nothing there, since it is not an item yet.
 */
import type { ItemView } from '../../electron/shared/action-item';
import type { Suggestion } from '../../electron/shared/suggestion';
import type { EditField } from '../common/app-store.svelte';
import type { QuickEditAction } from './keymap';
import type { QuickEditState } from './quick-edit-state.svelte';
import type { RowActions } from '../checklist/row-actions';

export interface QuickEditTarget {
  quick: QuickEditState;
  actions: RowActions;
  readOnly: boolean;
  isChecked(item: ItemView): boolean;
  startEdit(id: string, field: EditField): void;
  stopEdit(): void;
  hide(): void;
  /** Back to the checklist, on the item Quick edit had selected. */
  toList(): void;
  /** Adds a suggestion as an item (a key that can only read is told why not). */
  addSuggestion(suggestion: Suggestion): void;
}

export function runQuickEditAction(action: QuickEditAction, target: QuickEditTarget): void {
  const { quick, actions } = target;
  switch (action.type) {
    case 'moveSelection':
      return quick.move(action.move);
    case 'showHelp':
      quick.help = true;
      return;
    case 'back':
      if (action.step === 'closeHelp') quick.help = false;
      else if (action.step === 'clearFilter') quick.query = '';
      else if (action.step === 'cancelEdit') target.stopEdit();
      else if (action.step === 'toList') target.toList();
      else target.hide();
      return;
  }
  const suggestion = quick.selectedSuggestion;
  if (suggestion !== null) {
    if (action.type === 'editDescription') target.addSuggestion(suggestion);
    return;
  }
  const item = quick.selected?.item;
  if (!item || target.readOnly) return;
  switch (action.type) {
    case 'toggleDone':
      return actions.toggle(item, !target.isChecked(item));
    case 'editDescription':
      return target.startEdit(item.id, 'description');
    case 'editDue':
      return target.startEdit(item.id, 'due');
    case 'clearDue':
      return actions.clearDue(item.id);
    case 'deleteItem':
      return actions.delete(item.id);
    case 'pushDue':
      return actions.pushDue(item, action.days);
  }
}
