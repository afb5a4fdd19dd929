/**
 * 10,000 random and adversarial IPC calls through the app's own door: Electron's ipcMain (the
 * double's, which clones arguments and answers as Electron does) with the handlers the app's main
 * process registers (electron/main/ipc/register-handlers.ts → core's dispatchInvoke), into the real
 * core on a real fake server. Calls come from the popover's page, from a subframe, from another
 * window, from pages elsewhere. A third are well formed but hostile (ids such as `..`, an
 * attacker's base URL, reserved shortcuts, 10,000-character text, zones that do not exist).
 *
 * None may throw or leave a rejection unhandled; every malformed call comes back refused as an
 * `invalid_input` error in words, every well-formed one as a typed answer (a result or a
 * refusal); a channel the app does not have is refused by ipcMain as in Electron; and the fake
 * server recorded no request or answer off the API's contract.
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../electron/shared/app-error';
import { invokeChannels } from '../../../electron/shared/ipc-contract';
import { registerHandlers } from '../../../electron/main/ipc/register-handlers';
import { createOmiTray } from '../../../electron/core/omi-tray';
import type { OmiTray } from '../../../electron/core/omi-tray.types';
import { MemorySecretStore } from '../../../electron/core/secrets/memory-secret-store';
import { startFakeOmi, type FakeOmi } from '../../fake-omi/server';
import { recordingPlatform } from '../../harness/recording-platform';
import { tempDir } from '../../unit/core/support/temp-dir';
import { seededRandom } from '../../fake-omi/seeded-random';
import { BrowserWindowDouble, WebContentsDouble } from '../../electron-double/main/browser-window';
import { ipcMain } from '../../electron-double/main/ipc-main';
import { pageHost } from '../../unit/main/support/page-host';
import { hostileBases, hostileIds, hostileShortcuts, hostileZones } from './hostile-values';

vi.mock('electron', async () => (await import('../../electron-double/electron-main')).electronMain);

const CALLS = 10_000;
const KEY = 'omi_dev_fuzz_key_with_write_93ac51';
const RENDERER_URL = 'app://omi-tray/index.html';

// The windows as the double makes them: the popover, another window of the app, and a webContents in no window.
pageHost();
const popoverWindow = new BrowserWindowDouble({ show: false });
const otherWindow = new BrowserWindowDouble({ show: false });
const strayContents = new WebContentsDouble(-1);

/** Who calls: the window's webContents and the calling frame (null once it has gone), as Electron's event carries them. */
interface Sender {
  contents: WebContentsDouble;
  frame: { url: string; parent: { url: string } | null } | null;
}

const POPOVER: Sender = { contents: popoverWindow.webContents, frame: { url: RENDERER_URL, parent: null } };

/** An invoke as the page's ipcRenderer.invoke(channel, args) reaches Electron's ipcMain. */
function invoke(channel: unknown, args: unknown, sender: Sender): Promise<unknown> {
  const event = {
    sender: sender.contents as unknown as WebContents,
    senderFrame: sender.frame,
    frameId: sender.frame?.parent ? 2 : 1,
    processId: 1,
  } as unknown as IpcMainInvokeEvent;
  return ipcMain.invoke(event, channel as string, args === undefined ? [] : [args]);
}

interface Call {
  channel: unknown;
  args: unknown;
  sender: Sender;
  /** bad: malformed or from the wrong sender, must be refused; hostile: well formed, must get a typed answer. */
  kind: 'good' | 'hostile' | 'bad';
  what: string;
}

