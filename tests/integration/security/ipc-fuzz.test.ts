/**
 * 10,000 random and adversarial IPC calls through the one dispatch path (sender check, argument
 * check, core's handler) into the real core on a real fake server: wrong types, huge strings,
 * prototype keys, unknown channels, wrong senders. None may throw or leave a rejection unhandled,
 * and every bad call must come back refused as an `invalid_input` error in words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fail, type Result } from '../../../electron/shared/app-error';
import type { InvokeHandlers } from '../../../electron/shared/ipc-contract';
import { parseInvokeArgs } from '../../../electron/core/ipc/parse-invoke-args';
import { checkSender, type SenderFacts, type TrustedSender } from '../../../electron/core/ipc/sender-policy';
import { createOmiTray } from '../../../electron/core/omi-tray';
import type { OmiTray } from '../../../electron/core/omi-tray.types';
import { MemorySecretStore } from '../../../electron/core/secrets/memory-secret-store';
import { startFakeOmi, type FakeOmi } from '../../fake-omi/server';
import { recordingPlatform } from '../../harness/recording-platform';
import { tempDir } from '../../unit/core/support/temp-dir';
import { seededRandom } from '../../fake-omi/seeded-random';

const CALLS = 10_000;
const KEY = 'omi_dev_fuzz_key_with_write_93ac51';
const RENDERER_URL = 'app://omi-tray/index.html';
const TRUSTED: TrustedSender = { windowId: 1, rendererUrl: RENDERER_URL };
const POPOVER: SenderFacts = { frameUrl: RENDERER_URL, isMainFrame: true, windowId: 1 };

/** What main does with one invoke (electron/main/ipc/register-handlers.ts), minus ipcMain. */
async function dispatch(handlers: InvokeHandlers, channel: unknown, raw: unknown, sender: SenderFacts): Promise<unknown> {
  const verdict = checkSender(sender, TRUSTED);
  if (!verdict.allowed) return fail({ kind: 'invalid_input', message: `Omi Tray refused a request from a page it does not trust: ${verdict.reason}.` });
  const parsed = parseInvokeArgs(channel, raw);
  if (!parsed.ok) return parsed;
  const handler = handlers[parsed.value.channel] as (args: unknown) => Promise<unknown>;
  return handler(parsed.value.args);
}


