/**
 * One pending change to one item, as kept in outbox.json. A single shape covers every edit:
 * field changes, a local create (the full new item in `changes`), and a delete, which may sit on
 * top of either so that undo can give back what was there before.
 */
import { z } from 'zod';
import type { ItemChanges } from '../../shared/action-item';

export interface CreateState {
  /** When the first POST for this item was sent (epoch ms); null before the first attempt. */
  attemptedAt: number | null;
  /** The description of the last POST sent, used to find the item if its answer was lost. */
  sentDescription: string | null;
  /** A POST was sent and its outcome is unknown (no answer, server error, crash): check before sending again. */
  uncertain: boolean;
  /** When the last POST left (epoch ms): a save Omi answers late shows in lists only some time after. */
  lastAttemptAt?: number;
  /** The last POST got an answer (an error status): the server had finished with it, no late save can follow. */
  answered?: boolean;
  /** The whole body of the last POST: only what was changed here after it is laid over a found item. */
  sent?: { description: string; completed: boolean; dueAt: string | null };
  /**
   * Ids of items with the same words the app knew before the first POST: a found item is one of
   * ours only if it is not among them (matching by content, so a skewed clock cannot fool it).
   */
  knownIds?: string[];
}

export interface UnsureWrite {
  /** When the last unanswered PATCH left (epoch ms). */
  leftAt: number;
  /** Every field those unanswered PATCHes carried, latest value last. */
  changes: ItemChanges;
}

interface DeleteState {
  /** Epoch ms before which the delete is not sent: the undo window. */
  notBefore: number;
  /** Kept so the undo line can name the item after it left the list; shortened (undoLineWords). */
  description: string;
  /** When the DELETE left (epoch ms), while its outcome is unknown: the item may be gone, and Undo is refused. */
  sentAt?: number;
}

export interface OutboxEntry {
  /** The item's id: the server's, or the temporary `local-…` id of an item created here. */
  key: string;
  /** Queue order: older entries are sent first. */
  seq: number;
  /** When the first edit of this entry was made (epoch ms); for a local create, its creation time. */
  queuedAt: number;
  /** When the last edit was merged in (epoch ms). */
  editedAt: number;
  /** Field changes; for a local create, the whole new item. */
  changes: ItemChanges;
  create: CreateState | null;
  delete: DeleteState | null;
  /**
   * A PATCH for this item left and got no answer (timeout, dropped connection): the server may still
   * save it late. Until then nothing that disagrees with it is sent, and nothing is dropped as "the
   * server has it already".
   */
  unsure?: UnsureWrite;
  /**
   * A tag of the API key the change was made with (a hash, never the key): it is sent only with
   * that key, never into another person's account. Absent in files from before tags were kept.
   */
  owner?: string;
}

const epochMs = z.number().int().nonnegative();

const itemChangesSchema = z
  .object({
    description: z.string().max(4000),
    completed: z.boolean(),
    dueAt: z.string().max(100).nullable(),
  })
  .partial()
  .strict();

export const unsureWriteSchema = z.object({ leftAt: epochMs, changes: itemChangesSchema }).strict();

export const outboxEntrySchema = z
  .object({
    key: z.string().min(1).max(200),
    seq: epochMs,
    queuedAt: epochMs,
    editedAt: epochMs,
    changes: itemChangesSchema,
    create: z
      .object({
        attemptedAt: epochMs.nullable(),
        sentDescription: z.string().max(4000).nullable(),
        uncertain: z.boolean(),
        lastAttemptAt: epochMs.optional(),
        answered: z.boolean().optional(),
        sent: z
          .object({ description: z.string().max(4000), completed: z.boolean(), dueAt: z.string().max(100).nullable() })
          .strict()
          .optional(),
        knownIds: z.array(z.string().min(1).max(200)).max(1000).optional(),
      })
      .strict()
      .nullable(),
    // Older files copied the server's description whole (Omi sets no maximum): shortened, not refused.
    delete: z
      .object({
        notBefore: epochMs,
        description: z.string().max(1_000_000).transform(undoLineWords),
        sentAt: epochMs.optional(),
      })
      .strict()
      .nullable(),
    unsure: unsureWriteSchema.optional(),
    owner: z.string().min(1).max(200).optional(),
  })
  .strict();

/** How much of a deleted item's description the outbox keeps for the undo line. */
export const UNDO_LINE_MAX = 200;

/** A deleted item's description as the undo line needs it: whole when short, else its start and "…". */
export function undoLineWords(description: string): string {
  const chars = [...description];
  return chars.length <= UNDO_LINE_MAX ? description : `${chars.slice(0, UNDO_LINE_MAX - 1).join('')}…`;
}

export const LOCAL_ID_PREFIX = 'local-';

/** An id the app made for an item Omi has not yet created. */
export function isLocalId(id: string): boolean {
  return id.startsWith(LOCAL_ID_PREFIX);
}
