/** ./child.ts and the double as one CommonJS file for `node --require`, built once per test process. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

let built: Promise<string> | null = null;

export function childHookPath(): Promise<string> {
  built ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'omi-tray-electron-double-')), 'electron-double.cjs');
    await build({
      entryPoints: [join(__dirname, 'child.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      logLevel: 'silent',
    });
    return outfile;
  })();
  return built;
}