function makeCalls(next: () => number): Call[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const huge = () => 'x'.repeat(pick([4001, 10_000, 100_000, 1_000_000]));
  const deep = () => {
    let value: unknown = 'bottom';
    for (let depth = 0; depth < pick([10, 100, 1000]); depth += 1) value = { a: value };
    return value;
  };
  const polluting = () =>
    JSON.parse(
      pick([
        '{"__proto__":{"polluted":true}}',
        '{"constructor":{"prototype":{"polluted":true}}}',
        '{"prototype":{"polluted":true}}',
      ]),
    ) as unknown;
  const anyValue = (): unknown =>
    pick<() => unknown>([
      () => null,
      () => 0,
      () => -1,
      () => Number.NaN,
      () => Number.POSITIVE_INFINITY,
      () => 1e308,
      () => true,
      () => false,
      () => '',
      () => 'x',
      huge,
      () => [],
      () => [1, 'two', null],
      () => ({}),
      deep,
      polluting,
      () => new Date(0),
      () => new Uint8Array(16),
      () => 12345678901234567890n,
      () => new Map([['id', 'a1']]),
      () => new Set(['a1']),
      () => '\u0000\u202e\ud800',
      () => '<img src=x onerror=alert(1)>',
    ])();
  const notString = (): unknown => {
    for (;;) {
      const value = anyValue();
      if (typeof value !== 'string') return value;
    }
  };
  const notBoolean = (): unknown => {
    for (;;) {
      const value = pick<() => unknown>([() => 'true', () => 0, () => 1, () => null, () => [], anyValue])();
      if (typeof value !== 'boolean') return value;
    }
  };

  type Field =
    | 'id'
    | 'description'
    | 'completed'
    | 'date'
    | 'dateOrNull'
    | 'apiKey'
    | 'lead'
    | 'address'
    | 'shortcut'
    | 'login'
    | 'words'
    | 'zone'
    | 'conversation'
    | 'choice';
  const badValue: Record<Field, () => unknown> = {
    id: () => pick<() => unknown>([notString, () => '', () => 'i'.repeat(201), huge])(),
    description: () => pick<() => unknown>([notString, huge])(),
    completed: notBoolean,
    date: () =>
      pick<() => unknown>([
        notString,
        () => null,
        () => 'tomorrow',
        () => '2030-13-01T00:00:00Z',
        () => '2030-01-01',
        () => '',
      ])(),
    dateOrNull: () =>
      pick<() => unknown>([() => 'tomorrow', () => '2030-02-30T25:00:00Z', () => 0, () => '', () => ({})])(),
    apiKey: () => pick<() => unknown>([notString, () => 'k'.repeat(501), huge])(),
    lead: () => pick([7, '5', -5, null, 1e9, Number.NaN, [5]]),
    address: () =>
      pick<unknown>([
        'http://attacker.example',
        'javascript:alert(1)',
        'file:///etc/passwd',
        'https://u:p@api.omi.me',
        42,
        '',
        'h'.repeat(600),
      ]),
    shortcut: () =>
      pick<unknown>(['CommandOrControl+C', 'Ctrl+V', 'Alt+F4', 'K', '', 'Ctrl+', 42, null, 'Ctrl+'.repeat(40)]),
    login: notBoolean,
    words: () => pick<() => unknown>([notString, huge])(),
    zone: () => pick<() => unknown>([notString, () => '', () => 'z'.repeat(101), huge])(),
    conversation: () => pick<() => unknown>([notString, () => '', () => 'c'.repeat(501), huge])(),
    choice: () => pick<unknown>(['Send', 'delete', '', null, 1, ['send']]),
  };
  const iso = '2030-01-02T09:00:00Z';
  const objectChannels: Record<string, { valid: () => Record<string, unknown>; fields: Record<string, Field> }> = {
    'auth:connect': { valid: () => ({ apiKey: 'omi_dev_not_a_key_0000' }), fields: { apiKey: 'apiKey' } },
    'items:create': {
      valid: () => ({ description: 'Fuzzed item', dueAt: null }),
      fields: { description: 'description', dueAt: 'dateOrNull' },
    },
    'items:delete': { valid: () => ({ id: 'a1' }), fields: { id: 'id' } },
    'items:undoDelete': { valid: () => ({ id: 'a1' }), fields: { id: 'id' } },
    'outbox:settleStranded': { valid: () => ({ choice: 'discard' }), fields: { choice: 'choice' } },
    'reminders:snooze': { valid: () => ({ id: 'a1', until: iso }), fields: { id: 'id', until: 'date' } },
    'reminders:pause': { valid: () => ({ until: null }), fields: { until: 'dateOrNull' } },
    'conversations:get': { valid: () => ({ id: 'conv-1' }), fields: { id: 'conversation' } },
    'dates:readDue': {
      valid: () => ({ text: 'tomorrow 5pm', now: iso, timeZone: 'Europe/Berlin' }),
      fields: { text: 'words', now: 'date', timeZone: 'zone' },
    },
    'dates:readTitle': {
      valid: () => ({ text: 'call Ana fri 9:30', now: iso, timeZone: 'UTC' }),
      fields: { text: 'words', now: 'date', timeZone: 'zone' },
    },
    'settings:update': {
      valid: () => ({ reminderLeadMinutes: 15 }),
      fields: {
        apiBaseUrl: 'address',
        reminderLeadMinutes: 'lead',
        quickEditShortcut: 'shortcut',
        launchAtLogin: 'login',
      },
    },
  };
  const noArgChannels = ['app:getSnapshot', 'auth:signOut', 'items:refresh', 'popover:hide', 'app:showLogFolder'];
  const unknownChannels = [
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'APP:GETSNAPSHOT',
    'app:getSnapshot ',
    ' items:update',
    'items:update\u0000',
    'shell:openExternal',
    'settings:read',
    'auth:getKey',
    '',
    'a'.repeat(100_000),
    'items:*',
  ];
  const popoverFrame = (url: string) => ({ contents: popoverWindow.webContents, frame: { url, parent: null } });
  const badSenders: Sender[] = [
    { contents: popoverWindow.webContents, frame: null },
    { contents: popoverWindow.webContents, frame: { url: RENDERER_URL, parent: { url: RENDERER_URL } } },
    {
      contents: popoverWindow.webContents,
      frame: { url: 'https://evil.example/frame.html', parent: { url: RENDERER_URL } },
    },
    { contents: otherWindow.webContents, frame: { url: RENDERER_URL, parent: null } },
    { contents: strayContents, frame: { url: RENDERER_URL, parent: null } },
    popoverFrame('https://evil.example/index.html'),
    popoverFrame('app://evil/index.html'),
    popoverFrame('file:///tmp/index.html'),
    popoverFrame('data:text/html,<script>'),
    popoverFrame('not a url'),
  ];
  const goodCalls: (() => Call)[] = [
    () => ({ channel: 'app:getSnapshot', args: undefined, sender: POPOVER, kind: 'good', what: 'snapshot' }),
    () => ({
      channel: 'settings:update',
      args: { reminderLeadMinutes: pick([0, 5, 15, 30, 60]) },
      sender: POPOVER,
      kind: 'good',
      what: 'lead',
    }),
    () => ({
      channel: 'settings:update',
      args: { quickEditShortcut: pick(['Alt+Shift+O', 'CommandOrControl+Shift+Space']) },
      sender: POPOVER,
      kind: 'good',
      what: 'shortcut',
    }),
    () => ({
      channel: 'reminders:pause',
      args: { until: pick([null, iso]) },
      sender: POPOVER,
      kind: 'good',
      what: 'pause',
    }),
    () => ({ channel: 'popover:hide', args: undefined, sender: POPOVER, kind: 'good', what: 'hide' }),
    () => ({
      channel: 'items:update',
      args: { id: 'a1', changes: { completed: next() < 0.5 } },
      sender: POPOVER,
      kind: 'good',
      what: 'tick',
    }),
    () => ({ channel: 'items:refresh', args: undefined, sender: POPOVER, kind: 'good', what: 'refresh' }),
    // Any words at all may be typed as a date: they are read (or not understood), never a crash.
    () => ({
      channel: pick(['dates:readDue', 'dates:readTitle']),
      args: { text: typedWords(), now: iso, timeZone: pick(['UTC', 'Europe/Berlin', 'Not/AZone', 'Asia/Kolkata']) },
      sender: POPOVER,
      kind: 'good',
      what: 'typed date',
    }),
  ];
  function typedWords(): string {
    const noise = () =>
      Array.from({ length: Math.floor(next() * 200) }, () => String.fromCodePoint(Math.floor(next() * 0x2fff)))
        .join('')
        .slice(0, 200);
    return pick<() => string>([
      noise,
      () =>
        pick([
          'tomorrow 5pm',
          'fri 9:30',
          '3/12',
          '2026-02-30 25:00',
          'in 99999999 years',
          'next next next week',
          '\u0000',
          '  ',
        ]),
    ])();
  }

  // Well formed, so past the argument check, but meant to hurt: paths out of the item, another
  // server, shortcuts the system or other apps own, text at and past every limit, zones that do not exist.
  const longText = (length: number) => pick(['x', 'é', '日', '👍', 'tomorrow ']).repeat(length).slice(0, length);
  const hostileCalls: (() => Call)[] = [
    () => ({
      channel: 'items:update',
      args: { id: pick(hostileIds), changes: { completed: next() < 0.5 } },
      sender: POPOVER,
      kind: 'hostile',
      what: 'items:update hostile id',
    }),
    () => ({
      channel: pick(['items:delete', 'items:undoDelete']),
      args: { id: pick(hostileIds) },
      sender: POPOVER,
      kind: 'hostile',
      what: 'delete hostile id',
    }),
    () => ({
      channel: 'reminders:snooze',
      args: { id: pick(hostileIds), until: iso },
      sender: POPOVER,
      kind: 'hostile',
      what: 'snooze hostile id',
    }),
    () => ({
      channel: 'conversations:get',
      args: { id: pick(hostileIds) },
      sender: POPOVER,
      kind: 'hostile',
      what: 'conversation hostile id',
    }),
    () => ({
      channel: 'settings:update',
      args: { apiBaseUrl: pick(hostileBases) },
      sender: POPOVER,
      kind: 'hostile',
      what: 'attacker base URL',
    }),
    () => ({
      channel: 'settings:update',
      args: { quickEditShortcut: pick(hostileShortcuts) },
      sender: POPOVER,
      kind: 'hostile',
      what: 'reserved shortcut',
    }),
    () => ({
      channel: 'items:create',
      args: { description: longText(pick([4000, 3999])), dueAt: null },
      sender: POPOVER,
      kind: 'hostile',
      what: 'longest description',
    }),
    () => ({
      channel: 'items:update',
      args: { id: 'a1', changes: { description: longText(4000) } },
      sender: POPOVER,
      kind: 'hostile',
      what: 'longest description edit',
    }),
    () => ({
      channel: 'auth:connect',
      args: { apiKey: pick(['k'.repeat(500), 'omi_dev_\u0000', '../../', 'Bearer x\r\nX-Evil: 1']) },
      sender: POPOVER,
      kind: 'hostile',
      what: 'hostile key',
    }),
    () => ({
      channel: pick(['dates:readDue', 'dates:readTitle']),
      args: { text: next() < 0.5 ? longText(10_000) : 'tomorrow 5pm', now: iso, timeZone: pick(hostileZones) },
      sender: POPOVER,
      kind: 'hostile',
      what: 'long text or no such zone',
    }),
  ];

  const badCalls: (() => Call)[] = [
    // A field of the wrong type or size.
    () => {
      const channel = pick(Object.keys(objectChannels));
      const spec = objectChannels[channel]!;
      const field = pick(Object.keys(spec.fields));
      return {
        channel,
        args: { ...spec.valid(), [field]: badValue[spec.fields[field]!]() },
        sender: POPOVER,
        kind: 'bad',
        what: `${channel}.${field}`,
      };
    },
    // A key the schema does not know, prototype keys included.
    () => {
      const channel = pick(Object.keys(objectChannels));
      const args = { ...objectChannels[channel]!.valid(), ...(polluting() as object) };
      if (next() < 0.5) Object.assign(args, { [pick(['theme', 'apiKeyPlain', 'isAdmin', 'toString'])]: anyValue() });
      return { channel, args, sender: POPOVER, kind: 'bad', what: `${channel} extra key` };
    },
    // Not an object at all, or a required field missing.
    () => {
      const channel = pick(Object.keys(objectChannels).filter((name) => name !== 'settings:update'));
      const args = next() < 0.5 ? notObject() : {};
      return { channel, args, sender: POPOVER, kind: 'bad', what: `${channel} shape` };
    },
    // items:update: the nested changes.
    () => {
      const changes = pick<() => unknown>([
        () => ({}),
        () => ({ completed: notBoolean() }),
        () => ({ description: badValue.description() }),
        () => ({ dueAt: badValue.dateOrNull() }),
        () => ({ completed: true, ...(polluting() as object) }),
        notObject,
      ])();
      const id = next() < 0.2 ? badValue.id() : 'a1';
      return {
        channel: 'items:update',
        args: { id, changes },
        sender: POPOVER,
        kind: 'bad',
        what: 'items:update changes',
      };
    },
    // An argument where none is taken.
    () => {
      let args = anyValue();
      if (args === undefined) args = null;
      return {
        channel: pick(noArgChannels),
        args,
        sender: POPOVER,
        kind: 'bad',
        what: 'argument to a no-argument channel',
      };
    },
    // A channel that does not exist.
    () => ({
      channel: next() < 0.8 ? pick(unknownChannels) : anyValue(),
      args: anyValue(),
      sender: POPOVER,
      kind: 'bad',
      what: 'unknown channel',
    }),
    // A good call from a sender that is not the popover.
    () => ({ ...pick(goodCalls)(), sender: pick(badSenders), kind: 'bad', what: 'wrong sender' }),
    () => ({ ...pick(hostileCalls)(), sender: pick(badSenders), kind: 'bad', what: 'wrong sender, hostile call' }),
  ];
  function notObject(): unknown {
    for (;;) {
      const value = anyValue();
      if (
        typeof value !== 'object' ||
        value === null ||
        Array.isArray(value) ||
        value instanceof Map ||
        value instanceof Set ||
        value instanceof Date ||
        value instanceof Uint8Array
      )
        return value;
    }
  }

  const calls: Call[] = [];
  for (let index = 0; index < CALLS; index += 1) {
    const roll = next();
    calls.push(roll < 0.36 ? pick(hostileCalls)() : roll < 0.42 ? pick(goodCalls)() : pick(badCalls)());
  }
  return calls;
}

