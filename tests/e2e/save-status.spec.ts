/**
 * Saves in flight are silent: on a server that answers at once, a tick shows no waiting line, no
 * "pending" mark and no Retry, and nothing in the popover moves when the save lands. A change that
 * waits (a slow server) is mentioned once it has waited 3 s, in neutral colours, over the list's foot.
 */
import type { Page } from '@playwright/test';
import { pastUndoWindow } from './clock-steps';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_save_status_key_0612';

test.beforeEach(({ omi }) => {
  // Waits of a few seconds are the point here; the machine may be busy.
  test.slow();
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    { id: 's1', description: 'Book the car service' },
    { id: 's2', description: 'Return the library books' },
    { id: 's3', description: 'Send the invoice to Lena' },
  ]);
});

/** Records, every frame from now on, whether a waiting line, Retry or pending mark was visible, and where rows were. */
async function watchFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = { waiting: false, retry: false, pending: false, rowTops: new Set<number>() };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const look = () => {
      const text = document.body.innerText;
      if (/waiting to sync/i.test(text)) seen.waiting = true;
      if ([...document.querySelectorAll('button')].some((button) => button.textContent?.trim() === 'Retry'))
        seen.retry = true;
      if (
        [...document.querySelectorAll('.pending-mark, .pending')].some(
          (mark) => (mark as HTMLElement).offsetParent !== null,
        )
      )
        seen.pending = true;
      const row = document.querySelector('[data-item="s3"]');
      if (row) seen.rowTops.add(Math.round(row.getBoundingClientRect().top));
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

const framesSeen = (page: Page) =>
  page.evaluate(() => {
    const seen = (
      window as unknown as { seen: { waiting: boolean; retry: boolean; pending: boolean; rowTops: Set<number> } }
    ).seen;
    return { waiting: seen.waiting, retry: seen.retry, pending: seen.pending, rowTops: [...seen.rowTops] };
  });

test('a tick on a fast server shows no waiting line, no pending mark, no Retry, and nothing moves when it lands', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  const page = app.page;
  await expect(page.getByRole('checkbox', { name: 'Send the invoice to Lena' })).toBeVisible();
  await watchFrames(page);
  await page.getByRole('checkbox', { name: 'Book the car service' }).click();
  await expect.poll(() => omi.items().find((item) => item.id === 's1')?.completed).toBe(true);
  // Past the moment a slow save would be mentioned (the app's clock moved on), then a few real frames.
  await app.advanceClock(3_500);
  await page.waitForTimeout(300);
  expect(await framesSeen(page)).toEqual({
    waiting: false,
    retry: false,
    pending: false,
    rowTops: [expect.any(Number)],
  });
});

test('a delete inside its Undo window is not a waiting change', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  const page = app.page;
  await expect(page.getByRole('checkbox', { name: 'Return the library books' })).toBeVisible();
  await watchFrames(page);
  await page.getByRole('checkbox', { name: 'Return the library books' }).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status')).toContainText('Deleted');
  // Past the moment a slow save would be mentioned, still inside the Undo window; a few real frames.
  await app.advanceClock(3_500);
  await page.waitForTimeout(300);
  const inWindow = await framesSeen(page);
  expect([inWindow.waiting, inWindow.retry]).toEqual([false, false]);
  await pastUndoWindow(app);
  await expect.poll(() => omi.requests().filter((request) => request.method === 'DELETE').length).toBe(1);
  const seen = await framesSeen(page);
  expect([seen.waiting, seen.retry]).toEqual([false, false]);
});

test('a save that waits is mentioned after a few seconds, in neutral words over the list, and the line goes once it lands', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  await expect(page.getByRole('checkbox', { name: 'Send the invoice to Lena' })).toBeVisible();
  const rowTop = async () => (await page.locator('[data-item="s3"]').boundingBox())!.y;
  const top = await rowTop();
  omi.setDelay(6_000);
  await watchFrames(page);
  await page.getByRole('checkbox', { name: 'Book the car service' }).click();
  const line = page.getByText('1 change waiting to sync, kept safe here; sent as soon as Omi answers.');
  await expect(line).toBeVisible({ timeout: 8_000 });
  // Neutral: the page's text colour, not the error red.
  const colour = await line.evaluate((element) => getComputedStyle(element).color);
  const text = await page.locator('body').evaluate((element) => getComputedStyle(element).color);
  expect(colour).toBe(text);
  expect(await rowTop()).toBe(top);
  omi.setDelay(0);
  await expect(line).toHaveCount(0, { timeout: 20_000 });
  expect(await rowTop()).toBe(top);
  expect((await framesSeen(page)).rowTops).toEqual([Math.round(top)]);
});
