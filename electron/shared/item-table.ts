/**
 * The checklist's items as a push carries them between the processes: the field names once, then
 * one row of values per item, in the same order. 2,000 items as objects repeat ten names 2,000 times
 * (about a third of the push); the preload's bridge makes the objects again (omi-api.ts), so the
 * page sees items as everywhere else.
 */
import { isText, isTextOrNull, isYesNo } from './value-kinds';
import type { ItemView } from './action-item';

/**
 * Every field of an item, each a column, in this order (a field missing here, or one an item does
 * not have, is a type error). fromRow reads a row in the same order.
 */
const COLUMNS: Record<keyof ItemView, true> = {
  id: true,
  description: true,
  completed: true,
  dueAt: true,
  createdAt: true,
  updatedAt: true,
  completedAt: true,
  conversationId: true,
  pending: true,
  localOnly: true,
};

export const ITEM_FIELDS = Object.keys(COLUMNS) as readonly (keyof ItemView)[];

export interface ItemTable {
  fields: readonly string[];
  rows: unknown[][];
}

export function toItemTable(items: readonly ItemView[]): ItemTable {
  return { fields: ITEM_FIELDS, rows: items.map((item) => ITEM_FIELDS.map((field) => item[field])) };
}

/**
 * The items again, or null when the table is not one toItemTable made (other columns, a row of
 * another length, a value of the wrong kind): the push is then dropped, as one of the wrong shape.
 */
export function fromItemTable(table: ItemTable): ItemView[] | null {
  if (table.fields.length !== ITEM_FIELDS.length || ITEM_FIELDS.some((field, at) => table.fields[at] !== field))
    return null;
  const items: ItemView[] = [];
  for (const row of table.rows) {
    const item = fromRow(row);
    if (item === null) return null;
    items.push(item);
  }
  return items;
}

function fromRow(row: unknown): ItemView | null {
  if (!Array.isArray(row) || row.length !== ITEM_FIELDS.length) return null;
  const [id, description, completed, dueAt, createdAt, updatedAt, completedAt, conversationId, pending, localOnly] =
    row as unknown[];
  if (!isText(id) || !isText(description) || !isYesNo(completed) || !isYesNo(pending) || !isYesNo(localOnly))
    return null;
  if (![dueAt, createdAt, updatedAt, completedAt, conversationId].every(isTextOrNull)) return null;
  return {
    id,
    description,
    completed,
    dueAt: dueAt as string | null,
    createdAt: createdAt as string | null,
    updatedAt: updatedAt as string | null,
    completedAt: completedAt as string | null,
    conversationId: conversationId as string | null,
    pending,
    localOnly,
  };
}
