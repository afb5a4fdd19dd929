/**
 * reminders.json in the data folder: what must survive a restart so no reminder is shown twice and
 * none is lost — which reminders were shown (for which due_at), snoozes, the pause, and until when
 * the app was watching the clock.
 */
import { z } from 'zod';
import { JsonFile } from '../storage/json-file';

const isoTime = z.iso.datetime({ offset: true });

const storedRemindersSchema = z
  .object({
    version: z.literal(1),
    /** Until when reminders were watched; reminders after it and before a restart are caught up. */
    watchedUntil: isoTime,
    pausedUntil: isoTime.nullable(),
    /** Item id -> ISO time before which its reminder must not fire. */
    snoozed: z.record(z.string().min(1), isoTime),
    /** Item id -> the due_at its reminder was shown for. */
    delivered: z.record(z.string().min(1), isoTime),
  })
  .strict();

export type StoredReminders = z.infer<typeof storedRemindersSchema>;

export function reminderStateFile(
  path: string,
  options: { onCorrupt?: (message: string) => void; now?: () => number } = {},
): JsonFile<StoredReminders> {
  return new JsonFile<StoredReminders>({
    path,
    ...options,
    parse: (raw) => {
      const parsed = storedRemindersSchema.safeParse(raw);
      return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: z.prettifyError(parsed.error) };
    },
  });
}
