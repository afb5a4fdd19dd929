/**
 * Changes are spoken: a tick, a save, a refusal, an undo offer and a reminder each put words into a
 * live region (role=status, role=alert or aria-live). A polite region must already be in the page
 * before the change, or screen readers miss what appears in it; an alert is spoken when it appears.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { READ_WRITE } from '../fake-omi/server';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_live_regions_key_1101';
const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: READ_WRITE });
});

/** Marks the live regions in the page now: what appears later in one of them is spoken. */
async function listen(page: Page): Promise<void> {
  await page.evaluate(
    (live) => document.querySelectorAll(live).forEach((region) => region.setAttribute('data-listened', '')),
    LIVE,
  );
}

/** What a screen reader speaks: the words in regions that were listened to, and in alerts. */
function spoken(page: Page): Promise<string[]> {
  return page.evaluate((live) => {
    const regions = [...document.querySelectorAll(live)].filter(
      (region) => region.hasAttribute('data-listened') || region.getAttribute('role') === 'alert',
    );
    return regions
      .map((region) => (region.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((words) => words !== '');
  }, LIVE);
}

const says = (page: Page, words: string | RegExp) =>
  expect
    .poll(() => spoken(page))
    .toContainEqual(typeof words === 'string' ? expect.stringContaining(words) : expect.stringMatching(words));

const rowOf = (page: Page, description: string) =>
  page.locator('[data-item]').filter({ has: page.getByRole('checkbox', { name: description, exact: true }) });

test('a tick, a save, a refusal and an undo offer are spoken in words', async ({ launch, omi }) => {
  omi.seed([
    { id: 'v1', description: 'Buy oat milk' },
    { id: 'v2', description: 'Draft the budget' },
    { id: 'v3', description: 'Call the plumber' },
  ]);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  await expect(page.getByRole('checkbox', { name: 'Buy oat milk' })).toBeVisible();

  // A tick: the undo offer says what was completed.
  await listen(page);
  await page.getByRole('checkbox', { name: 'Buy oat milk' }).click();
  await says(page, 'Marked done “Buy oat milk” Undo');

  // A save: the description change is said with the new text.
  await listen(page);
  await rowOf(page, 'Draft the budget').getByRole('button', { name: 'Edit description' }).click();
  const box = page.getByRole('textbox', { name: 'Description' });
  await box.fill('Draft the budget for March');
  await box.press('Enter');
  await says(page, 'Description changed: “Draft the budget for March”');

  // A refusal (422): one plain sentence, as an alert; the server's reason waits behind "Details".
  omi.failNext({
    status: 422,
    method: 'PATCH',
    body: {
      detail: [
        { loc: ['body', 'description'], msg: 'Value error, Description must not contain links', type: 'value_error' },
      ],
    },
  });
  await listen(page);
  await rowOf(page, 'Call the plumber').getByRole('button', { name: 'Edit description' }).click();
  await page.getByRole('textbox', { name: 'Description' }).fill('Call the plumber https://example.com');
  await page.getByRole('textbox', { name: 'Description' }).press('Enter');
  await says(page, 'Omi did not accept the change.');

  // An undo offer after a delete.
  await listen(page);
  await page.getByRole('button', { name: 'More actions for Call the plumber' }).click();
  await page.getByRole('menuitem', { name: /^Delete/ }).click();
  await says(page, 'Deleted “Call the plumber” Undo');
});

test('a reminder that rings while the popover is open is spoken with its item and due time', async ({
  launch,
  omi,
}) => {
  const aheadMs = 10 * 60_000;
  omi.seed([
    { id: 'v9', description: 'Call the dentist about Friday', due_at: new Date(Date.now() + aheadMs).toISOString() },
  ]);
  const dataDir = await mkdtemp(join(tmpdir(), 'omi-tray-live-'));
  await writeFile(join(dataDir, 'settings.json'), `${JSON.stringify({ reminderLeadMinutes: 0 })}\n`);
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, dataDir, controlledClock: true });
  await expect(app.page.getByRole('checkbox', { name: 'Call the dentist about Friday' })).toBeVisible();
  await listen(app.page);
  await app.advanceClock(aheadMs);
  await expect.poll(() => app.notifications()).toHaveLength(1);
  await app.showPopover();
  await says(app.page, /^Reminder: Call the dentist about Friday, (Due|Overdue)\b.*\d\d:\d\d.*\.$/);
});
