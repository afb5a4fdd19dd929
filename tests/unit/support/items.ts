/**
 * The one item factory of the unit tests: an item as the server keeps it (`actionItem`) and as the
 * checklist shows it (`itemView`), with plain defaults; tests name only the fields that matter to them.
 */
import type { ActionItem, ItemView } from '../../../electron/shared/action-item';

export function actionItem(id: string, fields: Partial<ActionItem> = {}): ActionItem {
  return {
    id,
    description: `Item ${id}`,
    completed: false,
    dueAt: null,
    createdAt: '2025-12-01T09:00:00.000Z',
    updatedAt: null,
    completedAt: null,
    conversationId: null,
    ...fields,
  };
}

export function itemView(id: string, fields: Partial<ItemView> = {}): ItemView {
  return { ...actionItem(id), pending: false, localOnly: false, ...fields };
}
