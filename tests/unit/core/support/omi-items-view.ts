/**
 * One account of the shared Omi model (tests/fake-omi/item-list.ts) seen as the app's items: what a
 * unit test reads and writes directly, with no request. Items are read as the client reads the API's
 * JSON (apiItemSchema, toActionItem), so times come back in the app's UTC ISO form.
 */
import type { ActionItem } from '../../../../electron/shared/action-item';
import { apiItemSchema, toActionItem } from '../../../../electron/core/api/api-item';
import { publicItem, type ApiItem, type StoredItem } from '../../../fake-omi/api-json';
import type { ItemList } from '../../../fake-omi/item-list';

/** The API's item JSON as the client reads it. */
export function asActionItem(item: ApiItem): ActionItem {
  return toActionItem(apiItemSchema.parse(item));
}

export class OmiItemsView {
  constructor(private readonly list: ItemList) {}

  get size(): number {
    return this.list.storedItems().length;
  }

  get(id: string): ActionItem | undefined {
    const stored = this.list.stored(id);
    return stored === undefined ? undefined : asActionItem(publicItem(stored));
  }

  has(id: string): boolean {
    return this.list.stored(id) !== undefined;
  }

  /** Stores the item as another of the person's apps would; its lock and legacy marks are kept. */
  set(id: string, item: ActionItem): this {
    const before = this.list.stored(id);
    const stored: StoredItem = {
      id,
      description: item.description,
      completed: item.completed,
      due_at: item.dueAt,
      created_at: item.createdAt,
      updated_at: item.updatedAt,
      completed_at: item.completedAt,
      conversation_id: item.conversationId,
      locked: before?.locked ?? false,
      ...(before?.legacy === true ? { legacy: true } : {}),
    };
    this.list.put(stored);
    return this;
  }

  delete(id: string): boolean {
    return this.list.forget(id);
  }

  keys(): string[] {
    return this.list.storedItems().map((item) => item.id);
  }

  values(): ActionItem[] {
    return this.list.all().map(asActionItem);
  }
}
