import type { Page } from '@playwright/test';
import type { FakeOmi } from '../fake-omi/server';
import type { OmiTrayApp } from '../harness';
import { stepWhileIdle } from './clock-steps';
import { test, expect } from './fixtures';
import { dueAtSent, localAt, runInZone } from './zone';

const KEY = 'omi_dev_durability_key_0306';
runInZone();

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    { id: 'r1', description: 'Fix the bike light' },
    { id: 'r2', description: 'Write to the council' },
  ]);
});

const delivered = (omi: FakeOmi, method: string) =>
  omi.requests().filter((request) => request.method === method && request.status >= 200 && request.status < 300);

/**
 * A poll of what Omi accepted by `method` that lets the app's waits pass: each look moves the app's
 * clock on while none of the requests since `from` is on its way (stepWhileIdle).
 */
const deliveredAsTimePasses = (
  app: OmiTrayApp,
  omi: FakeOmi,
  method: string,
  from: number,
  options: { timeout?: number } = {},
) =>
  expect.poll(
    async () => {
      await stepWhileIdle(app, omi, from);
      return delivered(omi, method).length;
    },
    { intervals: [200], ...options },
  );

const rowOf = (page: Page, description: string) =>
  page.locator('[data-item]').filter({ has: page.getByRole('checkbox', { name: description, exact: true }) });

test('description and due-date edits made offline survive a restart and are delivered exactly once', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  const page = app.page;
  await expect(page.getByRole('checkbox', { name: 'Fix the bike light' })).toBeVisible();
  omi.setDown(true);

  await rowOf(page, 'Fix the bike light').getByRole('button', { name: 'Edit description' }).click();
  await page.getByRole('textbox', { name: 'Description' }).fill('Fix the front bike light');
  await page.getByRole('textbox', { name: 'Description' }).press('Enter');
  await rowOf(page, 'Fix the front bike light')
    .getByRole('button', { name: /^Due date/ })
    .click();
  await page.getByRole('textbox', { name: 'Due date' }).fill('tomorrow 8am');
  await page.getByRole('textbox', { name: 'Due date' }).press('Enter');
  // Said once the change has waited a few seconds (a healthy save is silent).
  await expect(
    page
      .getByText(/waiting to sync|pending/i)
      .filter({ visible: true })
      .first(),
  ).toBeVisible({ timeout: 10_000 });

  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Fix the front bike light' })).toBeVisible();
  omi.setDown(false);
  // The tries made while Omi was down grew the wait before the next one: the clock moves past it.
  const upAt = omi.requests().length;
  await deliveredAsTimePasses(app, omi, 'PATCH', upAt).toBe(1);
  expect(delivered(omi, 'PATCH')[0]).toMatchObject({ path: '/v1/dev/user/action-items/r1' });
  expect(delivered(omi, 'PATCH')[0]!.body).toEqual({
    description: 'Fix the front bike light',
    due_at: dueAtSent(localAt(1, 8)),
  });
  await expect(app.page.getByText(/waiting to sync/i)).toHaveCount(0);

  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Fix the front bike light' })).toBeVisible();
  expect(delivered(omi, 'PATCH')).toHaveLength(1);
  expect(omi.items().find((item) => item.id === 'r1')?.description).toBe('Fix the front bike light');
});

test('an item added offline is created once after a restart, with its due date', async ({ launch, omi }) => {
  // A POST that got no answer at all may still be saved by Omi later: the app posts again only after a
  // list from LATE_SAVE_MS (2 minutes) after the last try shows it missing, so this spec moves the
  // app's clock on past that instead of waiting it out. Three launches: more time on a busy machine.
  test.slow();
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  await expect(app.page.getByRole('checkbox', { name: 'Fix the bike light' })).toBeVisible();
  omi.setDown(true);
  const box = app.page.getByRole('textbox', { name: 'New item' });
  await box.fill('Pay the water bill tomorrow 10am');
  await expect(app.page.getByText(/^Due /)).toBeVisible();
  await box.press('Enter');
  await expect(app.page.getByRole('checkbox', { name: 'Pay the water bill' })).toBeVisible();
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Pay the water bill' })).toBeVisible();
  omi.setDown(false);
  const upFrom = omi.requests().length;
  // Each look moves time on by 10 s while no request is on its way: the retries and the late-save
  // window pass in seconds.
  await deliveredAsTimePasses(app, omi, 'POST', upFrom, { timeout: 60_000 }).toBe(1);
  expect(delivered(omi, 'POST')[0]!.body).toEqual({
    description: 'Pay the water bill',
    completed: false,
    due_at: dueAtSent(localAt(1, 10)),
  });
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Pay the water bill' })).toHaveCount(1);
  expect(omi.items().filter((item) => item.description === 'Pay the water bill')).toHaveLength(1);
});

test('a burst of edits to one item while the server is slow sends at most two requests, the last text winning', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const page = app.page;
  await expect(page.getByRole('checkbox', { name: 'Write to the council' })).toBeVisible();
  // The server answers nothing until all five edits are made, however long the machine takes to make them.
  omi.holdAnswers();
  let current = 'Write to the council';
  for (let n = 1; n <= 5; n += 1) {
    await rowOf(page, current).getByRole('button', { name: 'Edit description' }).click();
    const next = `Write to the council (draft ${n})`;
    await page.getByRole('textbox', { name: 'Description' }).fill(next);
    await page.getByRole('textbox', { name: 'Description' }).press('Enter');
    await expect(page.getByRole('checkbox', { name: next })).toBeVisible();
    current = next;
  }
  await expect.poll(() => omi.requests().filter((request) => request.method === 'PATCH').length).toBe(1);
  omi.releaseAnswers();
  await expect.poll(() => omi.items().find((item) => item.id === 'r2')?.description, { timeout: 15_000 }).toBe(current);
  await expect(page.getByText(/waiting to sync/i)).toHaveCount(0, { timeout: 10_000 });
  const patches = omi.requests().filter((request) => request.method === 'PATCH');
  expect(patches.length).toBeLessThanOrEqual(2);
  expect(patches.at(-1)!.body).toEqual({ description: current });
});
