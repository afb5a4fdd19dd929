/**
 * The IPC fuzz through the app's real front door: calls made by the popover page itself with
 * `window.omi.invoke`, through the built preload's bridge (isolated world, contextBridge copies),
 * the double's ipcRenderer and ipcMain, into the built main process's handlers and the real core,
 * against the fake Omi. At least a third are well formed but hostile (ids `.`, `..`, `%2e%2e`, an
 * attacker's base URL, reserved and near-reserved shortcuts, 10,000-character text, zones that do
 * not exist); the person at the screen cancels every address dialog the app shows.
 *
 * No call may crash the app or reach the page as anything but a typed answer: malformed ones come
 * back refused in words, a channel the contract lacks is refused by the bridge itself, and the fake
 * server saw nothing off the API's contract. electron-double only (tests/integration/security/
 * ipc-fuzz.test.ts fuzzes the same handlers from other frames, windows and senders).
 */
import type { Page } from '@playwright/test';
import { seededRandom } from '../fake-omi/seeded-random';
import type { ElectronDoubleApp } from '../harness/electron-double-shell';
import { hostileBases, hostileIds, hostileShortcuts, hostileZones } from '../integration/security/hostile-values';
import { test, expect } from './fixtures';

const KEY = 'omi_dev_bridge_fuzz_key_7c20d1';
const CALLS = 900;
const BATCH = 50;
const ITEM = 'Call Ana about the lease';

interface Call {
  channel: string;
  args: unknown;
  /** bad: malformed, must be refused; hostile: well formed, must get a typed answer; good: must pass. */
  kind: 'good' | 'hostile' | 'bad';
  what: string;
}

/** What the page got back: the answer (as JSON) or what the promise was rejected with. */
type Answer = { result: unknown } | { threw: string };

