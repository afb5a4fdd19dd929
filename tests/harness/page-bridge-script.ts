/**
 * Bundles ./page-bridge.ts into one classic script for `page.addInitScript` (once per test worker).
 * Playwright loads the specs as CommonJS, so the folder comes from `__dirname`.
 */
import { build } from 'esbuild';
import { join } from 'node:path';

let script: Promise<string> | null = null;

export function pageBridgeScript(): Promise<string> {
  script ??= build({
    entryPoints: [join(__dirname, 'page-bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error('esbuild produced no page bridge');
    return file.text;
  });
  return script;
}
