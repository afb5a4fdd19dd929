/**
 * conversations.json: the conversation summaries already fetched, per API origin, so expanding an
 * item again (also after a restart) needs no request. Deleted conversations are remembered too, so
 * a gone one is not asked for again on every expand. Checked with zod when read; a corrupt file is
 * moved aside by JsonFile and the cache starts empty.
 */
import { z } from 'zod';
import type { ConversationSummary } from '../../shared/conversation';
import { JsonFile } from '../storage/json-file';
import { zodParse } from '../storage/zod-parse';

const text = (max: number) => z.string().max(max);
const isoOrNull = text(100).nullable();

const summarySchema: z.ZodType<ConversationSummary> = z
  .object({
    id: text(500).min(1),
    title: text(20_000),
    overview: text(200_000),
    emoji: text(200).nullable(),
    category: text(200).nullable(),
    startedAt: isoOrNull,
    finishedAt: isoOrNull,
    createdAt: text(100),
  })
  .strict();

const entrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('found'), conversation: summarySchema, fetchedAt: text(100) }).strict(),
  z.object({ kind: z.literal('deleted'), fetchedAt: text(100) }).strict(),
]);

export type CachedConversation = z.infer<typeof entrySchema>;

const conversationCacheSchema = z
  .object({
    version: z.literal(1),
    /** origin → conversation id → what the server last said. */
    origins: z.record(text(500), z.record(text(500), entrySchema)),
  })
  .strict();

export type ConversationCache = z.infer<typeof conversationCacheSchema>;

export const EMPTY_CACHE: ConversationCache = { version: 1, origins: {} };

export function conversationCacheFile(
  path: string,
  options: { onCorrupt?: (message: string) => void; now?: () => number } = {},
): JsonFile<ConversationCache> {
  return new JsonFile<ConversationCache>({ path, ...options, parse: zodParse(conversationCacheSchema) });
}
