/**
 * ipcMain: one handler per channel, called for the page's ipcRenderer.invoke with an event that
 * carries the sender (webContents) and senderFrame (URL, parent) as the harness observed the
 * calling frame. A rejection reaches the page as Electron words it.
 */
import { EventEmitter } from 'node:events';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';

type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

class IpcMainDouble extends EventEmitter implements Pick<IpcMain, 'handle' | 'handleOnce' | 'removeHandler'> {
  private readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    // Electron refuses a second handler for a channel.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  handleOnce(channel: string, listener: InvokeListener): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return listener(event, ...args);
    });
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  async invoke(event: IpcMainInvokeEvent, channel: string, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler)
      throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    try {
      // Arguments and answers cross processes by structured clone in Electron.
      return structuredClone(await handler(event, ...structuredClone(args)));
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
    }
  }
}

export const ipcMain = new IpcMainDouble();
