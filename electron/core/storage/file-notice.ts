import { DATA_FILES, type DataFile } from './data-files';

/**
 * What the person reads when a data file could not be read: one plain sentence naming what was in
 * it, never its file name, path or error code (those go to the log, with the full account).
 */
const WHAT_IT_HELD: Record<DataFile, string> = {
  [DATA_FILES.items]: 'The saved list',
  [DATA_FILES.outbox]: 'The changes waiting to sync',
  [DATA_FILES.settings]: 'Your settings',
  [DATA_FILES.reminders]: 'Your snoozed reminders',
  [DATA_FILES.suggestions]: 'Your choices on suggestions',
  [DATA_FILES.lastLook]: 'The list you last looked at',
  [DATA_FILES.conversations]: 'The saved conversations',
  [DATA_FILES.access]: 'What this key may do',
  [DATA_FILES.reads]: "This hour's count of reads",
};

const isDataFile = (file: string): file is DataFile => Object.hasOwn(WHAT_IT_HELD, file);

export interface CorruptFile {
  /** The file's name in the data folder, e.g. "outbox.json". */
  file: string;
  /** Whether it may have held something the person made that was not yet sent (it was kept aside). */
  heldUnsent: boolean;
}

export function fileNotice({ file, heldUnsent }: CorruptFile): string {
  const what = isDataFile(file) ? WHAT_IT_HELD[file] : 'Some saved data';
  return heldUnsent
    ? `${what} could not be read and were not sent; they were kept aside.`
    : `${what} could not be read, so Omi Tray started it afresh.`;
}
