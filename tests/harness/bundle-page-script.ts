/**
 * Bundles a TypeScript file of this repository into one classic script for a page (an init script
 * or an evaluated one), once per process. Playwright loads specs as CommonJS, so callers pass paths
 * built from `__dirname`.
 */
import { build } from 'esbuild';
import { basename } from 'node:path';

const scripts = new Map<string, Promise<string>>();

export function bundlePageScript(entry: string): Promise<string> {
  let script = scripts.get(entry);
  if (!script) {
    script = build({
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      write: false,
      logLevel: 'silent',
    }).then((result) => {
      const file = result.outputFiles[0];
      if (!file) throw new Error(`esbuild produced nothing for ${basename(entry)}`);
      return file.text;
    });
    scripts.set(entry, script);
  }
  return script;
}
