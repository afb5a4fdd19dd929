import { test, expect } from './fixtures';

const KEY = 'omi_dev_tick_key_0004';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    { id: 'i1', description: 'Email the offer to Priya' },
    { id: 'i2', description: 'Order new running shoes' },
  ]);
});

const patches = (omi: { requests(): { method: string; path: string; body: unknown; headers: Record<string, string | undefined> }[] }) =>
  omi.requests().filter((request) => request.method === 'PATCH');

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

for (const status of [404, 403, 422] as const) {
  test(`a PATCH refused with ${status} reverts the box and says why`, async ({ launch, omi }) => {
    const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
    omi.failNext({ status, method: 'PATCH' });
    const box = app.page.getByRole('checkbox', { name: 'Order new running shoes' });
    await box.check();
    await expect(app.page.getByRole('alert')).toBeVisible();
    await expect(app.page.getByRole('alert')).not.toBeEmpty();
    await expect(box).not.toBeChecked();
    expect(omi.items().find((item) => item.id === 'i2')?.completed).toBe(false);
  });
}
