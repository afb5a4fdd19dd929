/**
 * The checklist's items as a push carries them between the processes and into the page's world:
 * the field names once, then one row of values per item, in the same order. 2,000 items as objects
 * repeat ten names 2,000 times (about a third of the push), and where they cross into the page's
 * world each object is made again name by name. The bridge checks the table (ipc-contract.ts); the
 * page makes the items from it (src/common/snapshot-receiver.ts), so it sees items as everywhere else.
 */
import { isText, isTextOrNull, isYesNo } from './value-kinds';
import type { ItemView } from './action-item';

/**
 * Every field of an item, each a column, in this order (a field missing here, or one an item does
 * not have, is a type error). ItemRow and fromItemTable follow the same order.
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

/** One item's values, in the order of ITEM_FIELDS. */
type ItemRow = [
  id: string,
  description: string,
  completed: boolean,
  dueAt: string | null,
  createdAt: string | null,
  updatedAt: string | null,
  completedAt: string | null,
  conversationId: string | null,
  pending: boolean,
  localOnly: boolean,
];

export interface ItemTable {
  fields: readonly string[];
  rows: ItemRow[];
}

export function toItemTable(items: readonly ItemView[]): ItemTable {
  return {
    fields: ITEM_FIELDS,
    rows: items.map((item) => [
      item.id,
      item.description,
      item.completed,
      item.dueAt,
      item.createdAt,
      item.updatedAt,
      item.completedAt,
      item.conversationId,
      item.pending,
      item.localOnly,
    ]),
  };
}

/**
 * Whether `sent` is a table toItemTable made (these columns, each row as long, each value of its
 * kind): the bridge checks it, and drops a push that fails as one of the wrong shape.
 */
export function isItemTable(sent: unknown): sent is ItemTable {
  if (typeof sent !== 'object' || sent === null) return false;
  const { fields, rows } = sent as Partial<Record<keyof ItemTable, unknown>>;
  if (!Array.isArray(fields) || fields.length !== ITEM_FIELDS.length) return false;
  if (ITEM_FIELDS.some((field, at) => fields[at] !== field) || !Array.isArray(rows)) return false;
  return rows.every(isItemRow);
}

function isItemRow(row: unknown): row is ItemRow {
  if (!Array.isArray(row) || row.length !== ITEM_FIELDS.length) return false;
  const [id, description, completed, dueAt, createdAt, updatedAt, completedAt, conversationId, pending, localOnly] =
    row as unknown[];
  return (
    isText(id) &&
    isText(description) &&
    isYesNo(completed) &&
    isTextOrNull(dueAt) &&
    isTextOrNull(createdAt) &&
    isTextOrNull(updatedAt) &&
    isTextOrNull(completedAt) &&
    isTextOrNull(conversationId) &&
    isYesNo(pending) &&
    isYesNo(localOnly)
  );
}

/** The items again, as core made them (the page makes them from a table the bridge let through). */
export function fromItemTable({ rows }: ItemTable): ItemView[] {
  return rows.map(
    ([id, description, completed, dueAt, createdAt, updatedAt, completedAt, conversationId, pending, localOnly]) => ({
      id,
      description,
      completed,
      dueAt,
      createdAt,
      updatedAt,
      completedAt,
      conversationId,
      pending,
      localOnly,
    }),
  );
}