let core: OmiTray;
let omi: FakeOmi;
let removeDir: () => Promise<void>;

beforeAll(async () => {
  omi = await startFakeOmi({ keys: [{ key: KEY }], items: [{ id: 'a1', description: 'Call Ana about the lease' }] });
  const dir = await tempDir();
  removeDir = dir.remove;
  const { platform } = recordingPlatform({
    dataDir: dir.path,
    secrets: new MemorySecretStore(),
    env: { OMI_API_BASE_URL: omi.url, OMI_API_KEY: KEY },
    timeZone: 'UTC',
  });
  core = createOmiTray(platform);
  // As the app's main process does it: one ipcMain handler per channel of the contract, into dispatchInvoke.
  registerHandlers({
    handlers: core.handlers,
    trustedSender: () => ({ windowId: popoverWindow.id, rendererUrl: RENDERER_URL }),
    logger: platform.logger,
  });
  await core.start();
});

afterAll(async () => {
  await core.shutdown();
  try {
    // Whatever the fuzz sent that reached Omi must still have been on the API's contract.
    omi.assertNoViolations();
  } finally {
    await omi.close();
    await removeDir();
  }
});

function isTypedRefusal(result: unknown): boolean {
  const value = result as Result<unknown>;
  return (
    typeof value === 'object' &&
    value !== null &&
    value.ok === false &&
    value.error.kind === 'invalid_input' &&
    typeof value.error.message === 'string' &&
    value.error.message.length > 10 &&
    value.error.message.length < 1000
  );
}

