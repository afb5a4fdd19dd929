/** shell: links the app opens in the user's browser are recorded, never opened. */
import type { Shell } from 'electron';

export const openedExternally: string[] = [];

export const shell = {
  openExternal(url: string): Promise<void> {
    openedExternally.push(url);
    return Promise.resolve();
  },
} satisfies Pick<Shell, 'openExternal'>;
