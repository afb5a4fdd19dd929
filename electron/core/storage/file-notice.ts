/**
 * What the person reads when a data file could not be read: one plain sentence naming what was in
 * it, never its file name, path or error code (those go to the log, with the full account).
 */
const WHAT_IT_HELD: Record<string, string> = {
  'items.json': 'The saved list',
  'outbox.json': 'The changes waiting to sync',
  'settings.json': 'Your settings',
  'reminders.json': 'Your snoozed reminders',
  'suggestions.json': 'Your choices on suggestions',
  'last-look.json': 'The list you last looked at',
  'conversations.json': 'The saved conversations',
  'access.json': 'What this key may do',
  'reads.json': "This hour's count of reads",
};

export interface CorruptFile {
  /** The file's name in the data folder, e.g. "outbox.json". */
  file: string;
  /** Whether it may have held something the person made that was not yet sent (it was kept aside). */
  heldUnsent: boolean;
}

export function fileNotice({ file, heldUnsent }: CorruptFile): string {
  const what = WHAT_IT_HELD[file] ?? 'Some saved data';
  return heldUnsent
    ? `${what} could not be read and were not sent; they were kept aside.`
    : `${what} could not be read, so Omi Tray started it afresh.`;
}