function makeCalls(next: () => number): Call[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const iso = '2030-01-02T09:00:00Z';
  const longText = (length: number) => pick(['x', 'é', '日', '👍', 'tomorrow ']).repeat(length).slice(0, length);
  const wrong = (): unknown =>
    pick<unknown>([null, 0, -1, true, '', 'x'.repeat(10_001), [], [1, 'two'], {}, { a: { b: { c: 'd' } } }, 1e308]);
  const call = (kind: Call['kind'], what: string, channel: string, args?: unknown): Call => ({
    channel,
    args,
    kind,
    what,
  });

  const good: (() => Call)[] = [
    () => call('good', 'snapshot', 'app:getSnapshot'),
    () => call('good', 'lead', 'settings:update', { reminderLeadMinutes: pick([0, 5, 15, 30, 60]) }),
    () => call('good', 'pause', 'reminders:pause', { until: pick([null, iso]) }),
    () => call('good', 'tick', 'items:update', { id: 'a1', changes: { completed: next() < 0.5 } }),
    () =>
      call('good', 'date', 'dates:readDue', {
        text: pick(['tomorrow 5pm', 'fri 9:30', 'next week']),
        now: iso,
        timeZone: 'Europe/Berlin',
      }),
  ];
  const hostile: (() => Call)[] = [
    () =>
      call('hostile', 'update with a hostile id', 'items:update', {
        id: pick(hostileIds),
        changes: { completed: next() < 0.5 },
      }),
    () =>
      call('hostile', 'delete with a hostile id', pick(['items:delete', 'items:undoDelete']), { id: pick(hostileIds) }),
    () => call('hostile', 'snooze with a hostile id', 'reminders:snooze', { id: pick(hostileIds), until: iso }),
    () => call('hostile', 'conversation with a hostile id', 'conversations:get', { id: pick(hostileIds) }),
    () => call('hostile', 'attacker base URL', 'settings:update', { apiBaseUrl: pick(hostileBases) }),
    () => call('hostile', 'reserved shortcut', 'settings:update', { quickEditShortcut: pick(hostileShortcuts) }),
    () =>
      call('hostile', 'longest description', 'items:create', {
        description: longText(pick([4000, 3999])),
        dueAt: null,
      }),
    () =>
      call('hostile', 'longest description edit', 'items:update', {
        id: 'a1',
        changes: { description: longText(4000) },
      }),
    () =>
      call('hostile', '10,000-character text or no such zone', pick(['dates:readDue', 'dates:readTitle']), {
        text: next() < 0.5 ? longText(10_000) : 'tomorrow 5pm',
        now: iso,
        timeZone: pick(hostileZones),
      }),
  ];
  const bad: (() => Call)[] = [
    () =>
      call('bad', 'id of the wrong type or size', 'items:update', {
        id: pick<unknown>([wrong(), '', 'i'.repeat(201)]),
        changes: { completed: true },
      }),
    () =>
      call('bad', 'changes of the wrong shape', 'items:update', {
        id: 'a1',
        changes: pick<unknown>([{}, { completed: 'true' }, { dueAt: 'tomorrow' }, wrong()]),
      }),
    () =>
      call('bad', 'a key the schema does not know', pick(['items:delete', 'conversations:get']), {
        id: 'a1',
        [pick(['isAdmin', 'path', 'url', 'theme'])]: wrong(),
      }),
    () =>
      call('bad', 'text past its limit', pick(['dates:readDue', 'dates:readTitle']), {
        text: 'x'.repeat(10_001 + Math.floor(next() * 100_000)),
        now: iso,
        timeZone: 'UTC',
      }),
    () =>
      call(
        'bad',
        'setting of the wrong type',
        'settings:update',
        pick<unknown>([
          { reminderLeadMinutes: '5' },
          { launchAtLogin: 'yes' },
          { apiBaseUrl: 42 },
          { quickEditShortcut: null },
        ]),
      ),
    () =>
      call(
        'bad',
        'an argument where none is taken',
        pick(['app:getSnapshot', 'items:refresh', 'popover:hide']),
        pick<unknown>([0, 'x', {}, [], true]),
      ),
    () => call('bad', 'not an object', pick(['items:create', 'auth:connect', 'reminders:pause']), wrong()),
    () =>
      call(
        'bad',
        'a channel the contract lacks',
        pick(['__proto__', 'constructor', 'shell:openExternal', 'APP:GETSNAPSHOT', 'auth:getKey', 'items:*', '']),
        {},
      ),
  ];

  const calls: Call[] = [];
  for (let index = 0; index < CALLS; index += 1) {
    const roll = next();
    calls.push(roll < 0.4 ? pick(hostile)() : roll < 0.55 ? pick(good)() : pick(bad)());
  }
  return calls;
}

/** Each call as the popover makes it, through window.omi; a batch at a time, in parallel. */
function callFromPage(page: Page, batch: Call[]): Promise<Answer[]> {
  return page.evaluate(
    (calls) =>
      Promise.all(
        calls.map(async ({ channel, args }): Promise<Answer> => {
          const invoke = window.omi.invoke as (channel: string, args?: unknown) => Promise<unknown>;
          try {
            return { result: JSON.parse(JSON.stringify((await invoke(channel, args)) ?? null)) as unknown };
          } catch (error) {
            return { threw: String(error) };
          }
        }),
      ),
    batch.map(({ channel, args }) => ({ channel, args })),
  );
}

