/** Popover JS+CSS as shipped (out/renderer/assets), gzip-compressed. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figure';

export async function popoverBundleSize(): Promise<Figure> {
  const assets = join(process.cwd(), 'out', 'renderer', 'assets');
  let bytes = 0;
  for (const name of await readdir(assets)) {
    if (!/\.(js|css)$/.test(name)) continue;
    bytes += gzipSync(await readFile(join(assets, name)), { level: 9 }).length;
  }
  return { name: 'popover_js_css_gzip', value: Math.round((bytes / 1024) * 10) / 10, unit: 'KB', budget: 60 };
}
