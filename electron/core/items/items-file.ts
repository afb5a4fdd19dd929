/** items.json: the last list the server gave, for a fast start and for offline use. Never holds the key. */
import { z } from 'zod';
import type { ActionItem } from '../../shared/action-item';
import { eachValid } from '../storage/each-valid';
import { JsonFile, type Parse } from '../storage/json-file';
import { zodParse } from '../storage/zod-parse';

const isoOrNull = z.string().max(100).nullable();

const storedItemSchema: z.ZodType<ActionItem> = z
  .object({
    id: z.string().min(1).max(200),
    // Omi sets no maximum on a description: a long one is kept whole, as the list shows it.
    description: z.string().max(1_000_000),
    completed: z.boolean(),
    dueAt: isoOrNull,
    createdAt: isoOrNull,
    updatedAt: isoOrNull,
    completedAt: isoOrNull,
    conversationId: z.string().max(500).nullable(),
  })
  .strict();

/** The file around its items; each item is validated on its own (see parseItems). */
const itemsFileSchema = z
  .object({
    version: z.literal(1),
    /** The API origin the items came from; items of another origin are not shown. */
    origin: z.string().max(500),
    /** When the list was fetched (ISO); null when only single items are known. */
    fetchedAt: z.string().max(100).nullable(),
    items: z.array(z.unknown()).max(100_000),
  })
  .strict();

export type StoredItems = Omit<z.infer<typeof itemsFileSchema>, 'items'> & { items: ActionItem[] };

export function itemsFile(
  path: string,
  options: { onCorrupt?: (message: string) => void; now?: () => number } = {},
): JsonFile<StoredItems | null> {
  const parse = parseItems((count) => options.onCorrupt?.(droppedWords(count)));
  return new JsonFile<StoredItems | null>({
    path,
    ...options,
    parse: (raw) => (raw === null ? { ok: true, value: null } : parse(raw)),
  });
}

/** The file, item by item: an item that does not validate is left out and counted, the others kept. */
function parseItems(dropped: (count: number) => void): Parse<StoredItems> {
  const whole = zodParse(itemsFileSchema);
  return (raw) => {
    const parsed = whole(raw);
    if (!parsed.ok) return parsed;
    const items = eachValid(parsed.value.items, storedItemSchema);
    if (items.dropped > 0) dropped(items.dropped);
    return { ok: true, value: { ...parsed.value, items: items.kept } };
  };
}

function droppedWords(count: number): string {
  const what = count === 1 ? '1 item that could not be read; it is' : `${count} items that could not be read; they are`;
  return `The saved list held ${what} left out until the next refresh.`;
}
