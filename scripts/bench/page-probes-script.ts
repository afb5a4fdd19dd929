/** ./page-probes.ts as one classic script, evaluated in the popover page after it loads. */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { bundlePageScript } from '../../tests/harness/bundle-page-script';

/** Puts window.__benchProbes into the page (evaluated over the debugging protocol, so the page's CSP allows it). */
export async function installProbes(page: Page): Promise<void> {
  await page.evaluate(await bundlePageScript(join(__dirname, 'page-probes.ts')));
}
