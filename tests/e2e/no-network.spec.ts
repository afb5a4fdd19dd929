/**
 * The popover needs no network: every request the page makes is for its own files. The Omi API is
 * reached by the main process only. Also: onboarding names the full origin the key goes to, and the
 * session's spellchecker, which would fetch dictionaries whatever the window says, is off.
 */
import type { Page } from '@playwright/test';
import type { ElectronDoubleApp } from '../harness/electron-double-shell';
import type { ElectronShellApp } from '../harness/electron-shell';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_no_network_key_6b0d21';

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (request) => urls.push(request.url()));
  page.context().on('weberror', (error) => urls.push(`error: ${error.error().message}`));
  page.on('websocket', (socket) => urls.push(socket.url()));
  return urls;
}

test('the page requests nothing outside its own origin, from onboarding to editing', async ({ launch, omi }) => {
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([{ id: 'n1', description: 'Water the plants', due_at: '2030-01-02T09:00:00Z' }]);
  const app = await launch({ apiBaseUrl: omi.url });
  const requests = recordRequests(app.page);
  // From the first request of the page on.
  await app.page.reload();
  const pageOrigin = new URL(app.page.url()).origin;

  await expect(app.page.getByText(`only goes to ${new URL(omi.url).origin}.`)).toBeVisible();
  await app.page.getByRole('textbox', { name: 'Omi developer key' }).fill(KEY);
  await app.page.getByRole('button', { name: 'Connect' }).click();
  const box = app.page.getByRole('checkbox', { name: 'Water the plants' });
  await box.check();
  await expect.poll(() => omi.items()[0]?.completed).toBe(true);
  await app.pressShortcut();
  await app.page.keyboard.type('plants');
  await app.page.keyboard.press('Escape');

  expect(requests.length).toBeGreaterThan(0);
  const elsewhere = requests.filter((url) => !url.startsWith(`${pageOrigin}/`) && !url.startsWith('data:'));
  console.log(`Requests the page made: ${requests.length}, to other origins: ${elsewhere.length}`);
  expect(elsewhere).toEqual([]);
});

test('the session is told to spellcheck nothing, so no dictionary is downloaded', async ({ launch, omi }) => {
  const app = await launch({ apiBaseUrl: omi.url });
  // Words typed into a text field are what a spellchecker would look at.
  await app.page.getByRole('textbox', { name: 'Omi developer key' }).fill('Wrods a spellchekcer would mark');
  if (app.shell === 'electron-double') {
    const calls = await (app as unknown as ElectronDoubleApp).sessionCalls();
    expect(calls).toEqual(['setSpellCheckerEnabled(false)', 'setSpellCheckerLanguages([])']);
  } else {
    // Chromium starts a download soon after the session is made; give it the time it would need.
    // real-time wait: real Chromium's own download, which no clock of the app's moves (the electron shell only).
    await app.page.waitForTimeout(2_000);
    expect(await (app as unknown as ElectronShellApp).dictionaryDownloads()).toEqual([]);
  }
});
