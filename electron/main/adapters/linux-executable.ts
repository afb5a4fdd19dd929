/**
 * What a Linux autostart entry starts. An AppImage run is the AppImage's own executable mounted
 * under APPDIR, and APPIMAGE names the .AppImage file; outside such a run (or with APPIMAGE set by
 * anything else) the entry starts the running executable, never a path from the environment.
 */
import { relative, isAbsolute, resolve } from 'node:path';

export function autostartExecutable(env: NodeJS.ProcessEnv, execPath: string): string {
  const { APPIMAGE: appImage, APPDIR: appDir } = env;
  if (!appImage || !appDir || !isAbsolute(appImage) || !isAbsolute(appDir)) return execPath;
  const inside = relative(resolve(appDir), resolve(execPath));
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? appImage : execPath;
}
