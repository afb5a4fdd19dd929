/**
 * The checklist from the keyboard: focus on the first item when the popover opens (or where the
 * user left it); one Tab stop for the list; ↑/↓, Home/End between items; Space ticks; Enter edits;
 * → reaches the item's tools; "/" opens Quick edit, and the header shows that key.
 */
import { test, expect } from './fixtures';

const KEY = 'omi_dev_keyboard_key_0733';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  // Newest created first in "No due date".
  omi.seed(
    ['Fourth errand', 'Third errand', 'Second errand', 'First errand'].map((description, index) => ({
      id: `k${index}`,
      description,
      created_at: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
    })),
  );
});

const box = (page: import('@playwright/test').Page, name: string) => page.getByRole('checkbox', { name, exact: true });

test('the first item has focus when the popover opens; arrows, Home and End move between items; Space ticks', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  await expect(box(page, 'First errand')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(box(page, 'Second errand')).toBeFocused();
  await page.keyboard.press('End');
  await expect(box(page, 'Fourth errand')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(box(page, 'First errand')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(box(page, 'Second errand')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(box(page, 'Second errand')).toBeChecked();
  await expect.poll(() => omi.items().find((item) => item.id === 'k2')?.completed).toBe(true);

  // Hidden and shown again: focus is where the user left it.
  await page.keyboard.press('Escape');
  await expect.poll(() => app.popoverVisible()).toBe(false);
  await app.showPopover();
  await expect(box(page, 'Second errand')).toBeFocused();
});

test('the list is one Tab stop: Tab goes from the item to its tools, then out of the list; → reaches the tools too', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  await expect(box(page, 'First errand')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const row = page.locator('[data-item="k2"]');
  await page.keyboard.press('ArrowRight');
  await expect(row.getByRole('button', { name: 'Due date: none' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(row.getByRole('button', { name: 'Edit description' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(box(page, 'Second errand')).toBeFocused();

  // Tab: the item's tools, then out of the list — no other item is a Tab stop.
  const stops: string[] = [];
  for (let step = 0; step < 6; step++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return `${active?.closest('[data-item]')?.getAttribute('data-item') ?? 'outside'}:${active?.getAttribute('aria-label') ?? active?.tagName}`;
      }),
    );
  }
  const inList = stops.filter((stop) => !stop.startsWith('outside'));
  expect(inList.every((stop) => stop.startsWith('k2:'))).toBe(true);
  expect(inList).toHaveLength(3);
  expect(omi.requests().filter((request) => request.method !== 'GET')).toEqual([]);
});

test('Enter on an item edits it; "/" opens Quick edit and the header shows that key', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  await expect(box(page, 'First errand')).toBeFocused();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Description' });
  await expect(editor).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box(page, 'First errand')).toBeFocused();

  const quick = page.getByRole('button', { name: 'Open quick edit' });
  await expect(quick).toHaveAttribute('aria-keyshortcuts', '/');
  await expect(quick).toContainText('/');
  await page.keyboard.press('/');
  await expect(page.getByRole('textbox', { name: 'Quick edit' })).toBeFocused();
  expect(omi.requests().filter((request) => request.method !== 'GET')).toEqual([]);
});
