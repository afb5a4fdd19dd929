/**
 * Renderer coverage for `npm run coverage`: with OMI_TRAY_COVERAGE_DIR set, every page a shell opens
 * records V8 JS coverage from its first script, and its raw result is written as JSON to
 * $OMI_TRAY_COVERAGE_DIR/renderer/<unique>.json when the page closes. Without it, nothing happens.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export function coverageDir(): string | null {
  return process.env.OMI_TRAY_COVERAGE_DIR || null;
}

/** Starts coverage on `page`; the returned function closes the page and writes what was measured. */
export async function closeWithCoverage(page: Page): Promise<() => Promise<void>> {
  const dir = coverageDir();
  if (!dir) return () => page.close();
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  let closed = false;
  return async () => {
    if (closed) return;
    closed = true;
    if (page.isClosed()) return;
    const result = await page.coverage.stopJSCoverage();
    await mkdir(join(dir, 'renderer'), { recursive: true });
    await writeFile(join(dir, 'renderer', `${randomUUID()}.json`), JSON.stringify({ result }));
    await page.close();
  };
}
