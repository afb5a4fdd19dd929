/**
 * The built preload as a page init script: wrapped like a CommonJS module (on its first line, so
 * lines keep their numbers) and named after its file, so errors and coverage point at the file.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

/** Put before the preload's first line; coverage offsets of the preload start after it. */
export const PRELOAD_PREFIX =
  "(globalThis[Symbol.for('electron-double:run-preload')] || function () {})(function (require, module, exports) {";

export async function preloadScript(path: string): Promise<string> {
  const source = await readFile(path, 'utf8');
  return `${PRELOAD_PREFIX}${source}\n});\n//# sourceURL=${pathToFileURL(path).href}\n`;
}
