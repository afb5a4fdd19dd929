import { YOUR_ACCOUNT } from '../fake-omi/server';
import { test, expect } from './fixtures';

const GOOD = 'omi_dev_good_key_with_write_0001';
const READ_ONLY = 'omi_dev_read_only_key_0002';

test.beforeEach(({ omi }) => {
  omi.setKey({ key: GOOD, scopes: ['action_items:read', 'action_items:write'] });
  // A second, read-only key of the same person: it reaches the same items.
  omi.setKey({ key: READ_ONLY, scopes: ['action_items:read'], account: YOUR_ACCOUNT });
  omi.seed([{ id: 'a1', description: 'Send the contract to Ana' }]);
});

test('a refused key is reported in words and nothing is stored', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  await app.page.getByRole('textbox', { name: 'API key' }).fill('omi_dev_not_a_real_key');
  await app.page.getByRole('button', { name: 'Connect' }).click();
  await expect(app.page.getByRole('alert')).toContainText(/refused/i);
  await expect(app.page.getByRole('textbox', { name: 'API key' })).toBeVisible();
  await app.restart();
  await expect(app.page.getByRole('textbox', { name: 'API key' })).toBeVisible();
});

test('a read-only key connects and says ticking needs write access', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  await app.page.getByRole('textbox', { name: 'API key' }).fill(READ_ONLY);
  await app.page.getByRole('button', { name: 'Connect' }).click();
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeVisible();
  await expect(app.page.getByText(/This key can only read/)).toBeVisible();
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeDisabled();
});

test('a good key connects, shows the list and survives a restart', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  await app.page.getByRole('textbox', { name: 'API key' }).fill(`  ${GOOD}  `);
  await app.page.getByRole('button', { name: 'Connect' }).click();
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeEnabled();
  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Send the contract to Ana' })).toBeVisible();
  const auth = omi.requests().map((request) => request.headers.authorization);
  expect(auth.filter(Boolean).every((header) => header === `Bearer ${GOOD}` || header === 'Bearer omi_dev_not_a_real_key')).toBe(true);
});

test('connecting while the server cannot be reached says the app is offline', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  omi.setDown(true);
  await app.page.getByRole('textbox', { name: 'API key' }).fill(GOOD);
  await app.page.getByRole('button', { name: 'Connect' }).click();
  await expect(app.page.getByRole('alert')).toContainText(/offline|reach/i);
});
