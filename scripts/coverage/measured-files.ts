/**
 * Which files the coverage figure is about, and the folders it is reported by: every source file
 * under electron/ and src/, loaded by a test or not. Tests, scripts, vendored files and type-only
 * declaration files are not part of it.
 */
import { relative, sep } from 'node:path';

export const MEASURED_GLOBS = ['electron/**/*.ts', 'src/**/*.ts', 'src/**/*.svelte'];
export const UNMEASURED_GLOBS = ['**/*.d.ts'];

export interface Folder {
  path: string;
  /** Lines covered, in percent, that the folder must reach; null where there is no target. */
  target: number | null;
}

export const FOLDERS: readonly Folder[] = [
  { path: 'electron/main', target: 90 },
  { path: 'electron/preload', target: 100 },
  { path: 'electron/core', target: 90 },
  { path: 'electron/shared', target: null },
  { path: 'src', target: 80 },
];

/** The file's path from the project root with forward slashes, or null when it is not measured. */
export function measuredPath(root: string, file: string): string | null {
  const path = relative(root, file).split(sep).join('/');
  if (path.endsWith('.d.ts')) return null;
  if (!/\.(ts|svelte)$/.test(path)) return null;
  return path.startsWith('electron/') || path.startsWith('src/') ? path : null;
}

export function folderOf(path: string): Folder | undefined {
  return FOLDERS.find((folder) => path.startsWith(`${folder.path}/`));
}
