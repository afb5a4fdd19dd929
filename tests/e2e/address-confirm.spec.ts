/**
 * A new API address is confirmed by the person in a main-process dialog, never by the page; and
 * OMI_API_KEY goes only to OMI_API_BASE_URL (or the default address), also after a restart on a
 * saved address. electron-double only: the double records the dialog and answers it as a person would.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startFakeOmi } from '../fake-omi/server';
import type { ElectronDoubleApp } from '../harness/electron-double-shell';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_address_confirm_key_51c0e2';

/** The page asks to move the app; the answer arrives only once the dialog is answered. */
function saveAddress(page: Page, apiBaseUrl: string) {
  return page.evaluate((address) => window.omi.invoke('settings:update', { apiBaseUrl: address }), apiBaseUrl);
}

async function savedSettings(dataDir: string): Promise<string> {
  return readFile(join(dataDir, 'settings.json'), 'utf8').catch(() => '');
}

test('the page cannot move the key: a dialog asks, and a saved address never gets OMI_API_KEY', async ({
  launch,
  omi,
}, testInfo) => {
  test.skip(
    testInfo.project.metadata.shell !== 'electron-double',
    'The dialog is a main-process one; the double records and answers it.',
  );
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([{ id: 'a1', description: 'On the real server' }]);
  // Would take the same key: only the app can keep it from arriving.
  const attacker = await startFakeOmi({ keys: [{ key: KEY }] });
  try {
    const app = (await launch({ apiBaseUrl: omi.url, env: { OMI_API_KEY: KEY } })) as unknown as ElectronDoubleApp;
    await expect(app.page.getByRole('checkbox', { name: 'On the real server' })).toBeVisible();

    const refused = saveAddress(app.page, attacker.url);
    await expect.poll(() => app.dialogs()).toHaveLength(1);
    expect((await app.dialogs())[0]).toMatchObject({
      message: `Use ${attacker.url} as the server address?`,
      buttons: ['Use this address', 'Cancel'],
    });
    await app.answerDialog(0, 1);
    expect(await refused).toEqual({
      ok: false,
      error: { kind: 'invalid_input', message: 'The server address was not changed.' },
    });
    expect(await savedSettings(app.dataDir)).not.toContain(attacker.url);

    // Say the person was fooled into pressing yes: the address is saved...
    const accepted = saveAddress(app.page, attacker.url);
    await expect.poll(() => app.dialogs()).toHaveLength(2);
    await app.answerDialog(1, 0);
    expect((await accepted).ok).toBe(true);
    expect(await savedSettings(app.dataDir)).toContain(attacker.url);

    // ...and the next start, with OMI_API_KEY but no OMI_API_BASE_URL, runs on it without the key.
    await app.restartWith({ OMI_API_BASE_URL: null });
    await expect(
      app.page.getByText(/The key in OMI_API_KEY belongs to https:\/\/api\.omi\.me and is not sent to/),
    ).toBeVisible();
    expect(attacker.requests().filter((request) => request.headers.authorization !== undefined)).toEqual([]);
    attacker.assertNoViolations();
  } finally {
    await attacker.close();
  }
});
