/**
 * `npm run screenshots`: renders the popover through the test harness (browser shell, sample data
 * from the fake Omi server) and writes the README's pictures to docs/screenshots/.
 * Needs a built renderer (`npm run build`).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchApp } from '../tests/harness';
import { sampleItems } from '../tests/fake-omi/sample-items';
import { conversationShot } from './conversation-screenshot';

const OUT = join(process.cwd(), 'docs', 'screenshots');
const KEY = 'omi_dev_screenshot_key';

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    const app = await launchApp({ shell: 'browser' });
    const omi = app.fakeOmi!;
    omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
    const page = app.page;
    await page.emulateMedia({ colorScheme: scheme });
    if (scheme === 'light') {
      await page.getByRole('textbox', { name: 'API key' }).waitFor();
      await page.screenshot({ path: join(OUT, 'onboarding.png') });
    }
    omi.seed(sampleItems(new Date()));
    await page.getByRole('textbox', { name: 'API key' }).fill(KEY);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('heading', { name: 'Action items' }).waitFor();
    await page.getByRole('region', { name: 'Today' }).waitFor();
    await page.screenshot({ path: join(OUT, `popover-${scheme}.png`) });
    if (scheme === 'light') {
      await app.pressShortcut();
      await page.getByRole('textbox', { name: 'Quick edit' }).waitFor();
      await page.keyboard.type('call');
      await page.screenshot({ path: join(OUT, 'quick-edit.png') });
    }
    await app.close();
  }
  await conversationShot(OUT);
  console.log(`Screenshots written to ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
