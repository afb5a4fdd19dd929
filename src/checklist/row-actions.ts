/** What a row can ask for. One object for the whole list, so rows never re-render for new callbacks. */
import type { ItemView } from '../../electron/shared/action-item';
import type { Result } from '../../electron/shared/app-error';
import type { EditField } from '../common/app-store.svelte';

export interface RowActions {
  toggle(item: ItemView, completed: boolean): void;
  edit(id: string, field: EditField): void;
  closeEdit(): void;
  /** What was typed into the open editor of this item, if it was rebuilt while open. */
  draft(id: string, field: EditField): string | null;
  keepDraft(id: string, field: EditField, text: string): void;
  saveDescription(id: string, text: string): Promise<Result<null>>;
  applyDue(id: string, dueAt: string | null): Promise<Result<null>>;
  /** Clears at once; a failure shows as the alert. */
  clearDue(id: string): void;
  delete(id: string): void;
  /** Moves the due date a day; an item without one opens the due-date editor instead. */
  pushDue(item: ItemView, days: 1 | -1): void;
  /** Opens the list of keys (F1). */
  showKeys(): void;
}
