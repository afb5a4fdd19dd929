import { describe, expect, it } from 'vitest';
import { parseInvokeArgs } from '../../../../electron/core/ipc/parse-invoke-args';
import { invokeChannels, type InvokeChannel } from '../../../../electron/shared/ipc-contract';

const DUE = '2026-03-05T17:00:00+01:00';

/** For every channel: arguments it must accept, and arguments it must refuse. */
const cases: Record<InvokeChannel, { good: unknown[]; bad: unknown[] }> = {
  'app:getSnapshot': { good: [undefined], bad: [{}, 'x', null] },
  'auth:connect': {
    good: [{ apiKey: 'omi_dev_x' }, { apiKey: '' }],
    bad: [undefined, { apiKey: 3 }, { apiKey: 'k'.repeat(501) }, { apiKey: 'k', extra: 1 }],
  },
  'auth:signOut': { good: [undefined], bad: [{ now: true }] },
  'items:refresh': { good: [undefined], bad: [1] },
  'items:update': {
    good: [
      { id: 'a1', changes: { completed: true } },
      { id: 'a1', changes: { description: 'New words', dueAt: DUE } },
      { id: 'a1', changes: { dueAt: null } },
    ],
    bad: [
      { id: 'a1', changes: {} },
      { id: '', changes: { completed: true } },
      { id: 'a1', changes: { completed: 'yes' } },
      { id: 'a1', changes: { dueAt: '2026-03-05' } },
      { id: 'a1', changes: { dueAt: '2026-03-05T17:00:00' } },
      { id: 'a1', changes: { owner: 'me' } },
      { id: 'a1' },
    ],
  },
  'items:create': {
    good: [
      { description: 'Call Ana', dueAt: null },
      { description: 'Call Ana', dueAt: DUE },
    ],
    bad: [{ description: 'Call Ana' }, { description: 5, dueAt: null }, { description: 'x'.repeat(4001), dueAt: null }],
  },
  'items:delete': { good: [{ id: 'a1' }], bad: [{ id: 1 }, { id: 'a'.repeat(201) }, {}] },
  'items:undoDelete': { good: [{ id: 'a1' }], bad: [undefined, { id: null }] },
  'outbox:settleStranded': {
    good: [{ choice: 'send' }, { choice: 'discard' }],
    bad: [undefined, { choice: 'keep' }, { choice: 'send', extra: 1 }],
  },
  'settings:update': {
    good: [
      {},
      { reminderLeadMinutes: 15 },
      { apiBaseUrl: 'https://api.omi.me', launchAtLogin: true, quickEditShortcut: 'Alt+Shift+O' },
    ],
    bad: [
      { reminderLeadMinutes: 7 },
      { apiBaseUrl: 'file:///etc/passwd' },
      { quickEditShortcut: '' },
      { theme: 'dark' },
      undefined,
    ],
  },
  'reminders:snooze': { good: [{ id: 'a1', until: DUE }], bad: [{ id: 'a1', until: 'tomorrow' }, { id: 'a1' }] },
  'reminders:pause': { good: [{ until: DUE }, { until: null }], bad: [{}, { until: 12 }] },
  'popover:hide': { good: [undefined], bad: [{ now: 1 }] },
  'app:showLogFolder': { good: [undefined], bad: [{ path: '/etc' }, '/etc', null] },
  'conversations:get': {
    good: [{ id: 'conv-1' }],
    bad: [undefined, { id: '' }, { id: 'x'.repeat(501) }, { id: 'c', extra: 1 }, { id: 7 }],
  },
  'suggestions:add': {
    good: [{ key: 'conv-1\u0000send the deck' }],
    bad: [undefined, { key: '' }, { key: 'x'.repeat(5001) }, { key: 'k', extra: 1 }],
  },
  'suggestions:addAll': {
    good: [{ conversationId: 'conv-1' }],
    bad: [undefined, { conversationId: '' }, { conversationId: '../x' }],
  },
  'suggestions:undoAdd': {
    good: [{ ids: ['local-1', 'item-2'] }],
    bad: [undefined, { ids: [] }, { ids: [''] }, { ids: Array.from({ length: 101 }, (_, i) => `i${i}`) }],
  },
  'suggestions:dismiss': { good: [{ key: 'conv-1\u0000call ana' }], bad: [undefined, { key: 7 }, { key: '' }] },
  'suggestions:showAll': {
    good: [{ all: true }, { all: false }],
    bad: [undefined, { all: 'yes' }, { all: true, more: 1 }],
  },
  'dates:readDue': {
    good: [
      { text: 'tomorrow 5pm', now: DUE, timeZone: 'Europe/Berlin' },
      { text: '', now: DUE, timeZone: 'UTC' },
    ],
    bad: [
      undefined,
      { text: 'x'.repeat(201), now: DUE, timeZone: 'UTC' },
      { text: 'fri', now: 'now', timeZone: 'UTC' },
      { text: 'fri', now: DUE, timeZone: '' },
      { text: 'fri', now: DUE, timeZone: 'UTC', extra: 1 },
      { text: 5, now: DUE, timeZone: 'UTC' },
    ],
  },
  'dates:readTitle': {
    good: [
      { text: 'call Ana tomorrow 5pm', now: DUE, timeZone: 'UTC' },
      { text: 'x'.repeat(1200), now: DUE, timeZone: 'UTC' },
    ],
    bad: [{ text: 'x'.repeat(1201), now: DUE, timeZone: 'UTC' }, { text: 'call', now: DUE }, null],
  },
  'looks:dismiss': { good: [undefined], bad: [{ all: true }, null] },
  'looks:restore': { good: [{ id: 'a1' }], bad: [undefined, { id: '' }, { id: 'a1', dueAt: null }, { id: 3 }] },
};

describe('IPC arguments', () => {
  it('cover every channel of the contract', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(invokeChannels).sort());
  });

  for (const [channel, { good, bad }] of Object.entries(cases)) {
    it.each(good.map((args) => [JSON.stringify(args) ?? 'undefined', args]))(
      `${channel} accepts %s`,
      (_label, args) => {
        const parsed = parseInvokeArgs(channel, args);
        expect(parsed).toEqual({ ok: true, value: { channel, args } });
      },
    );
    it.each(bad.map((args) => [JSON.stringify(args)?.slice(0, 60) ?? 'undefined', args]))(
      `${channel} refuses %s in words`,
      (_label, args) => {
        const parsed = parseInvokeArgs(channel, args);
        expect(parsed.ok).toBe(false);
        expect(!parsed.ok && parsed.error).toMatchObject({
          kind: 'invalid_input',
          message: expect.stringContaining(`The request "${channel}" was refused: `),
        });
      },
    );
  }

  it('refuses an unknown channel by name', () => {
    const parsed = parseInvokeArgs('items:wipeAll', undefined);
    expect(!parsed.ok && parsed.error.message).toBe('Omi Tray has no request called "items:wipeAll".');
  });

  it('refuses a request without a channel name', () => {
    expect(!parseInvokeArgs(42, undefined).ok && parseInvokeArgs(42, undefined)).toMatchObject({
      error: { message: 'The request names no channel.' },
    });
  });

  it('never repeats the refused value in its message', () => {
    const secret = `omi_dev_${'s'.repeat(600)}`;
    const parsed = parseInvokeArgs('auth:connect', { apiKey: secret });
    expect(!parsed.ok && parsed.error.message).not.toContain('sss');
  });
});
