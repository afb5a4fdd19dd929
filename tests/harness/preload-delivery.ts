/**
 * webContents.send's way into the page: the push's JSON text is evaluated in the preload's isolated
 * world of the main frame's current document, where Electron deserialises a message too, and handed
 * to the preload host's listeners (tests/electron-double/renderer/preload-host.ts). The page's own
 * scripts cannot reach that world. Over the debugging protocol, the text goes once, as strings that
 * JSON.parse reads there (an object literal would treat a "__proto__" key otherwise).
 *
 * A long text goes in parts. On a quiet machine one message is quicker (a 72 KB text took 3.8 ms as
 * one message and 16.6 ms as 64 KB parts; 600 KB 51 ms against 70 ms; medians of 9), but the
 * benches share two cores between the app, the harness and Chromium, and there 64 KB parts were
 * quicker for the list's 2,000 items (first screen 98.2, 85.2, 85.1 and 96.1 ms against 117.4,
 * 103.9, 135.2 and 103.5 ms as one message, runs in turns; probably as the browser reads one part
 * while the next is on its way), and as quick for the inbox's 1,000 suggestions (15.3 against 15.1
 * ms from the app's send to the preload's listener, 21 sessions each). Electron's own IPC moves it
 * as one binary message in a fraction of either. Most of the cost is the protocol's: as one
 * message, 72 KB and 300 KB took 4–5 and 31–37 ms over the debugging pipe of a Chromium of its own,
 * with no Playwright between, against 10–12 and 34–40 ms through Playwright's session in the same
 * runs; over a WebSocket to the page, 8.1 and 40.6 ms against 6.9 and 38.7 ms (medians of 11 and 15).
 * A carrier of the double's own could save a few milliseconds on a small push and none on a large
 * one, and Playwright holds the browser's pipe, so its session stays. The parts are put together in
 * that world and read once, after the last one.
 */
import type { CDPSession } from '@playwright/test';
import { DELIVER_IN_PRELOAD } from '../electron-double/renderer/deliver-key';

/** Delivers `channel` with the arguments `argsJson` (a JSON array); resolves once the listeners ran. */
export type PreloadDelivery = (channel: string, argsJson: string) => Promise<void>;

interface ContextCreated {
  context: { id: number; name: string; auxData?: { frameId?: string } };
}

/** The longest text one protocol message carries (in UTF-16 code units, as JavaScript counts). */
export const PART_LENGTH = 64_000;

const deliverIn = `globalThis[Symbol.for(${JSON.stringify(DELIVER_IN_PRELOAD)})]`;
const partsIn = `globalThis[Symbol.for(${JSON.stringify(`${DELIVER_IN_PRELOAD}:parts`)})]`;

/** The expressions that bring `text` into the world as the push numbered `push`, the last one delivering it. */
export function deliveryExpressions(push: number, channel: string, text: string): string[] {
  const deliver = (read: string) => `${deliverIn}?.(${JSON.stringify(channel)}, JSON.parse(${read}))`;
  if (text.length <= PART_LENGTH) return [deliver(JSON.stringify(text))];
  const expressions: string[] = [];
  for (let start = 0, part = 0; start < text.length; start += PART_LENGTH, part++) {
    // A cut inside a surrogate pair is whole again once the parts are joined: JSON.stringify escapes each half.
    const piece = JSON.stringify(text.slice(start, start + PART_LENGTH));
    expressions.push(
      `void (((${partsIn} ??= new Map()).get(${push}) ?? ${partsIn}.set(${push}, []).get(${push}))[${part}] = ${piece})`,
    );
  }
  expressions.push(
    `(() => { const parts = ${partsIn}?.get(${push}); if (!parts) throw new Error('its parts never arrived'); ${partsIn}.delete(${push}); ${deliver("parts.join('')")}; })()`,
  );
  return expressions;
}

/** Follows the world's context through loads and reloads; a push while none exists is lost, as in Electron. */
export async function preloadDelivery(cdp: CDPSession, worldName: string): Promise<PreloadDelivery> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const mainFrame = frameTree.frame.id;
  let contextId: number | null = null;
  let pushes = 0;
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
    const into = contextId;
    // Every part is sent before any answer is awaited: the protocol keeps their order, and they travel together.
    const answers = deliveryExpressions(pushes++, channel, argsJson).map((expression) =>
      cdp.send('Runtime.evaluate', { expression, contextId: into }),
    );
    for (const { exceptionDetails } of await Promise.all(answers))
      if (exceptionDetails) throw new Error(`The push on ${channel} failed in the page: ${exceptionDetails.text}`);
  };
}
