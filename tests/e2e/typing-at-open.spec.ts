/**
 * Nothing typed right after the popover opens changes an item. Focus lands on the first item, and a
 * new user's first words ("buy milk and eggs") once ticked it on each space; now letters, digits and
 * punctuation typed on the list go to Quick edit's box, and the spaces between them are text. Space
 * as the first key on an item still ticks it. The first item shows its tools only once the person acts,
 * and a row draws its tools' icons only while they show.
 */
import type { Page } from '@playwright/test';
import { READ_WRITE, type FakeOmi } from '../fake-omi/server';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_typing_at_open_0612';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: READ_WRITE });
  omi.seed([
    { id: 'a1', description: 'Call the bank', created_at: '2026-01-02T09:00:00Z' },
    { id: 'a2', description: 'Buy oat milk', created_at: '2026-01-01T09:00:00Z' },
  ]);
});

const writes = (omi: FakeOmi) => omi.requests().filter((request) => request.method !== 'GET');
const firstBox = (page: Page) => page.getByRole('checkbox', { name: 'Call the bank' });

test('words typed right after opening land in Quick edit, and no item changes', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(firstBox(app.page)).toBeFocused();

  await app.page.keyboard.type('buy milk and eggs');

  const quickEdit = app.page.getByRole('textbox', { name: 'Quick edit' });
  await expect(quickEdit).toBeFocused();
  await expect(quickEdit).toHaveValue('buy milk and eggs');
  // Give a stray write time to arrive before saying none came.
  await app.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  expect(writes(omi)).toEqual([]);
  expect(omi.items().map((item) => [item.id, item.completed])).toEqual(
    expect.arrayContaining([
      ['a1', false],
      ['a2', false],
    ]),
  );

  // Escape takes the words back out of the box.
  await quickEdit.press('Escape');
  await expect(quickEdit).toHaveValue('');
});

test('Space as the first key on an item still ticks it', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(firstBox(app.page)).toBeFocused();
  await app.page.keyboard.press('Space');
  await expect(firstBox(app.page)).toBeChecked();
  await expect
    .poll(() => writes(omi).map((request) => [request.method, request.body]))
    .toEqual([['PATCH', { completed: true }]]);
});

test('the first item shows its tools only once the person acts', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(firstBox(app.page)).toBeFocused();
  const tools = app.page.getByRole('button', { name: 'More actions for Call the bank' });
  const opacity = () => tools.evaluate((element) => getComputedStyle(element.parentElement ?? element).opacity);
  await expect.poll(opacity).toBe('0');

  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('ArrowUp');
  await expect(firstBox(app.page)).toBeFocused();
  await expect.poll(opacity).toBe('1');
});

test('a row draws its tools’ icons only while the tools show', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(firstBox(app.page)).toBeFocused();
  const row = app.page.locator('[data-item="a2"]');
  const more = row.getByRole('button', { name: 'More actions for Buy oat milk' });
  const icon = () => more.evaluate((button) => getComputedStyle(button, '::before').content);
  await expect.poll(icon).toBe('none');

  await row.hover();
  await expect(row.locator('.tools')).toHaveCSS('opacity', '1');
  await expect.poll(icon).not.toBe('none');

  await app.page.mouse.move(0, 0);
  await expect.poll(icon).toBe('none');
});