/** A result, or a refusal of any kind in words: what the page can show. */
function isTypedAnswer(result: unknown): boolean {
  const value = result as Result<unknown>;
  if (typeof value !== 'object' || value === null || typeof value.ok !== 'boolean') return false;
  return (
    value.ok ||
    (typeof value.error.kind === 'string' && typeof value.error.message === 'string' && value.error.message.length > 0)
  );
}

function refusedAtTheGate(result: unknown): boolean {
  const value = result as Result<unknown> | null;
  return (
    value !== null &&
    typeof value === 'object' &&
    'ok' in value &&
    !value.ok &&
    /does not trust|was refused:|has no request called/.test(value.error.message)
  );
}

const isChannel = (channel: unknown) => typeof channel === 'string' && Object.hasOwn(invokeChannels, channel);

describe('IPC fuzz', () => {
  it(`${CALLS.toLocaleString('en')} random, hostile and malformed calls through ipcMain and the app's handlers: no crash, every call answered, nothing off the API's contract`, async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const crashes: string[] = [];
    const notRefused: string[] = [];
    const untyped: string[] = [];
    const goodRefused: string[] = [];
    const count = { good: 0, hostile: 0, bad: 0 };
    let hostileRefused = 0;
    try {
      for (const call of makeCalls(seededRandom(20261129))) {
        count[call.kind] += 1;
        try {
          const result = await invoke(call.channel, call.args, call.sender);
          if (call.kind === 'bad') {
            if (!isTypedRefusal(result)) notRefused.push(`${call.what}: ${JSON.stringify(result)?.slice(0, 200)}`);
          } else if (call.kind === 'good' && refusedAtTheGate(result)) {
            goodRefused.push(`${call.what}: ${JSON.stringify(result).slice(0, 200)}`);
          } else if (call.kind === 'hostile') {
            // Refused at the gate (a reserved shortcut, text past its limit) or by core, or done: always in words.
            if (!isTypedAnswer(result)) untyped.push(`${call.what}: ${JSON.stringify(result)?.slice(0, 200)}`);
            else if (!(result as Result<unknown>).ok) hostileRefused += 1;
          }
        } catch (error) {
          // A channel the app does not have: ipcMain refuses it, as Electron does, before any of the app's code runs.
          const refusedByIpcMain = !isChannel(call.channel) && /No handler registered for/.test(String(error));
          if (!refusedByIpcMain) crashes.push(`${call.what}: ${String(error).slice(0, 200)}`);
        }
      }
      // Let any stray promise settle before counting.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    console.log(
      `IPC fuzz: ${CALLS} calls (${count.good} good, ${count.hostile} well formed but hostile, ${count.bad} malformed or from the wrong sender), ` +
        `${crashes.length} crashes, ${unhandled.length} unhandled rejections, ${count.bad - notRefused.length}/${count.bad} bad calls refused with a typed error, ` +
        `${hostileRefused}/${count.hostile} hostile calls refused, ${omi.requests().length} requests at the server, ${omi.violations().length} off its contract`,
    );
    expect(count.hostile).toBeGreaterThan(CALLS / 3);
    expect(crashes).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(notRefused).toEqual([]);
    expect(untyped).toEqual([]);
    // The gate is not simply closed: the popover's good calls pass it.
    expect(goodRefused).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // Whatever the page asked, the app only ever asked the server what its API allows.
    expect(omi.violations()).toEqual([]);
    // The app still works afterwards.
    expect(core.snapshot().connection.status).toBe('connected');
  }, 180_000);
});
