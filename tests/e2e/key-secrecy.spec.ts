import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_SECRET_never_in_renderer_0006';

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

test('the key is nowhere in the renderer nor in the data folder', async ({ launch, omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([{ id: 's1', description: 'Check the secret handling' }]);
  const app = await launch({ apiBaseUrl: omi.url });
  await app.page.getByRole('textbox', { name: 'Omi developer key' }).fill(KEY);
  await app.page.getByRole('button', { name: 'Connect' }).click();
  const box = app.page.getByRole('checkbox', { name: 'Check the secret handling' });
  await box.check();
  await expect.poll(() => omi.items()[0]?.completed).toBe(true);

  const found = await app.page.evaluate(async (key) => {
    const places: string[] = [];
    if (document.documentElement.outerHTML.includes(key)) places.push('page content');
    for (const input of document.querySelectorAll('input')) if (input.value.includes(key)) places.push('an input');
    const storages = [localStorage, sessionStorage];
    for (const storage of storages)
      for (let i = 0; i < storage.length; i++) {
        const name = storage.key(i) ?? '';
        if (`${name}${storage.getItem(name)}`.includes(key)) places.push('web storage');
      }
    for (const name of Object.getOwnPropertyNames(window)) {
      try {
        const value = (window as unknown as Record<string, unknown>)[name];
        if (typeof value === 'string' && value.includes(key)) places.push(`window.${name}`);
        if (value && typeof value === 'object' && JSON.stringify(value)?.includes(key)) places.push(`window.${name}`);
      } catch {
        // cross-origin or circular values cannot hold our key
      }
    }
    const snapshot = await window.omi.invoke('app:getSnapshot');
    if (JSON.stringify(snapshot).includes(key)) places.push('the snapshot');
    return places;
  }, KEY);
  expect(found).toEqual([]);

  await app.restart();
  await expect(app.page.getByRole('checkbox', { name: 'Check the secret handling' })).toBeChecked();
  const files = await filesUnder(app.dataDir);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    expect(await readFile(file, 'utf8'), file).not.toContain(KEY);
  }
});
