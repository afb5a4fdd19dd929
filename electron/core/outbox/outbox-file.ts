/** outbox.json: every change not yet confirmed by the server, and where each local id went. */
import { z } from 'zod';
import { eachValid } from '../storage/each-valid';
import { JsonFile, type Parse } from '../storage/json-file';
import { zodParse } from '../storage/zod-parse';
import { outboxEntrySchema, unsureWriteSchema, type OutboxEntry } from './outbox-entry';

/** The file around its entries; each entry is validated on its own (see parseOutbox). */
const outboxFileSchema = z
  .object({
    version: z.literal(1),
    /** The API origin these changes are for; null while empty. */
    origin: z.string().max(500).nullable(),
    entries: z.array(z.unknown()).max(100_000),
    /** Epoch ms until which Omi asked for no writes (a 429's Retry-After); absent in older files. */
    writesHeldUntil: z.number().int().nonnegative().optional(),
    /** The tag of the key Omi asked that of (limits are per key); absent in older files: then it holds for any key. */
    writesHeldFor: z.string().min(1).max(200).optional(),
    /**
     * Item id -> a PATCH of it that got no answer and may still be saved late, kept after its entry
     * left (a later PATCH was answered) until no late save can come; absent in older files.
     */
    lateSaves: z.record(z.string().min(1).max(200), unsureWriteSchema).optional(),
    /** Local id -> server id, for items created here (edits addressed to the old id follow it). */
    aliases: z.record(z.string().min(1).max(200), z.string().min(1).max(200)),
  })
  .strict();

export type StoredOutbox = Omit<z.infer<typeof outboxFileSchema>, 'entries'> & { entries: OutboxEntry[] };

export const EMPTY_OUTBOX: StoredOutbox = { version: 1, origin: null, entries: [], aliases: {} };

export function outboxFile(
  path: string,
  options: {
    onCorrupt?: (message: string) => void;
    now?: () => number;
    readText?: (path: string) => Promise<string>;
    pause?: (ms: number) => Promise<void>;
    moveFile?: (from: string, to: string) => Promise<void>;
  } = {},
): JsonFile<StoredOutbox> {
  const dropped = (count: number) => options.onCorrupt?.(droppedWords(count));
  return new JsonFile<StoredOutbox>({ path, ...options, parse: parseOutbox(dropped), describeKept: unsentEditsWords });
}

/**
 * The file, entry by entry: an entry that does not validate is left out and counted (`dropped`),
 * the others are kept, instead of setting every waiting change aside for one bad one.
 */
function parseOutbox(dropped: (count: number) => void): Parse<StoredOutbox> {
  const whole = zodParse(outboxFileSchema);
  return (raw) => {
    const parsed = whole(raw);
    if (!parsed.ok) return parsed;
    const entries = eachValid(parsed.value.entries, outboxEntrySchema);
    if (entries.dropped > 0) dropped(entries.dropped);
    return { ok: true, value: { ...parsed.value, entries: entries.kept } };
  };
}

function droppedWords(count: number): string {
  const what =
    count === 1
      ? '1 unsent change that could not be read; it was'
      : `${count} unsent changes that could not be read; they were`;
  return `The pending-edits file held ${what} left out, and the other changes are kept and will be sent.`;
}

/** What a pending-edits file that could not be used held, so the user knows to look in it. */
function unsentEditsWords(raw: unknown): string {
  const entries = typeof raw === 'object' && raw !== null ? (raw as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(entries)) return 'it may hold unsent edits, which were not sent';
  if (entries.length === 0) return 'it held no unsent edits';
  return `it held ${entries.length} unsent edit${entries.length === 1 ? '' : 's'}, which were not sent`;
}