/** Cancels every address dialog the app shows, as a careful person would, until stopped. */
function cancelDialogs(app: ElectronDoubleApp): () => Promise<number> {
  let stopped = false;
  let answered = 0;
  const loop = (async () => {
    while (!stopped) {
      const shown = await app.dialogs();
      for (; answered < shown.length; answered += 1)
        await app.answerDialog(answered, shown[answered]!.buttons.indexOf('Cancel'));
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return answered;
  };
}

interface Refusal {
  ok: false;
  error: { kind: string; message: string };
}

const isAnswer = (value: unknown): value is { ok: true } | Refusal =>
  typeof value === 'object' &&
  value !== null &&
  'ok' in value &&
  (value.ok === true ||
    (value.ok === false && 'error' in value && typeof (value as Refusal).error?.message === 'string'));
/** app:getSnapshot answers the snapshot itself, not a result. */
const isSnapshot = (value: unknown) =>
  typeof value === 'object' && value !== null && 'connection' in value && 'items' in value;
const inWords = (refusal: Refusal) => refusal.error.message.length > 10 && refusal.error.message.length < 1000;

test(`${CALLS.toLocaleString('en')} calls from the page through the preload's bridge: every one answered in words, the app unharmed, nothing off the API's contract`, async ({
  launch,
  omi,
}, testInfo) => {
  test.skip(
    testInfo.project.metadata.shell !== 'electron-double',
    'Through the built preload and main process: the electron-double shell',
  );
  test.setTimeout(120_000);
  omi.setKey({ key: KEY, scopes: ['action_items:read', 'action_items:write'] });
  omi.seed([{ id: 'a1', description: ITEM }]);
  const app = (await launch({ apiBaseUrl: omi.url, apiKey: KEY })) as unknown as ElectronDoubleApp;
  await expect(app.page.getByRole('checkbox', { name: ITEM })).toBeVisible();

  const calls = makeCalls(seededRandom(20261206));
  const stopCancelling = cancelDialogs(app);
  const wrong: string[] = [];
  let hostileRefused = 0;
  try {
    for (let start = 0; start < calls.length; start += BATCH) {
      const batch = calls.slice(start, start + BATCH);
      const answers = await callFromPage(app.page, batch);
      batch.forEach((call, index) => {
        const answer = answers[index]!;
        const said = `${call.kind} ${call.what} (${call.channel}): ${JSON.stringify(answer).slice(0, 200)}`;
        if ('threw' in answer) {
          // Only a channel the contract lacks is turned away before IPC, by the bridge itself.
          if (!(call.what === 'a channel the contract lacks' && /Unknown channel/.test(answer.threw))) wrong.push(said);
        } else if (call.kind === 'good' && call.channel === 'app:getSnapshot') {
          if (!isSnapshot(answer.result)) wrong.push(said);
        } else if (!isAnswer(answer.result)) wrong.push(said);
        else if (
          call.kind === 'bad' &&
          (answer.result.ok || answer.result.error.kind !== 'invalid_input' || !inWords(answer.result))
        )
          wrong.push(said);
        else if (
          call.kind === 'good' &&
          !answer.result.ok &&
          /does not trust|was refused:/.test(answer.result.error.message)
        )
          wrong.push(said);
        else if (call.kind === 'hostile' && !answer.result.ok) {
          if (!inWords(answer.result)) wrong.push(said);
          hostileRefused += 1;
        }
      });
    }
  } finally {
    const cancelled = await stopCancelling();
    const count = (kind: Call['kind']) => calls.filter((call) => call.kind === kind).length;
    console.log(
      `IPC fuzz through the bridge: ${calls.length} calls (${count('good')} good, ${count('hostile')} well formed but hostile, ${count('bad')} malformed), ` +
        `${wrong.length} answered wrongly, ${hostileRefused} hostile refused, ${cancelled} address dialogs cancelled, ` +
        `${omi.requests().length} requests at the server, ${omi.violations().length} off its contract`,
    );
  }

  expect(calls.filter((call) => call.kind === 'hostile').length).toBeGreaterThan(CALLS / 3);
  expect(wrong).toEqual([]);
  // Nothing the page asked moved the app off its server, and the server saw only what its API allows.
  expect(omi.violations()).toEqual([]);
  const after = await app.page.evaluate(() => window.omi.invoke('app:getSnapshot'));
  expect(after.settings.apiBaseUrl).not.toContain('attacker');
  // The app still works: connected, and the page still shows the list.
  expect(after.connection.status).toBe('connected');
  await expect(app.page.getByRole('heading', { name: 'Your items' })).toBeVisible();
});
