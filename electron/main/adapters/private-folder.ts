/**
 * The data folder holds item text, pending edits and the log: readable by this user only. Folders
 * the app creates are 0700 and files 0600 whatever the umask; its own userData folder, left 0755 by
 * an older version, is tightened on start. A folder someone else made (OMI_TRAY_DATA_DIR naming
 * $HOME, say) is never chmod-ed. (Windows has no such modes; its per-user profile is already private.)
 */
import { chmodSync, mkdirSync } from 'node:fs';

const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Makes the folder if missing (private). `tighten`: the folder is the app's own, so an existing one
 * is made private too. A chmod that fails is no reason not to start: answers why in words, or null.
 */
export function ensurePrivateFolder(
  path: string,
  options: { tighten: boolean; chmod?: (path: string, mode: number) => void } = { tighten: false },
): string | null {
  const created = mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER_MODE }) !== undefined;
  if (!created && !options.tighten) return null;
  try {
    (options.chmod ?? chmodSync)(path, PRIVATE_FOLDER_MODE);
    return null;
  } catch (error) {
    return `The data folder ${path} could not be made private (${error instanceof Error ? error.message : String(error)}).`;
  }
}

export function makeFilePrivate(path: string): void {
  try {
    chmodSync(path, PRIVATE_FILE_MODE);
  } catch {
    // Not there yet: it is created private.
  }
}
