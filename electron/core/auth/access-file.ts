/**
 * access.json: what the stored key may do (read-only or not), remembered so a restart does not
 * offer editing to a read-only key before the server is asked again. Never the key itself.
 */
import { z } from 'zod';
import { JsonFile } from '../storage/json-file';
import { zodParse } from '../storage/zod-parse';

const storedAccessSchema = z
  .object({
    version: z.literal(1),
    origin: z.string().max(500),
    readOnly: z.boolean(),
  })
  .strict();

export type StoredAccess = z.infer<typeof storedAccessSchema>;

export function accessFile(
  path: string,
  options: { onCorrupt?: (message: string) => void; now?: () => number } = {},
): JsonFile<StoredAccess | null> {
  const parse = zodParse(storedAccessSchema);
  return new JsonFile<StoredAccess | null>({
    path,
    ...options,
    parse: (raw) => (raw === null ? { ok: true, value: null } : parse(raw)),
  });
}
