import { pastFirstRetry, pastSlowSave } from './clock-steps';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_outbox_key_0005';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([{ id: 'o1', description: 'Renew the car insurance' }]);
});

const patchesOf = (omi: { requests(): { method: string; path: string; status: number }[] }, id: string) =>
  omi
    .requests()
    .filter((request) => request.method === 'PATCH' && request.path.endsWith(`/${id}`) && request.status === 200);

test('an edit made while the server is down shows as pending and is delivered once when it returns', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  const box = app.page.getByRole('checkbox', { name: 'Renew the car insurance' });
  await expect(box).toBeVisible();
  omi.setDown(true);
  await box.check();
  await expect(box).toBeChecked();
  // Said once the change has waited a few seconds (a healthy save is silent).
  await pastSlowSave(app);
  await expect(
    app.page
      .getByText(/waiting to sync|pending/i)
      .filter({ visible: true })
      .first(),
  ).toBeVisible({ timeout: 10_000 });
  omi.setDown(false);
  await app.page
    .getByRole('button', { name: /refresh|retry/i })
    .first()
    .click();
  await expect.poll(() => patchesOf(omi, 'o1').length, { timeout: 15_000 }).toBe(1);
  expect(omi.items().find((item) => item.id === 'o1')?.completed).toBe(true);
  await expect(app.page.getByText(/waiting to sync/i)).toHaveCount(0);
});

test('an edit made while the server is down survives a restart and is delivered exactly once', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY, controlledClock: true });
  await expect(app.page.getByRole('checkbox', { name: 'Renew the car insurance' })).toBeVisible();
  omi.setDown(true);
  await app.page.getByRole('checkbox', { name: 'Renew the car insurance' }).check();
  // Said once the change has waited a few seconds (a healthy save is silent).
  await pastSlowSave(app);
  await expect(
    app.page
      .getByText(/waiting to sync|pending/i)
      .filter({ visible: true })
      .first(),
  ).toBeVisible({ timeout: 10_000 });
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Renew the car insurance' })).toBeChecked();
  omi.setDown(false);
  // The app tries again by itself once its backoff has passed: the clock moves on until it does.
  await expect
    .poll(async () => {
      await pastFirstRetry(app);
      return patchesOf(omi, 'o1').length;
    })
    .toBe(1);
  expect(omi.items().find((item) => item.id === 'o1')?.completed).toBe(true);
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Renew the car insurance' })).toBeChecked();
  expect(patchesOf(omi, 'o1')).toHaveLength(1);
});
