/**
 * The one place ipcMain.handle is called: for every channel in the contract, Electron's event is
 * turned into sender facts and handed to core's dispatchInvoke, which decides everything else.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { invokeChannels, type InvokeChannel } from '../../shared/ipc-contract';
import { dispatchInvoke, type DispatchDeps, type SenderFacts } from '../../core';

export function registerHandlers(deps: DispatchDeps): void {
  for (const channel of Object.keys(invokeChannels) as InvokeChannel[]) {
    ipcMain.handle(channel, (event, raw: unknown) =>
      dispatchInvoke({ channel, raw, sender: senderFacts(event) }, deps),
    );
  }
}

function senderFacts(event: IpcMainInvokeEvent): SenderFacts {
  const frame = event.senderFrame;
  return {
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame.parent === null,
    windowId: BrowserWindow.fromWebContents(event.sender)?.id ?? null,
  };
}
