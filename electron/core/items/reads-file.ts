/**
 * reads.json: the reads each key made in the last hour and the pause Omi asked of it, per bucket
 * (Omi counts action-item reads and conversation reads apart, and each key on its own), so a
 * restart neither forgets a Retry-After nor starts the hour's count again. Keys appear only as the
 * tag ApiConnection.keyTag makes (a hash), never as the key. Checked with zod when read; a corrupt
 * file is moved aside by JsonFile and every key starts with a fresh hour.
 */
import { z } from 'zod';
import { JsonFile } from '../storage/json-file';
import { zodParse } from '../storage/zod-parse';

/** The most reads kept per key and bucket: far above any hourly limit the app keeps to. */
export const MAX_READS_KEPT = 500;
/** The most keys kept; the ones whose pauses and counts ran out are dropped first. */
export const MAX_KEYS_KEPT = 50;

const epochMs = z.number().int().nonnegative();

const storedKeyReadsSchema = z
  .object({
    /** When each GET left, and for what (read-budget's ReadKind). */
    reads: z
      .array(z.object({ at: epochMs, kind: z.enum(['automatic', 'asked', 'reminder']) }).strict())
      .max(MAX_READS_KEPT),
    /** Epoch ms until which Omi asked for no read in this bucket (0: none). */
    pausedUntil: epochMs,
    /** 429s without Retry-After in a row (the next pause doubles). */
    pauses: z.number().int().nonnegative().max(1_000),
  })
  .strict();

export type StoredKeyReads = z.infer<typeof storedKeyReadsSchema>;

const storedReadsSchema = z
  .object({
    version: z.literal(1),
    /** key tag → bucket ('items' | 'conversations') → that key's reads there. */
    keys: z.record(
      z.string().min(1).max(200),
      z.partialRecord(z.enum(['items', 'conversations']), storedKeyReadsSchema),
    ),
  })
  .strict();

export type StoredReads = z.infer<typeof storedReadsSchema>;

export const EMPTY_READS: StoredReads = { version: 1, keys: {} };

export function readsFile(
  path: string,
  options: { onCorrupt?: (message: string) => void; now?: () => number } = {},
): JsonFile<StoredReads> {
  return new JsonFile<StoredReads>({ path, ...options, parse: zodParse(storedReadsSchema) });
}
