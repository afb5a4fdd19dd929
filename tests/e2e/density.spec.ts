/**
 * Density at the popover's default size (380 × 560): the add field's placeholder shows whole, and
 * about twelve one-line items are in view at once, dated ones too (the date sits at the row's right
 * end, not on a line of its own).
 */
import { READ_WRITE } from '../fake-omi/server';
import { dueAtSent, localAt } from './zone';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_density_key_1001';

test('the add field’s placeholder is not cut off and at least 12 rows are in view, dated ones too', async ({
  launch,
  omi,
}) => {
  omi.setKey({ key: KEY, scopes: READ_WRITE });
  // Every other errand is due in the coming days; the list starts with dated ones.
  omi.seed(
    Array.from({ length: 20 }, (_, index) => ({
      id: `d${index}`,
      description: `Errand number ${index + 1}`,
      ...(index % 2 === 0 ? { due_at: dueAtSent(localAt(1 + (index % 5), 9)) } : {}),
    })),
  );
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  await expect(page.getByRole('checkbox', { name: 'Errand number 1', exact: true })).toBeVisible();

  const field = page.getByRole('textbox', { name: 'New item' });
  const fit = await field.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: input.placeholder, width: context.measureText(input.placeholder).width, room };
  });
  expect(fit.text).toMatch(/like “.+”/);
  expect(fit.width).toBeLessThanOrEqual(fit.room);

  const list = page.getByRole('main');
  const box = (await list.boundingBox())!;
  const rows = await page.locator('[data-item]').evaluateAll(
    (elements, area) =>
      elements.filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.top >= area.y && rect.bottom <= area.y + area.height;
      }).length,
    box,
  );
  expect(rows).toBeGreaterThanOrEqual(12);
  // A dated row is as tall as an undated one: one line.
  const heights = await page
    .locator('[data-item]')
    .evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().height)));
  expect(new Set(heights).size).toBe(1);
});
