/** An item as the checklist gets it, with plain defaults; tests name only what matters to them. */
import type { ItemView } from '../../../electron/shared/action-item';

export function itemView(id: string, fields: Partial<ItemView> = {}): ItemView {
  return {
    id,
    description: `Item ${id}`,
    completed: false,
    dueAt: null,
    createdAt: '2025-12-01T09:00:00.000Z',
    updatedAt: null,
    completedAt: null,
    conversationId: null,
    pending: false,
    localOnly: false,
    ...fields,
  };
}
