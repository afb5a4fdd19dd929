/** Bundles ./page-probes.ts into one classic script, evaluated in the popover page after it loads. */
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { join } from 'node:path';

let script: Promise<string> | null = null;

function probesScript(): Promise<string> {
  script ??= build({
    entryPoints: [join(__dirname, 'page-probes.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error('esbuild produced no page probes');
    return file.text;
  });
  return script;
}

/** Puts window.__benchProbes into the page (evaluated over the debugging protocol, so the page's CSP allows it). */
export async function installProbes(page: Page): Promise<void> {
  await page.evaluate(await probesScript());
}
