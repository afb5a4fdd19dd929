import { describe, expect, it } from 'vitest';
import { dispatchInvoke, INTERNAL_ERROR, type DispatchDeps } from '../../../../electron/core/ipc/dispatch-invoke';
import type { SenderFacts, TrustedSender } from '../../../../electron/core/ipc/sender-policy';
import { createLogger } from '../../../../electron/core/logging/logger';
import { invokeChannels, type InvokeChannel, type InvokeHandlers } from '../../../../electron/shared/ipc-contract';

const popover: TrustedSender = { windowId: 2, rendererUrl: 'file:///opt/omi/out/renderer/index.html' };
const fromPopover: SenderFacts = { frameUrl: popover.rendererUrl, isMainFrame: true, windowId: 2 };

/** Handlers that record what reached them; `connect` answers as core does, `delete` throws like a bug. */
function setUp() {
  const reached: { channel: InvokeChannel; args: unknown }[] = [];
  const lines: string[] = [];
  const handlers = Object.fromEntries(
    (Object.keys(invokeChannels) as InvokeChannel[]).map((channel) => [
      channel,
      async (args: unknown) => {
        reached.push({ channel, args });
        if (channel === 'items:delete') throw new Error('disk on fire at /home/ana');
        return { ok: true, value: { readOnly: false } };
      },
    ]),
  ) as unknown as InvokeHandlers;
  const deps: DispatchDeps = {
    handlers,
    trustedSender: () => popover,
    logger: createLogger({ sink: (line) => lines.push(line) }),
  };
  return { deps, reached, lines };
}

describe('dispatchInvoke, the one IPC path', () => {
  it('calls the channel handler with the validated argument for the popover', async () => {
    const { deps, reached } = setUp();
    const answer = await dispatchInvoke(
      { channel: 'auth:connect', raw: { apiKey: 'omi_dev_x' }, sender: fromPopover },
      deps,
    );
    expect(answer).toEqual({ ok: true, value: { readOnly: false } });
    expect(reached).toEqual([{ channel: 'auth:connect', args: { apiKey: 'omi_dev_x' } }]);
  });

  it.each([
    ['a subframe', { ...fromPopover, isMainFrame: false }, 'the message came from a subframe'],
    ['another window', { ...fromPopover, windowId: 9 }, 'the message came from another window'],
    [
      'another page',
      { ...fromPopover, frameUrl: 'https://example.com/' },
      'the sending page is not the Omi Tray popover',
    ],
    ['a frame that is gone', { ...fromPopover, frameUrl: null }, 'the sending frame no longer exists'],
  ])('refuses %s in words before looking at the argument, and logs why', async (_name, sender, reason) => {
    const { deps, reached, lines } = setUp();
    const answer = await dispatchInvoke({ channel: 'auth:connect', raw: { apiKey: 'omi_dev_x' }, sender }, deps);
    expect(answer).toEqual({
      ok: false,
      error: { kind: 'invalid_input', message: `Omi Tray refused a request from a page it does not trust: ${reason}.` },
    });
    expect(reached).toEqual([]);
    expect(lines.join('\n')).toContain(reason);
  });

  it('refuses an unknown channel and a bad argument in words, without calling anything', async () => {
    const { deps, reached } = setUp();
    const unknown = await dispatchInvoke({ channel: 'fs:readFile', raw: '/etc/passwd', sender: fromPopover }, deps);
    expect(unknown).toEqual({
      ok: false,
      error: { kind: 'invalid_input', message: 'Omi Tray has no request called "fs:readFile".' },
    });
    const bad = await dispatchInvoke({ channel: 'auth:connect', raw: { apiKey: 7 }, sender: fromPopover }, deps);
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(JSON.stringify(bad)).toContain('apiKey');
    expect(reached).toEqual([]);
  });

  it('turns a handler that throws into words for the page and the detail for the log', async () => {
    const { deps, lines } = setUp();
    const call = dispatchInvoke({ channel: 'items:delete', raw: { id: 'a1' }, sender: fromPopover }, deps);
    await expect(call).rejects.toThrow(INTERNAL_ERROR);
    await call.catch((error: unknown) => expect(String(error)).not.toContain('disk on fire'));
    expect(lines.join('\n')).toContain('disk on fire');
  });

  it('reads the trusted popover at call time (a re-created window has a new id)', async () => {
    const { deps, reached } = setUp();
    let current = popover;
    const later: DispatchDeps = { ...deps, trustedSender: () => current };
    current = { ...popover, windowId: 5 };
    const answer = await dispatchInvoke({ channel: 'items:refresh', raw: undefined, sender: fromPopover }, later);
    expect(answer).toMatchObject({ ok: false });
    expect(reached).toEqual([]);
  });
});
