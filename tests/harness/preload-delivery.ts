/**
 * webContents.send's way into the page: the push's JSON text is evaluated in the preload's isolated
 * world of the main frame's current document, where Electron deserialises a message too, and handed
 * to the preload host's listeners (tests/electron-double/renderer/preload-host.ts). The page's own
 * scripts cannot reach that world. Over the debugging protocol, the text goes once, as a string
 * that JSON.parse reads there (an object literal would treat a "__proto__" key otherwise).
 */
import type { CDPSession } from '@playwright/test';
import { DELIVER_IN_PRELOAD } from '../electron-double/renderer/deliver-key';

/** Delivers `channel` with the arguments `argsJson` (a JSON array); resolves once the listeners ran. */
export type PreloadDelivery = (channel: string, argsJson: string) => Promise<void>;

interface ContextCreated {
  context: { id: number; name: string; auxData?: { frameId?: string } };
}

/** Follows the world's context through loads and reloads; a push while none exists is lost, as in Electron. */
export async function preloadDelivery(cdp: CDPSession, worldName: string): Promise<PreloadDelivery> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const mainFrame = frameTree.frame.id;
  let contextId: number | null = null;
  cdp.on('Runtime.executionContextCreated', ({ context }: ContextCreated) => {
    if (context.name === worldName && context.auxData?.frameId === mainFrame) contextId = context.id;
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) => {
    if (executionContextId === contextId) contextId = null;
  });
  cdp.on('Runtime.executionContextsCleared', () => {
    contextId = null;
  });
  await cdp.send('Runtime.enable');
  return async (channel, argsJson) => {
    if (contextId === null) return;
    const call = `globalThis[Symbol.for(${JSON.stringify(DELIVER_IN_PRELOAD)})]?.(${JSON.stringify(channel)}, JSON.parse(${JSON.stringify(argsJson)}))`;
    const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: call, contextId });
    if (exceptionDetails) throw new Error(`The push on ${channel} failed in the page: ${exceptionDetails.text}`);
  };
}
