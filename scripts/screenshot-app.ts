/** An app a screenshot script launched, closed and its data folder removed: a run leaves nothing in the temp folder. */
import { rm } from 'node:fs/promises';
import type { LaunchedApp } from '../tests/harness';

export async function closeScreenshotApp(app: LaunchedApp): Promise<void> {
  await app.close();
  await rm(app.dataDir, { recursive: true, force: true });
}
