/**
 * Carrying out what a key means in quick edit (the keyboard model in ./quick-edit decides the
 * meaning). Actions on the selected item go through the same row actions as clicks in the list.
 */
import { pushDueByDays } from '../../electron/shared/due-date/push-due';
import type { ItemView } from '../../electron/shared/action-item';
import type { EditField } from './app-store.svelte';
import { inBackground } from './in-background';
import type { QuickEditAction } from './quick-edit/keymap';
import type { QuickEditState } from './quick-edit-state.svelte';
import type { RowActions } from './row-actions';

export interface QuickEditTarget {
  quick: QuickEditState;
  actions: RowActions;
  readOnly: boolean;
  timeZone: string;
  isChecked(item: ItemView): boolean;
  startEdit(id: string, field: EditField): void;
  stopEdit(): void;
  hide(): void;
  /** Says a failure in words (the popover's alert). */
  report(message: string): void;
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
      else target.hide();
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
      return pushDue(item, action.days, target);
  }
}

/** Moves the due date a day; an item without one opens the due-date editor instead. */
function pushDue(item: ItemView, days: number, target: QuickEditTarget): void {
  if (item.dueAt === null) return target.startEdit(item.id, 'due');
  const moved = pushDueByDays(item.dueAt, days, target.timeZone);
  if (!moved.ok) return target.report(moved.error.message);
  inBackground(
    'Moving a due date',
    target.actions.applyDue(item.id, moved.value).then((result) => {
      if (!result.ok) target.report(result.error.message);
    }),
  );
}
