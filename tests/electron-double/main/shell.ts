/** shell: links the app opens in the user's browser and folders it shows in the file manager are recorded, never opened. */
import type { Shell } from 'electron';

export const openedExternally: string[] = [];
export const openedPaths: string[] = [];

export const shell = {
  openExternal(url: string): Promise<void> {
    openedExternally.push(url);
    return Promise.resolve();
  },
  /** Answers '' (no error), as Electron does when the file manager took the path. */
  openPath(path: string): Promise<string> {
    openedPaths.push(path);
    return Promise.resolve('');
  },
} satisfies Pick<Shell, 'openExternal' | 'openPath'>;
