/**
 * last-look.json: the list as the person last saw it (LookBaseline), for one key. Checked with zod
 * when read; a corrupt file is moved aside by JsonFile (nothing lost) and the app starts as on a
 * first run: no "Since you last looked" is shown until the next look, rather than a wrong one.
 */
import { z } from 'zod';
import { JsonFile } from '../storage/json-file';
import { zodParse } from '../storage/zod-parse';
import type { LookBaseline } from './look-baseline';

const id = z.string().min(1).max(500);

const seenItemSchema = z
  .object({ description: z.string().max(1_000_000), completed: z.boolean(), dueAt: z.string().max(100).nullable() })
  .strict();

const lastLookSchema = z
  .object({
    version: z.literal(1),
    owner: z.string().min(1).max(200),
    items: z.record(id, seenItemSchema),
    deletedHere: z.array(id).max(100_000),
  })
  .strict();

export type StoredLastLook = z.infer<typeof lastLookSchema>;

export function toStored(baseline: LookBaseline): StoredLastLook {
  return { version: 1, ...baseline };
}

export function lastLookFile(
  path: string,
  options: { onCorrupt?: (message: string) => void; now?: () => number } = {},
): JsonFile<StoredLastLook | null> {
  return new JsonFile<StoredLastLook | null>({ path, ...options, parse: zodParse(lastLookSchema) });
}
