/**
 * The popover page's JavaScript coverage for `npm run coverage`: when OMI_TRAY_COVERAGE_DIR is set,
 * each page records V8's coverage of its scripts and, when it closes, writes Playwright's raw result
 * as JSON to $OMI_TRAY_COVERAGE_DIR/renderer/. Without the variable this does nothing.
 * scripts/coverage maps the built renderer's part back to src/ through its source maps.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export interface PageCoverage {
  /** Writes what the page ran so far; call before the page closes. */
  save(): Promise<void>;
}

export async function recordPageCoverage(page: Page, env: NodeJS.ProcessEnv = process.env): Promise<PageCoverage> {
  const dir = env.OMI_TRAY_COVERAGE_DIR;
  if (!dir) return { save: async () => undefined };
  // Restarts and reloads must not drop what ran before them.
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  return {
    async save() {
      const entries = await page.coverage.stopJSCoverage();
      await mkdir(join(dir, 'renderer'), { recursive: true });
      await writeFile(join(dir, 'renderer', `${randomUUID()}.json`), JSON.stringify(entries));
    },
  };
}
