/**
 * Long descriptions: a row shows two lines, and shows the whole text in place when it gets focus or
 * when its text is clicked. A click on text cut short only opens it (it does not tick); a click on
 * text shown whole ticks, as before; the checkbox ticks at any time, and Enter still opens the editor.
 * Also: a row's due label is never covered by the item's tools at the popover's size (380 × 560).
 */
import type { Locator, Page } from '@playwright/test';
import { READ_WRITE, type FakeOmi } from '../fake-omi/server';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_long_text_key_7301';
const LONG =
  'Collect the signed forms from every team lead, check that each one lists the right cost centre, scan them into the shared folder, ' +
  'and write to the finance office saying which ones are still missing, with the names of the people who have not answered yet.';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: READ_WRITE });
  omi.seed([
    { id: 'long', description: LONG },
    { id: 'short', description: 'Water the plants' },
    {
      id: 'late',
      description: 'Call Ana about the venue deposit',
      due_at: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    },
  ]);
});

const textOf = (page: Page, id: string): Locator => page.locator(`[data-item="${id}"] .text`);
/** The label's height in lines of text. */
const lines = (text: Locator) =>
  text.evaluate((element) =>
    Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)),
  );
const writes = (omi: FakeOmi) => omi.requests().filter((request) => request.method !== 'GET');

test('a long description shows two lines; a click on the text shows all of it in place and ticks nothing', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  const box = page.getByRole('checkbox', { name: LONG });
  await expect(box).toBeVisible();
  await page.getByRole('textbox', { name: 'New item' }).focus();
  const text = textOf(page, 'long');
  expect(await lines(text)).toBe(2);

  await text.click();
  await expect.poll(() => lines(text)).toBeGreaterThan(2);
  await expect(box).not.toBeChecked();
  expect(await text.evaluate((element) => element.scrollHeight <= element.clientHeight)).toBe(true);
  // The row holds focus, so the keyboard goes on from here: Enter opens the description editor.
  await expect(box).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue(LONG);
  await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
  expect(writes(omi)).toHaveLength(0);
});

test('once shown whole, a click on the text ticks the item; the checkbox and a short text tick at the first click', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  const long = page.getByRole('checkbox', { name: LONG });
  await expect(long).toBeVisible();
  await page.getByRole('textbox', { name: 'New item' }).focus();

  await textOf(page, 'long').click();
  await expect(long).not.toBeChecked();
  await textOf(page, 'long').click();
  await expect(long).toBeChecked();
  await expect.poll(() => omi.items().find((item) => item.id === 'long')?.completed).toBe(true);

  await textOf(page, 'short').click();
  await expect(page.getByRole('checkbox', { name: 'Water the plants' })).toBeChecked();
  await expect.poll(() => omi.items().find((item) => item.id === 'short')?.completed).toBe(true);

  const late = page.getByRole('checkbox', { name: 'Call Ana about the venue deposit' });
  await late.click();
  await expect(late).toBeChecked();
  await expect.poll(() => omi.items().find((item) => item.id === 'late')?.completed).toBe(true);
});

test('a row’s due date is whole at its right end; on hover its tools take the date’s place, a due-date button among them', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  const row = page.locator('[data-item="late"]');
  const date = row.locator('.due');
  await expect(date).toBeVisible();
  // The label is whole, not cut to "Overdue si…".
  expect(await date.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  await page.getByRole('checkbox', { name: 'Call Ana about the venue deposit' }).focus();
  await row.hover();
  const tools = row.locator('.tools');
  await expect(tools).toHaveCSS('opacity', '1');
  await expect(date).toBeHidden();
  await expect(tools.getByRole('button', { name: /^Due date: / })).toBeVisible();
});
