import { test, expect } from './fixtures';

const KEY = 'omi_dev_tick_key_0004';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    { id: 'i1', description: 'Email the offer to Priya' },
    { id: 'i2', description: 'Order new running shoes' },
  ]);
});

const patches = (omi: {
  requests(): { method: string; path: string; body: unknown; headers: Record<string, string | undefined> }[];
}) => omi.requests().filter((request) => request.method === 'PATCH');

test('ticking completes at once and sends one conforming PATCH with the Bearer key', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  const box = app.page.getByRole('checkbox', { name: 'Email the offer to Priya' });
  await box.check();
  await expect(box).toBeChecked();
  await expect.poll(() => patches(omi).length).toBe(1);
  const [patch] = patches(omi);
  expect(patch).toMatchObject({ path: '/v1/dev/user/action-items/i1', body: { completed: true } });
  expect(patch!.headers.authorization).toBe(`Bearer ${KEY}`);
  await expect.poll(() => omi.items().find((item) => item.id === 'i1')?.completed).toBe(true);

  await app.page.getByRole('checkbox', { name: 'Email the offer to Priya' }).uncheck();
  await expect.poll(() => patches(omi).length).toBe(2);
  expect(patches(omi)[1]).toMatchObject({ path: '/v1/dev/user/action-items/i1', body: { completed: false } });
  await expect(app.page.getByRole('checkbox', { name: 'Email the offer to Priya' })).not.toBeChecked();
});

test("a PATCH refused with 422 reverts the box and shows the server's reason", async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  omi.failNext({ status: 422, method: 'PATCH' });
  const box = app.page.getByRole('checkbox', { name: 'Order new running shoes' });
  await box.click();
  await expect(app.page.getByRole('alert')).toContainText("Couldn't save the change to “Order new running shoes”");
  await expect(app.page.getByRole('alert')).toContainText('Omi did not accept the change');
  await expect(box).not.toBeChecked();
  expect(omi.items().find((item) => item.id === 'i2')?.completed).toBe(false);
});

test('a PATCH refused with 403 reverts the box and says the key can only read', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  omi.failNext({ status: 403, method: 'PATCH' });
  const box = app.page.getByRole('checkbox', { name: 'Order new running shoes' });
  await box.click();
  await expect(app.page.getByRole('alert')).toContainText('This key can only read');
  await expect(box).not.toBeChecked();
  await expect(box).toBeDisabled();
  expect(omi.items().find((item) => item.id === 'i2')?.completed).toBe(false);
});

test('a PATCH refused with 404 says the item is gone and takes it off the list', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  omi.failNext({ status: 404, method: 'PATCH' });
  await app.page.getByRole('checkbox', { name: 'Order new running shoes' }).click();
  await expect(app.page.getByRole('alert')).toContainText('Omi no longer has this item');
  await expect(app.page.getByRole('alert')).toContainText('Order new running shoes');
  await expect(app.page.getByRole('checkbox', { name: 'Order new running shoes' })).toHaveCount(0);
  await expect(app.page.getByRole('checkbox', { name: 'Email the offer to Priya' })).not.toBeChecked();
  expect(patches(omi)).toHaveLength(1);
});
