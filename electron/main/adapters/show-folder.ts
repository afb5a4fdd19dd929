/**
 * Shows a folder in the file manager: the one use of shell.openPath. Its only caller is core's
 * "Show log folder", with the log folder main itself chose; no path ever comes from the page.
 */
import { shell } from 'electron';

/** Why the folder could not be shown, in the system's words, or null. */
export async function showFolder(path: string): Promise<string | null> {
  // shell.openPath answers an error message, or '' when the file manager took the folder.
  return (await shell.openPath(path)) || null;
}
