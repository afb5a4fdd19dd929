/**
 * "Since you last looked" (issue 19, part 4): after a restart, items changed on Omi's side are counted
 * in words and listed; a removed one is restored with one POST and Undo offered; Dismiss hides the region for good; the
 * app's own tick never counts; and the region passes an axe scan in both themes.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import type { FakeOmi } from '../fake-omi/server';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_since_last_looked_key_0801';
const REGION = 'Since you last looked';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe.configure({ timeout: 120_000 });

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    { id: 'a1', description: 'Send the contract to Ana' },
    { id: 'a2', description: 'Renew the car insurance', due_at: '2026-12-20T09:00:00.000000Z' },
    { id: 'a3', description: 'Water the plants' },
    { id: 'a4', description: 'Call the plumber' },
  ]);
});

const posts = (omi: FakeOmi) => omi.requests().filter((request) => request.method === 'POST');

/** axe-core put into the page, run on the region alone, in the light and the dark theme. */
async function regionViolations(region: Locator): Promise<string[]> {
  const page = region.page();
  const source = await readFile(
    createRequire(join(process.cwd(), 'package.json')).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(300);
    const result = await region.evaluate(
      (element, tags) =>
        (
          window as unknown as {
            axe: { run(context: Element, options: object): Promise<{ violations: { id: string }[] }> };
          }
        ).axe.run(element, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        }),
      TAGS,
    );
    found.push(...result.violations.map((violation) => `${colorScheme} ${violation.id}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

test(
  'counts what changed elsewhere since the last look, restores a removed item, and dismisses',
  { tag: '@browser' },
  async ({ launch, omi }) => {
    const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
    await expect(app.page.getByRole('checkbox', { name: 'Water the plants' })).toBeVisible();
    // A first run has nothing to compare with.
    await expect(app.page.getByRole('region', { name: REGION })).toHaveCount(0);

    // The app's own tick: never counted as done elsewhere.
    await app.page.getByRole('checkbox', { name: 'Water the plants' }).check();
    await expect.poll(() => omi.items().find((item) => item.id === 'a3')?.completed).toBe(true);

    // Meanwhile, on Omi's side: one done, one removed, one new.
    omi.seed([{ id: 'a1', description: 'Send the contract to Ana', completed: true }]);
    omi.removeItem('a2');
    omi.seed([{ id: 'b1', description: 'Book the train' }]);

    await app.restart();
    const { page } = app;
    await expect(page.getByRole('checkbox', { name: 'Book the train' })).toBeVisible();
    const region = page.getByRole('region', { name: REGION });
    const summary = region.getByRole('button', { name: '1 new · 1 done elsewhere · 1 removed' });
    await expect(summary).toBeVisible();
    await expect(summary).toHaveAttribute('aria-expanded', 'false');

    await summary.click();
    await expect(summary).toHaveAttribute('aria-expanded', 'true');
    const rows = region.getByRole('listitem');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText('Book the train');
    await expect(rows.nth(0)).toContainText('New');
    await expect(rows.nth(1)).toContainText('Send the contract to Ana');
    await expect(rows.nth(1)).toContainText('Done elsewhere');
    await expect(rows.nth(2)).toContainText('Renew the car insurance');
    await expect(rows.nth(2)).toContainText('Removed');
    // The checklist stays in view below the region.
    await expect(page.getByRole('checkbox', { name: 'Call the plumber' })).toBeInViewport();
    expect(await regionViolations(region)).toEqual([]);

    omi.clearRequests();
    await region.getByRole('button', { name: 'Restore Renew the car insurance' }).click();
    await expect(page.getByRole('checkbox', { name: 'Renew the car insurance' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expect(page.getByText('Restored “Renew the car insurance”')).toBeVisible();
    await expect.poll(() => posts(omi).length).toBe(1);
    expect(posts(omi)[0]).toMatchObject({
      body: { description: 'Renew the car insurance', due_at: expect.stringMatching(/^2026-12-20T09:00:00/) },
    });
    await expect(region.getByRole('button', { name: '1 new · 1 done elsewhere' })).toBeVisible();
    await expect
      .poll(() => omi.items().filter((item) => item.description === 'Renew the car insurance').length)
      .toBe(1);

    await region.getByRole('button', { name: 'Dismiss changes since you last looked' }).click();
    await expect(page.getByRole('region', { name: REGION })).toHaveCount(0);
    await app.restart();
    await expect(app.page.getByRole('checkbox', { name: 'Book the train' })).toBeVisible();
    await expect(app.page.getByRole('checkbox', { name: 'Renew the car insurance' })).toBeVisible();
    await expect(app.page.getByRole('region', { name: REGION })).toHaveCount(0);
    expect(posts(omi)).toHaveLength(1);
  },
);
