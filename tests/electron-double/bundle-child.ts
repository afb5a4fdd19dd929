/**
 * ./child.ts and the double as one CommonJS file for `node --require`, built once per test process
 * into a folder of its own, which goes when that process exits (a bench or a script run outside the
 * test runners, whose run folder would otherwise hold it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

let built: Promise<string> | null = null;

export function childHookPath(): Promise<string> {
  built ??= (async () => {
    const folder = mkdtempSync(join(tmpdir(), 'omi-tray-electron-double-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    const outfile = join(folder, 'electron-double.cjs');
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
