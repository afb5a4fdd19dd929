/**
 * What only the electron-double shell can show: the page sees nothing of the preload but what it
 * exposes (the preload runs in an isolated world), and the abilities the double has beyond the
 * common harness each drive a real behaviour: a second launch with --quick-edit opens Quick edit,
 * a kill mid-edit loses nothing (the edit goes after the restart), and waking from sleep retries
 * waiting changes at once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FakeOmi } from '../fake-omi/server';
import type { ElectronDoubleApp } from '../harness/electron-double-shell';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_double_key_0518';
const ITEM = 'Order new running shoes';

test.beforeEach(({ omi }, testInfo) => {
  test.skip(
    testInfo.project.metadata.shell !== 'electron-double',
    'These abilities are the electron-double shell’s own',
  );
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([
    { id: 'i1', description: 'Email the offer to Priya' },
    { id: 'i2', description: ITEM },
  ]);
});

/** PATCHes the server answered (while it is down, attempts are recorded with status 0). */
const patches = (omi: FakeOmi) =>
  omi.requests().filter((request) => request.method === 'PATCH' && request.status !== 0);

test('the page sees only what the preload exposes: no require, no ipcRenderer, no binding, no way to push; functions are proxies', async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(app.page.getByRole('checkbox', { name: ITEM })).toBeVisible();
  const seen = await app.page.evaluate(() => {
    const scope = window as unknown as Record<string | symbol, unknown>;
    const omi = scope.omi as Record<string, unknown>;
    return {
      require: typeof scope.require,
      module: typeof scope.module,
      ipcRenderer: typeof scope.ipcRenderer,
      binding: typeof scope.__electronDoubleInvoke,
      runPreload: Symbol.for('electron-double:run-preload') in window,
      // No door by which the page could hand itself a push, as webContents.send does.
      doubleSymbols: Object.getOwnPropertySymbols(window).map(String),
      omiKeys: Object.keys(omi).sort(),
      invokeSource: String(omi.invoke),
    };
  });
  expect(seen).toMatchObject({
    require: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
    binding: 'undefined',
    runPreload: false,
    doubleSymbols: [],
    omiKeys: ['invoke', 'on'],
  });
  // A proxy that calls into the preload's world, not the preload's own function.
  expect(seen.invokeSource).not.toContain('INVOKE_CHANNELS');
  expect(seen.invokeSource).not.toContain('transport');
});

test('a second launch with --quick-edit hands over and opens Quick edit in the running app', async ({
  launch,
  omi,
}) => {
  const app = (await launch({ apiBaseUrl: omi.url, apiKey: KEY })) as unknown as ElectronDoubleApp;
  await expect(app.page.getByRole('checkbox', { name: ITEM })).toBeVisible();
  expect(await app.popoverVisible()).toBe(false);
  // The second instance finds the lock taken, hands its arguments over and quits.
  expect(await app.secondInstance(['--quick-edit'])).toBe(0);
  await expect(app.page.getByRole('textbox', { name: 'Quick edit' })).toBeFocused();
  expect(await app.popoverVisible()).toBe(true);
});

test('a kill mid-edit loses nothing: the tick is sent after the restart', async ({ launch, omi }) => {
  const app = (await launch({ apiBaseUrl: omi.url, apiKey: KEY })) as unknown as ElectronDoubleApp;
  const box = app.page.getByRole('checkbox', { name: ITEM });
  await expect(box).toBeVisible();
  omi.setDown(true);
  await box.click();
  await expect(box).toBeChecked();
  // Killed (SIGKILL) while the change waits to be sent: once it is in the outbox on disk, which
  // the app writes before it tells the page "ok" (the box is ticked optimistically, before that).
  await expect
    .poll(() => readFile(join(app.dataDir, 'outbox.json'), 'utf8').catch(() => ''), { timeout: 10_000 })
    .toContain('i2');
  await app.kill();
  expect(patches(omi)).toEqual([]);
  omi.setDown(false);
  await app.restart();
  await expect.poll(() => patches(omi).length, { timeout: 15_000 }).toBe(1);
  expect(patches(omi)[0]).toMatchObject({ path: '/v1/dev/user/action-items/i2', body: { completed: true } });
  await expect(app.page.getByRole('checkbox', { name: ITEM })).toBeChecked();
});

