import { test, expect } from './fixtures';
for (let i = 0; i < 4; i++)
  test(`probe ${i}`, async ({ launch, omi }) => {
    omi.setKey({ key: 'omi_dev_probe_key_0001', scopes: ['action_items:read', 'action_items:write'] });
    omi.seed([{ id: 'a', description: 'Call the plumber' }]);
    const t0 = performance.now();
    const app = await launch({ apiBaseUrl: omi.url, apiKey: 'omi_dev_probe_key_0001' });
    const t1 = performance.now();
    await expect(app.page.getByRole('checkbox').first()).toBeVisible();
    const t2 = performance.now();
    await app.close();
    const t3 = performance.now();
    console.log(`launch ${(t1 - t0).toFixed(0)} firstRow ${(t2 - t1).toFixed(0)} close ${(t3 - t2).toFixed(0)}`);
  });
