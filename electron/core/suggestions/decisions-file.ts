/**
 * suggestions.json: what the person decided about each suggestion, by its key (conversation id and
 * folded words): dismissed, or added (with the item it became and its conversation, since Omi
 * creates the item without one). Checked with zod when read; a corrupt file is moved aside by
 * JsonFile and nothing is decided yet (a dismissed suggestion may show once more, nothing is lost).
 */
import { z } from 'zod';
import { JsonFile } from '../storage/json-file';
import { zodParse } from '../storage/zod-parse';

/** The most decisions kept; the oldest go first (they are pruned by age long before). */
export const MAX_DECISIONS = 5_000;

const text = (max: number) => z.string().min(1).max(max);

const decisionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dismissed'), at: z.number().int().nonnegative(), conversationId: text(500) }).strict(),
  z
    .object({
      kind: z.literal('added'),
      at: z.number().int().nonnegative(),
      conversationId: text(500),
      /** The item it became: a local id until Omi confirms the create, then the server's. */
      itemId: text(500),
      /** Written before the outbox kept the create; settled at the next start if the app stopped there. */
      adding: z.literal(true).optional(),
    })
    .strict(),
]);

export type Decision = z.infer<typeof decisionSchema>;

const decisionsSchema = z
  .object({
    version: z.literal(1),
    /** suggestion key → decision. */
    decisions: z.record(text(5_000), decisionSchema),
  })
  .strict();

export type StoredDecisions = z.infer<typeof decisionsSchema>;

export const NO_DECISIONS: StoredDecisions = { version: 1, decisions: {} };

export function decisionsFile(
  path: string,
  options: { onCorrupt?: (message: string) => void; now?: () => number } = {},
): JsonFile<StoredDecisions> {
  return new JsonFile<StoredDecisions>({ path, ...options, parse: zodParse(decisionsSchema) });
}
