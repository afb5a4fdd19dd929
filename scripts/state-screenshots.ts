/**
 * The README's pictures of the popover's other states (light mode, browser shell, sample data):
 * suggestions from conversations, an empty list, offline with a change waiting, and the Undo bar
 * after a tick. Written by `npm run screenshots` with the others.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { closeAndRemoveData, launchApp, type LaunchedApp } from '../tests/harness';
import { sampleConversations } from '../tests/fake-omi/sample-conversations';
import { sampleItems } from '../tests/fake-omi/sample-items';
import { CONVERSATIONS_READ_SCOPE, READ_WRITE } from '../tests/fake-omi/server';

const KEY = 'omi_dev_screenshot_state_key';

/** Launches a connected app in light mode over `seed`, runs `show`, then writes `name` at rest. */
async function stateShot(
  out: string,
  name: string,
  seed: (app: LaunchedApp) => void,
  show: (app: LaunchedApp) => Promise<void>,
): Promise<void> {
  const app = await launchApp({ shell: 'browser' });
  try {
    const omi = app.fakeOmi!;
    omi.setKey({ key: KEY, scopes: [...READ_WRITE, CONVERSATIONS_READ_SCOPE] });
    seed(app);
    const page = app.page;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('textbox', { name: 'Omi developer key' }).fill(KEY);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('heading', { name: 'Your items' }).waitFor();
    await show(app);
    await atRest(page);
    await page.screenshot({ path: join(out, name), animations: 'disabled' });
  } finally {
    await closeAndRemoveData(app);
  }
}

/** No hover, no focus ring. */
async function atRest(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

export async function stateShots(out: string): Promise<void> {
  const now = new Date();
  await stateShot(
    out,
    'suggestions.png',
    (app) => {
      app.fakeOmi!.seed(sampleItems(now).slice(0, 3));
      app.fakeOmi!.seedConversations(sampleConversations(now));
    },
    async (app) => {
      await app.showPopover();
      await app.page
        .getByRole('region', { name: 'From your conversations' })
        .getByRole('button', { name: /^Add / })
        .first()
        .waitFor();
    },
  );
  await stateShot(
    out,
    'undo.png',
    (app) => app.fakeOmi!.seed(sampleItems(now)),
    async (app) => {
      await app.page.getByRole('checkbox', { name: 'Pay the electricity bill' }).click();
      await app.page.getByRole('button', { name: /^Undo/ }).first().waitFor();
    },
  );
  await stateShot(
    out,
    'empty.png',
    () => undefined,
    async (app) => {
      await app.page.getByText('Nothing to do').waitFor();
    },
  );
  await stateShot(
    out,
    'offline.png',
    (app) => app.fakeOmi!.seed(sampleItems(now)),
    async (app) => {
      const page = app.page;
      const box = page.getByRole('checkbox', { name: 'Pay the electricity bill' });
      await box.waitFor();
      app.fakeOmi!.setDown(true);
      await box.click();
      await page.getByText(/waiting to sync/).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Refresh' }).click();
      await page.getByText(/^You're offline;/).waitFor({ timeout: 60_000 });
    },
  );
}
