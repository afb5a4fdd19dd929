/**
 * The one way IPC handlers are registered: for every channel in the contract, check the sender,
 * validate the argument, then call core's handler. Nothing else calls ipcMain.handle.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { fail, type Result } from '../../shared/app-error';
import { invokeChannels, type InvokeChannel, type InvokeHandlers } from '../../shared/ipc-contract';
import type { Logger } from '../../core/ports';
import { parseInvokeArgs } from '../../core/ipc/parse-invoke-args';
import { checkSender, type SenderFacts, type TrustedSender } from '../../core/ipc/sender-policy';

export interface RegisterHandlersOptions {
  handlers: InvokeHandlers;
  /** The popover window's id and renderer URL, read at call time. */
  trustedSender(): TrustedSender;
  logger: Logger;
}

export function registerHandlers(options: RegisterHandlersOptions): void {
  const { logger } = options;
  for (const channel of Object.keys(invokeChannels) as InvokeChannel[]) {
    ipcMain.handle(channel, async (event, raw: unknown) => {
      const verdict = checkSender(senderFacts(event), options.trustedSender());
      if (!verdict.allowed) {
        logger.warn('An IPC call was refused', { channel, reason: verdict.reason });
        return refused(`Omi Tray refused a request from a page it does not trust: ${verdict.reason}.`);
      }
      const parsed = parseInvokeArgs(channel, raw);
      if (!parsed.ok) {
        logger.warn('An IPC call had invalid arguments', { channel, error: parsed.error.message });
        return parsed;
      }
      // parseInvokeArgs has checked the argument against this channel's schema.
      const handler = options.handlers[parsed.value.channel] as (args: unknown) => Promise<unknown>;
      try {
        return await handler(parsed.value.args);
      } catch (error) {
        // Core answers failures as Result values; a throw here is a bug. The page gets words, the log the detail.
        logger.error('An IPC handler failed', { channel, error: error instanceof Error ? error.message : String(error) });
        throw new Error('Omi Tray could not do that because of an internal error; the log has the details.');
      }
    });
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

function refused(message: string): Result<never> {
  return fail({ kind: 'invalid_input', message });
}
