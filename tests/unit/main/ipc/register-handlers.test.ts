/**
 * Every IPC channel is answered, and only for the popover's own page: the main frame of the popover
 * window showing our renderer. A subframe, another window, or a frame that is gone is refused
 * before any handler runs.
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { InvokeHandlers } from '../../../../electron/shared/ipc-contract';
import { invokeChannels } from '../../../../electron/shared/ipc-contract';
import { registerHandlers } from '../../../../electron/main/ipc/register-handlers';
import { BrowserWindowDouble } from '../../../electron-double/main/browser-window';
import { ipcMain } from '../../../electron-double/main/ipc-main';
import { pageHost } from '../support/page-host';
import { recordingLogger } from '../../../doubles/recording-logger';

vi.mock('electron', async () => (await import('../../../electron-double/electron-main')).electronMain);

const PAGE = 'app://omi-tray/index.html';
pageHost();
const popover = new BrowserWindowDouble({ show: false });
const other = new BrowserWindowDouble({ show: false });

const called: string[] = [];
const handlers = Object.fromEntries(
  Object.keys(invokeChannels).map((channel) => [
    channel,
    async (args: unknown) => {
      called.push(`${channel} ${JSON.stringify(args) ?? ''}`);
      return null;
    },
  ]),
) as unknown as InvokeHandlers;
const { logger, lines } = recordingLogger();
registerHandlers({ handlers, trustedSender: () => ({ windowId: popover.id, rendererUrl: PAGE }), logger });

/** An invoke as Electron hands it to the handler: the sending webContents and frame. */
function invoke(
  channel: string,
  args: unknown[],
  from: { window: BrowserWindowDouble; frame: { url: string; parent: object | null } | null },
) {
  const event = {
    sender: from.window.webContents as unknown as WebContents,
    senderFrame: from.frame,
    frameId: 1,
    processId: 1,
  } as unknown as IpcMainInvokeEvent;
  return ipcMain.invoke(event, channel, args);
}

const mainFrame = { url: PAGE, parent: null };

describe('the IPC handlers', () => {
  it('answer every channel of the contract for the popover page', async () => {
    await invoke('items:delete', [{ id: 'item-1' }], { window: popover, frame: mainFrame });
    await invoke('popover:hide', [], { window: popover, frame: mainFrame });
    expect(called).toEqual(['items:delete {"id":"item-1"}', 'popover:hide ']);
    const unanswered: string[] = [];
    for (const channel of Object.keys(invokeChannels)) {
      // Without arguments most channels answer "invalid arguments"; a channel with no handler rejects.
      await invoke(channel, [], { window: popover, frame: mainFrame }).catch(() => unanswered.push(channel));
    }
    expect(unanswered).toEqual([]);
  });

  it.each([
    [
      'a subframe of the popover',
      () => ({ window: popover, frame: { url: PAGE, parent: mainFrame } }),
      'the message came from a subframe',
    ],
    ['another window', () => ({ window: other, frame: mainFrame }), 'the message came from another window'],
    ['a frame that is gone', () => ({ window: popover, frame: null }), 'the sending frame no longer exists'],
    [
      'a page the popover navigated to',
      () => ({ window: popover, frame: { url: 'https://evil.example/', parent: null } }),
      'the sending page is not the Omi Tray popover',
    ],
  ])('refuse %s', async (_name, from, reason) => {
    called.length = 0;
    lines.length = 0;
    const answer = await invoke('items:delete', [{ id: 'item-1' }], from());
    expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(called).toEqual([]);
    expect(lines).toEqual([
      { level: 'warn', message: 'An IPC call was refused', context: { channel: 'items:delete', reason } },
    ]);
  });

  it('refuse a window that has been closed', async () => {
    called.length = 0;
    const closed = new BrowserWindowDouble({ show: false });
    closed.destroy();
    expect(await invoke('popover:hide', [], { window: closed, frame: mainFrame })).toMatchObject({ ok: false });
    expect(called).toEqual([]);
  });
});
