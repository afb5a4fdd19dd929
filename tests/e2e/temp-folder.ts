/**
 * What to remove once a test's apps are closed: the folder directly under the system's temp folder
 * that holds an app's data folder. The harness and the specs make data folders there with mkdtemp,
 * a few with the data folder deeper inside (a path as long as a real one). A data folder anywhere
 * else, or the temp folder itself, is never removed.
 */
import { isAbsolute, join, relative, sep } from 'node:path';

export function tempFolderHolding(dataDir: string, tempRoot: string): string | null {
  const inside = relative(tempRoot, dataDir);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  const [first] = inside.split(sep);
  return first === undefined || first === '' ? null : join(tempRoot, first);
}
