/**
 * Stands in for the e2e harness inside a unit test's own process, so main-process modules can run
 * against the Electron double without Chromium: the double asks it to create, load, reload and send
 * to pages, and it keeps what was asked per window. A load can be refused (a missing page).
 */
import { Link, type Port } from '../../../electron-double/link';
import { standInForHarness } from '../../../electron-double/main/harness-link';

interface Push {
  channel: string;
  payload: unknown;
}

export interface PageHost {
  /** The URLs each window was asked to load, in order. */
  loads(windowId: number): string[];
  /** What reached each window's page, in order (pushes sent before the page loaded are not here until it has). */
  pushes(windowId: number): Push[];
  reloads(windowId: number): number;
  /** The next load fails with `reason`, as a missing page does. */
  refuseNextLoad(reason: string): void;
}

/** Two ends of an in-memory channel that clones every message, as Node's fork channel does. */
function portPair(): [Port, Port] {
  const listeners: [((message: unknown) => void)[], ((message: unknown) => void)[]] = [[], []];
  const end = (mine: 0 | 1): Port => ({
    send: (message) => {
      const copy = structuredClone(message);
      queueMicrotask(() => listeners[mine === 0 ? 1 : 0].forEach((listener) => listener(copy)));
    },
    onMessage: (listener) => listeners[mine].push(listener),
  });
  return [end(0), end(1)];
}

let host: PageHost | null = null;

/** The one stand-in of this test file's process (the double's link is made once). */
export function pageHost(): PageHost {
  if (host) return host;
  const [appEnd, harnessEnd] = portPair();
  standInForHarness(appEnd);
  const link = new Link(harnessEnd);
  const loads = new Map<number, string[]>();
  const pushes = new Map<number, Push[]>();
  const reloads = new Map<number, number>();
  let refusal: string | null = null;
  const listOf = <T>(map: Map<number, T[]>, id: number): T[] => map.get(id) ?? map.set(id, []).get(id)!;

  link.answer('window:create', () => undefined);
  link.answer('window:load', (id: number, url: string) => {
    listOf(loads, id).push(url);
    const refused = refusal;
    refusal = null;
    if (refused !== null) throw new Error(refused);
  });
  link.answer('window:reload', (id: number) => {
    reloads.set(id, (reloads.get(id) ?? 0) + 1);
  });
  // The double sends a push as its JSON text (null when it was not plain JSON data).
  link.answer('window:send', (id: number, channel: string, text: string | null) => {
    if (text === null) throw new Error(`webContents.send('${channel}') carried more than plain JSON data`);
    listOf(pushes, id).push({ channel, payload: (JSON.parse(text) as unknown[])[0] });
  });
  link.answer('window:destroy', () => undefined);

  host = {
    loads: (id) => [...listOf(loads, id)],
    pushes: (id) => [...listOf(pushes, id)],
    reloads: (id) => reloads.get(id) ?? 0,
    refuseNextLoad: (reason) => {
      refusal = reason;
    },
  };
  return host;
}

/** Lets every message between the double and the stand-in arrive (they travel as microtasks). */
export function settled(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
