/** nativeImage: an image remembers the file it came from, which is what tests read back. */
import { existsSync } from 'node:fs';
import type { NativeImage as ElectronNativeImage } from 'electron';

export class NativeImageDouble implements Pick<
  ElectronNativeImage,
  'isEmpty' | 'setTemplateImage' | 'isTemplateImage'
> {
  private template = false;
  /** Electron gives an empty image, not an error, for a file it cannot read. */
  constructor(readonly path: string | null) {}
  isEmpty(): boolean {
    return this.path === null;
  }
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
}

export const nativeImage = {
  createFromPath(path: string): ElectronNativeImage {
    return new NativeImageDouble(existsSync(path) ? path : null) as unknown as ElectronNativeImage;
  },
};
