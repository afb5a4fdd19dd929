/**
 * The data folder holds item text, pending edits and the log: readable by this user only. Folders
 * are 0700 and files 0600 whatever the umask, and a folder left 0755 by an older version is
 * tightened on start. (Windows has no such modes; its per-user profile folder is already private.)
 */
import { chmodSync, mkdirSync } from 'node:fs';

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

export function ensurePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  chmodSync(path, PRIVATE_FOLDER_MODE);
}

export function makeFilePrivate(path: string): void {
  try {
    chmodSync(path, PRIVATE_FILE_MODE);
  } catch {
    // Not there yet: it is created private.
  }
}
