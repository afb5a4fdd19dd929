/** An item id made safe for an HTML id and for the space-separated lists of aria-describedby. */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.codePointAt(0)?.toString(16) ?? ''}`)}`;
}

/** The checkbox of an item, found by the item's id. */
export const checkboxId = (itemId: string): string => domId('item', itemId);
