/** items.json: the last list the server gave, for a fast start and for offline use. Never holds the key. */
import { z } from 'zod';
import type { ActionItem } from '../../shared/action-item';
import { JsonFile } from '../storage/json-file';
import { zodParse } from '../storage/zod-parse';

const isoOrNull = z.string().max(100).nullable();

export const storedItemSchema: z.ZodType<ActionItem> = z
  .object({
    id: z.string().min(1).max(200),
    description: z.string().max(4000),
    completed: z.boolean(),
    dueAt: isoOrNull,
    createdAt: isoOrNull,
    updatedAt: isoOrNull,
    completedAt: isoOrNull,
    conversationId: z.string().max(500).nullable(),
  })
  .strict();

export const storedItemsSchema = z
  .object({
    version: z.literal(1),
    /** The API origin the items came from; items of another origin are not shown. */
    origin: z.string().max(500),
    /** When the list was fetched (ISO); null when only single items are known. */
    fetchedAt: z.string().max(100).nullable(),
    items: z.array(storedItemSchema).max(100_000),
  })
  .strict();

export type StoredItems = z.infer<typeof storedItemsSchema>;

export function itemsFile(path: string, options: { onCorrupt?: (message: string) => void; now?: () => number } = {}): JsonFile<StoredItems | null> {
  const parse = zodParse(storedItemsSchema);
  return new JsonFile<StoredItems | null>({ path, ...options, parse: (raw) => (raw === null ? { ok: true, value: null } : parse(raw)) });
}
