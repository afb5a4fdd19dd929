/**
 * `npm run screenshots`: renders the popover through the test harness (browser shell, sample data
 * from the fake Omi server) and writes the README's pictures to docs/screenshots/, or to the folder
 * given with `-- --out <folder>`. Needs a built renderer (`npm run build`).
 *
 * The app talks to the fake server on a loopback address and keeps its data in a temporary folder; a
 * user sees the Omi API's own host and the app's usual data folder, so the pictures show those where
 * the page would print the test run's. The pictures are taken where it is about midday, so the
 * sample items fill Overdue, Today and Tomorrow whatever the hour the script runs at.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { closeAndRemoveData, launchApp, type LaunchedApp } from '../tests/harness';
import { sampleItems } from '../tests/fake-omi/sample-items';
import { CONVERSATIONS_READ_SCOPE, READ_WRITE } from '../tests/fake-omi/server';
import { middayZone } from '../tests/e2e/midday-zone';
import { conversationShot } from './conversation-screenshot';
import { stateShots } from './state-screenshots';

const KEY = 'omi_dev_screenshot_key';
const REAL_API = 'https://api.omi.me';
/** Where the app keeps its data on Linux, as Settings writes it for a user. */
const USUAL_DATA_FOLDER = '~/.config/Omi Tray';
/** How long after launch the reminder's item falls due: time for the first list to load. */
const REMINDER_AHEAD_MS = 4_000;

function outFolder(argv: readonly string[]): string {
  const at = argv.indexOf('--out');
  return at >= 0 && argv[at + 1] ? resolve(argv[at + 1]!) : join(process.cwd(), 'docs', 'screenshots');
}

/** Writes each `to` over its `from`, in text and in fields. */
async function replaceWords(page: Page, pairs: readonly (readonly [string, string])[]): Promise<void> {
  await page.evaluate((replacements) => {
    for (const [from, to] of replacements) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent?.includes(from)) node.textContent = node.textContent.replaceAll(from, to);
      }
      for (const input of document.querySelectorAll('input')) {
        if (input.value.includes(from)) input.value = input.value.replaceAll(from, to);
        if (input.placeholder.includes(from)) input.placeholder = input.placeholder.replaceAll(from, to);
      }
    }
  }, pairs);
}

/** The picture as a user would see it: the real API host and the usual data folder. */
async function shoot(app: LaunchedApp, path: string): Promise<void> {
  await replaceWords(app.page, [
    [app.fakeOmi!.url.replace(/\/$/, ''), REAL_API],
    [app.dataDir, USUAL_DATA_FOLDER],
  ]);
  // Animations finished: a toast caught fading in would show the list through it.
  await app.page.screenshot({ path, animations: 'disabled' });
}

async function checklistShots(out: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    const app = await launchApp({ shell: 'browser' });
    const omi = app.fakeOmi!;
    // A key as Omi makes one (it may read conversations) that may also change items.
    omi.setKey({ key: KEY, scopes: [...READ_WRITE, CONVERSATIONS_READ_SCOPE] });
    const page = app.page;
    await page.emulateMedia({ colorScheme: scheme });
    if (scheme === 'light') {
      await page.getByRole('textbox', { name: 'Omi developer key' }).waitFor();
      await shoot(app, join(out, 'onboarding.png'));
    }
    omi.seed(sampleItems(new Date()));
    await page.getByRole('textbox', { name: 'Omi developer key' }).fill(KEY);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('heading', { name: 'Your items' }).waitFor();
    await page.getByRole('region').first().waitFor();
    await page.mouse.move(0, 0);
    await shoot(app, join(out, `popover-${scheme}.png`));
    if (scheme === 'light') {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).waitFor();
      await shoot(app, join(out, 'settings.png'));
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Settings' }).waitFor({ state: 'detached' });
      await app.pressShortcut();
      await page.getByRole('textbox', { name: 'Quick edit' }).waitFor();
      await page.keyboard.type('call');
      await shoot(app, join(out, 'quick-edit.png'));
    }
    await closeAndRemoveData(app);
  }
}

async function reminderShot(out: string): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'omi-tray-screenshots-'));
  await writeFile(join(dataDir, 'settings.json'), `${JSON.stringify({ reminderLeadMinutes: 0 })}\n`);
  const now = new Date();
  const items = sampleItems(now);
  const app = await launchApp({ shell: 'browser', dataDir, apiKey: KEY });
  const omi = app.fakeOmi!;
  omi.setKey({ key: KEY, scopes: [...READ_WRITE, CONVERSATIONS_READ_SCOPE] });
  omi.seed([
    {
      id: 'reminded',
      description: 'Call Ana about the venue deposit',
      due_at: new Date(Date.now() + REMINDER_AHEAD_MS).toISOString(),
    },
    ...items,
  ]);
  const page = app.page;
  await page.getByRole('heading', { name: 'Your items' }).waitFor();
  await app.showPopover();
  const deadline = Date.now() + REMINDER_AHEAD_MS + 15_000;
  while ((await app.notifications()).length === 0) {
    if (Date.now() > deadline) throw new Error('No reminder came for the screenshot.');
    await page.waitForTimeout(250);
  }
  await app.clickNotification(0);
  await page.getByRole('region', { name: 'Reminder' }).waitFor();
  await page.mouse.move(0, 0);
  await shoot(app, join(out, 'reminder.png'));
  await closeAndRemoveData(app);
}

async function main(): Promise<void> {
  // The core reads this process's zone and Chromium inherits it when it starts.
  process.env.TZ = middayZone();
  const out = outFolder(process.argv.slice(2));
  await mkdir(out, { recursive: true });
  await checklistShots(out);
  await reminderShot(out);
  await conversationShot(out);
  await stateShots(out);
  console.log(`Screenshots written to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
