/**
 * With a read-only key the list is for reading: its boxes are disabled and the list itself is one
 * Tab stop that the keyboard scrolls (rows hold nothing focusable).
 */
import { YOUR_ACCOUNT } from '../fake-omi/server';
import { test, expect } from './fixtures';

const READ_ONLY = 'omi_dev_read_only_list_key_0901';

test('a read-only list is reached with Tab and scrolled with the keyboard; its rows are not editable', async ({
  launch,
  omi,
}) => {
  omi.setKey({ key: READ_ONLY, scopes: ['action_items:read'], account: YOUR_ACCOUNT });
  omi.seed(Array.from({ length: 40 }, (_, index) => ({ id: `r${index}`, description: `Read item ${index + 1}` })));
  const app = await launch({ apiBaseUrl: omi.url, apiKey: READ_ONLY });
  const page = app.page;
  await expect(page.getByRole('checkbox', { name: 'Read item 1', exact: true })).toBeDisabled();
  await expect(page.locator('[data-item]').getByRole('button')).toHaveCount(0);

  const list = page.getByRole('main', { name: 'Your items, read only' });
  for (
    let presses = 0;
    presses < 15 && !(await list.evaluate((element) => element === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(list).toBeFocused();
  expect(await list.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
  expect(await list.evaluate((element) => element.scrollTop)).toBe(0);
  await page.keyboard.press('PageDown');
  await expect.poll(() => list.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
});