test('waking from sleep retries a waiting change at once, not at its next backed-off retry', async ({
  launch,
  omi,
}) => {
  const app = (await launch({
    apiBaseUrl: omi.url,
    apiKey: KEY,
    controlledClock: true,
  })) as unknown as ElectronDoubleApp;
  const box = app.page.getByRole('checkbox', { name: ITEM });
  await expect(box).toBeVisible();
  await app.power('suspend');
  omi.setDown(true);
  await box.click();
  // Down for a while: the retries back off (2 s, then 4 s, then 8 s …); the clock moves past the first two.
  await app.advanceClock(2_000);
  await app.page.waitForTimeout(300);
  await app.advanceClock(4_000);
  await app.page.waitForTimeout(300);
  expect(patches(omi)).toEqual([]);
  omi.setDown(false);
  await app.power('resume');
  await expect.poll(() => patches(omi).length, { timeout: 3_000 }).toBe(1);
});

const appLog = (app: { dataDir: string }) => readFile(join(app.dataDir, 'logs', 'omi-tray.log'), 'utf8');

test("the page's navigation, window.open and permission requests reach the app's handlers, which refuse them", async ({
  launch,
  omi,
}) => {
  const app = await launch({ apiBaseUrl: omi.url, apiKey: KEY });
  await expect(app.page.getByRole('checkbox', { name: ITEM })).toBeVisible();
  const shownAt = app.page.url();

  await app.page.evaluate(() => {
    location.href = 'https://attacker.example/login';
  });
  await expect.poll(async () => (await appLog(app)).match(/The popover asked to open a page/g)?.length ?? 0).toBe(1);
  expect(app.page.url()).toBe(shownAt);
  await expect(app.page.getByRole('checkbox', { name: ITEM })).toBeVisible();

  expect(await app.page.evaluate(() => window.open('https://attacker.example/popup', '_blank'))).toBeNull();
  await expect.poll(async () => (await appLog(app)).match(/The popover asked to open a page/g)?.length ?? 0).toBe(2);
  expect(app.page.context().pages()).toHaveLength(1);

  const permissions = await app.page.evaluate(async () => ({
    notifications: await Notification.requestPermission(),
    geolocation: await new Promise<number>((resolve) =>
      navigator.geolocation.getCurrentPosition(
        () => resolve(0),
        (error) => resolve(error.code),
      ),
    ),
    media: await navigator.mediaDevices.getUserMedia({ audio: true }).then(
      () => 'granted',
      (error: DOMException) => error.name,
    ),
  }));
  expect(permissions).toEqual({ notifications: 'denied', geolocation: 1, media: 'NotAllowedError' });
});

test('an IPC call from a subframe reaches the app with that frame’s URL and is refused', async ({ launch, omi }) => {
  const app = (await launch({ apiBaseUrl: omi.url, apiKey: KEY })) as unknown as ElectronDoubleApp;
  await expect(app.page.getByRole('checkbox', { name: ITEM })).toBeVisible();
  await app.page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.name = 'intruder';
    frame.srcdoc = '<p>not the popover</p>';
    document.body.append(frame);
  });
  await expect.poll(() => app.page.frames().some((frame) => frame.url() === 'about:srcdoc')).toBe(true);
  const answer = (await app.invokeFromFrame('about:srcdoc', 'items:update', [
    { id: 'i2', changes: { completed: true } },
  ])) as { ok: boolean; error?: { message: string } };
  expect(answer.ok).toBe(false);
  expect(answer.error?.message).toMatch(/does not trust/);
  // The same call from the popover's own frame passes the gate.
  const own = (await app.invokeFromFrame(new URL(app.page.url()).pathname, 'app:getSnapshot', [])) as {
    connection?: unknown;
  };
  expect(own.connection).toBeDefined();
  expect(patches(omi)).toEqual([]);
});
