/**
 * Density at the popover's default size (380 × 560): the add field's placeholder shows whole, and
 * about twelve one-line items are in view at once.
 */
import { READ_WRITE } from '../fake-omi/server';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_density_key_1001';

test('the add field’s placeholder is not cut off and at least 12 rows are in view', async ({ launch, omi }) => {
  omi.setKey({ key: KEY, scopes: READ_WRITE });
  omi.seed(Array.from({ length: 20 }, (_, index) => ({ id: `d${index}`, description: `Errand number ${index + 1}` })));
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  await expect(page.getByRole('checkbox', { name: 'Errand number 1', exact: true })).toBeVisible();

  const field = page.getByRole('textbox', { name: 'New action item' });
  const fit = await field.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: input.placeholder, width: context.measureText(input.placeholder).width, room };
  });
  expect(fit.text).toMatch(/e\.g\./);
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
});