interface Call {
  channel: unknown;
  args: unknown;
  sender: SenderFacts;
  bad: boolean;
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
  const polluting = () => JSON.parse(pick(['{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '{"prototype":{"polluted":true}}'])) as unknown;
  const anyValue = (): unknown =>
    pick<() => unknown>([
      () => null, () => 0, () => -1, () => Number.NaN, () => Number.POSITIVE_INFINITY, () => 1e308, () => true, () => false,
      () => '', () => 'x', huge, () => [], () => [1, 'two', null], () => ({}), deep, polluting,
      () => new Date(0), () => new Uint8Array(16), () => 12345678901234567890n, () => new Map([['id', 'a1']]), () => new Set(['a1']),
      () => '\u0000\u202e\ud800', () => '<img src=x onerror=alert(1)>',
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

  type Field = 'id' | 'description' | 'completed' | 'date' | 'dateOrNull' | 'apiKey' | 'lead' | 'address' | 'shortcut' | 'login' | 'words' | 'zone' | 'conversation' | 'choice';
  const badValue: Record<Field, () => unknown> = {
    id: () => pick<() => unknown>([notString, () => '', () => 'i'.repeat(201), huge])(),
    description: () => pick<() => unknown>([notString, huge])(),
    completed: notBoolean,
    date: () => pick<() => unknown>([notString, () => null, () => 'tomorrow', () => '2030-13-01T00:00:00Z', () => '2030-01-01', () => ''])(),
    dateOrNull: () => pick<() => unknown>([() => 'tomorrow', () => '2030-02-30T25:00:00Z', () => 0, () => '', () => ({})])(),
    apiKey: () => pick<() => unknown>([notString, () => 'k'.repeat(501), huge])(),
    lead: () => pick([7, '5', -5, null, 1e9, Number.NaN, [5]]),
    address: () => pick<unknown>(['http://attacker.example', 'javascript:alert(1)', 'file:///etc/passwd', 'https://u:p@api.omi.me', 42, '', 'h'.repeat(600)]),
    shortcut: () => pick<unknown>(['CommandOrControl+C', 'Ctrl+V', 'Alt+F4', 'K', '', 'Ctrl+', 42, null, 'Ctrl+'.repeat(40)]),
    login: notBoolean,
    words: () => pick<() => unknown>([notString, huge])(),
    zone: () => pick<() => unknown>([notString, () => '', () => 'z'.repeat(101), huge])(),
    conversation: () => pick<() => unknown>([notString, () => '', () => 'c'.repeat(501), huge])(),
    choice: () => pick<unknown>(['Send', 'delete', '', null, 1, ['send']]),
  };
  const iso = '2030-01-02T09:00:00Z';
  const objectChannels: Record<string, { valid: () => Record<string, unknown>; fields: Record<string, Field> }> = {
    'auth:connect': { valid: () => ({ apiKey: 'omi_dev_not_a_key_0000' }), fields: { apiKey: 'apiKey' } },
    'items:create': { valid: () => ({ description: 'Fuzzed item', dueAt: null }), fields: { description: 'description', dueAt: 'dateOrNull' } },
    'items:delete': { valid: () => ({ id: 'a1' }), fields: { id: 'id' } },
    'items:undoDelete': { valid: () => ({ id: 'a1' }), fields: { id: 'id' } },
    'outbox:settleStranded': { valid: () => ({ choice: 'discard' }), fields: { choice: 'choice' } },
    'reminders:snooze': { valid: () => ({ id: 'a1', until: iso }), fields: { id: 'id', until: 'date' } },
    'reminders:pause': { valid: () => ({ until: null }), fields: { until: 'dateOrNull' } },
    'conversations:get': { valid: () => ({ id: 'conv-1' }), fields: { id: 'conversation' } },
    'dates:readDue': { valid: () => ({ text: 'tomorrow 5pm', now: iso, timeZone: 'Europe/Berlin' }), fields: { text: 'words', now: 'date', timeZone: 'zone' } },
    'dates:readTitle': { valid: () => ({ text: 'call Ana fri 9:30', now: iso, timeZone: 'UTC' }), fields: { text: 'words', now: 'date', timeZone: 'zone' } },
    'settings:update': {
      valid: () => ({ reminderLeadMinutes: 15 }),
      fields: { apiBaseUrl: 'address', reminderLeadMinutes: 'lead', quickEditShortcut: 'shortcut', launchAtLogin: 'login' },
    },
  };
  const noArgChannels = ['app:getSnapshot', 'auth:signOut', 'items:refresh', 'popover:hide', 'app:showLogFolder'];
  const unknownChannels = [
    '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'APP:GETSNAPSHOT', 'app:getSnapshot ', ' items:update',
    'items:update\u0000', 'shell:openExternal', 'settings:read', 'auth:getKey', '', 'a'.repeat(100_000), 'items:*',
  ];
  const badSenders: SenderFacts[] = [
    { frameUrl: null, isMainFrame: true, windowId: 1 },
    { frameUrl: RENDERER_URL, isMainFrame: false, windowId: 1 },
    { frameUrl: RENDERER_URL, isMainFrame: true, windowId: 2 },
    { frameUrl: RENDERER_URL, isMainFrame: true, windowId: null },
    { frameUrl: 'https://evil.example/index.html', isMainFrame: true, windowId: 1 },
    { frameUrl: 'app://evil/index.html', isMainFrame: true, windowId: 1 },
    { frameUrl: 'file:///tmp/index.html', isMainFrame: true, windowId: 1 },
    { frameUrl: 'data:text/html,<script>', isMainFrame: true, windowId: 1 },
    { frameUrl: 'not a url', isMainFrame: true, windowId: 1 },
  ];
  const goodCalls: (() => Call)[] = [
    () => ({ channel: 'app:getSnapshot', args: undefined, sender: POPOVER, bad: false, what: 'snapshot' }),
    () => ({ channel: 'settings:update', args: { reminderLeadMinutes: pick([0, 5, 15, 30, 60]) }, sender: POPOVER, bad: false, what: 'lead' }),
    () => ({ channel: 'settings:update', args: { quickEditShortcut: pick(['Alt+Shift+O', 'CommandOrControl+Shift+Space']) }, sender: POPOVER, bad: false, what: 'shortcut' }),
    () => ({ channel: 'reminders:pause', args: { until: pick([null, iso]) }, sender: POPOVER, bad: false, what: 'pause' }),
    () => ({ channel: 'popover:hide', args: undefined, sender: POPOVER, bad: false, what: 'hide' }),
    () => ({ channel: 'items:update', args: { id: 'a1', changes: { completed: next() < 0.5 } }, sender: POPOVER, bad: false, what: 'tick' }),
    () => ({ channel: 'items:refresh', args: undefined, sender: POPOVER, bad: false, what: 'refresh' }),
    // Any words at all may be typed as a date: they are read (or not understood), never a crash.
    () => ({ channel: pick(['dates:readDue', 'dates:readTitle']), args: { text: typedWords(), now: iso, timeZone: pick(['UTC', 'Europe/Berlin', 'Not/AZone', 'Asia/Kolkata']) }, sender: POPOVER, bad: false, what: 'typed date' }),
  ];
  function typedWords(): string {
    const noise = () => Array.from({ length: Math.floor(next() * 200) }, () => String.fromCodePoint(Math.floor(next() * 0x2fff))).join('').slice(0, 200);
    return pick<() => string>([noise, () => pick(['tomorrow 5pm', 'fri 9:30', '3/12', '2026-02-30 25:00', 'in 99999999 years', 'next next next week', '\u0000', '  '])])();
  }

  const badCalls: (() => Call)[] = [
    // A field of the wrong type or size.
    () => {
      const channel = pick(Object.keys(objectChannels));
      const spec = objectChannels[channel]!;
      const field = pick(Object.keys(spec.fields));
      return { channel, args: { ...spec.valid(), [field]: badValue[spec.fields[field]!]() }, sender: POPOVER, bad: true, what: `${channel}.${field}` };
    },
    // A key the schema does not know, prototype keys included.
    () => {
      const channel = pick(Object.keys(objectChannels));
      const args = { ...objectChannels[channel]!.valid(), ...(polluting() as object) };
      if (next() < 0.5) Object.assign(args, { [pick(['theme', 'apiKeyPlain', 'isAdmin', 'toString'])]: anyValue() });
      return { channel, args, sender: POPOVER, bad: true, what: `${channel} extra key` };
    },
    // Not an object at all, or a required field missing.
    () => {
      const channel = pick(Object.keys(objectChannels).filter((name) => name !== 'settings:update'));
      const args = next() < 0.5 ? notObject() : {};
      return { channel, args, sender: POPOVER, bad: true, what: `${channel} shape` };
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
      return { channel: 'items:update', args: { id, changes }, sender: POPOVER, bad: true, what: 'items:update changes' };
    },
    // An argument where none is taken.
    () => {
      let args = anyValue();
      if (args === undefined) args = null;
      return { channel: pick(noArgChannels), args, sender: POPOVER, bad: true, what: 'argument to a no-argument channel' };
    },
    // A channel that does not exist.
    () => ({ channel: next() < 0.8 ? pick(unknownChannels) : anyValue(), args: anyValue(), sender: POPOVER, bad: true, what: 'unknown channel' }),
    // A good call from a sender that is not the popover.
    () => ({ ...pick(goodCalls)(), sender: pick(badSenders), bad: true, what: 'wrong sender' }),
  ];
  function notObject(): unknown {
    for (;;) {
      const value = anyValue();
      if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Map || value instanceof Set || value instanceof Date || value instanceof Uint8Array) return value;
    }
  }

  const calls: Call[] = [];
  for (let index = 0; index < CALLS; index += 1) calls.push(next() < 0.02 ? pick(goodCalls)() : pick(badCalls)());
  return calls;
}

let core: OmiTray;
let omi: FakeOmi;
let removeDir: () => Promise<void>;

beforeAll(async () => {
  omi = await startFakeOmi({ keys: [{ key: KEY }], items: [{ id: 'a1', description: 'Call Ana about the lease' }] });
  const dir = await tempDir();
  removeDir = dir.remove;
  const { platform } = recordingPlatform({ dataDir: dir.path, secrets: new MemorySecretStore(), env: { OMI_API_BASE_URL: omi.url, OMI_API_KEY: KEY }, timeZone: 'UTC' });
  core = createOmiTray(platform);
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
    typeof value === 'object' && value !== null && value.ok === false && value.error.kind === 'invalid_input' &&
    typeof value.error.message === 'string' && value.error.message.length > 10 && value.error.message.length < 1000
  );
}

function refusedAtTheGate(result: unknown): boolean {
  const value = result as Result<unknown> | null;
  return value !== null && typeof value === 'object' && 'ok' in value && !value.ok && /does not trust|was refused:|has no request called/.test(value.error.message);
}

describe('IPC fuzz', () => {
  it(`${CALLS.toLocaleString('en')} random and adversarial calls: no crash, no unhandled rejection, every bad call refused`, async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const crashes: string[] = [];
    const notRefused: string[] = [];
    const goodRefused: string[] = [];
    let bad = 0;
    try {
      for (const call of makeCalls(seededRandom(20261129))) {
        // What crosses the IPC boundary is a structured clone of what the page passed.
        const args = structuredClone(call.args);
        try {
          const result = await dispatch(core.handlers, call.channel, args, call.sender);
          if (call.bad) {
            bad += 1;
            if (!isTypedRefusal(result)) notRefused.push(`${call.what}: ${JSON.stringify(result)?.slice(0, 200)}`);
          } else if (refusedAtTheGate(result)) {
            goodRefused.push(`${call.what}: ${JSON.stringify(result).slice(0, 200)}`);
          }
        } catch (error) {
          crashes.push(`${call.what}: ${String(error).slice(0, 200)}`);
        }
      }
      // Let any stray promise settle before counting.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    console.log(
      `IPC fuzz: ${CALLS} calls (${bad} bad, ${CALLS - bad} good), ${crashes.length} crashes, ${unhandled.length} unhandled rejections, ` +
        `${bad - notRefused.length}/${bad} bad calls refused with a typed error`,
    );
    expect(crashes).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(notRefused).toEqual([]);
    // The gate is not simply closed: the popover's good calls pass it.
    expect(goodRefused).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // The app still works afterwards.
    expect(core.snapshot().connection.status).toBe('connected');
  }, 120_000);
});
