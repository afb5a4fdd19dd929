/** The app's process's end of the link to the harness that forked it (see ../link.ts). */
import { Link, type Port } from '../link';

let link: Link | null = null;

export function harness(): Link {
  if (link) return link;
  const send = process.send?.bind(process);
  if (!send) throw new Error('The Electron double runs only in a process the test harness forked (no IPC channel).');
  link = new Link({ send: (message) => void send(message), onMessage: (listener) => process.on('message', listener) });
  return link;
}

/**
 * A unit test that runs main-process modules against the double in its own process stands in for
 * the harness: what the double asks (create, load, reload a page, send to it) goes to `port`.
 * Called before the first question; a forked app's process never calls it.
 */
export function standInForHarness(port: Port): Link {
  if (link) throw new Error('The double already talks to a harness');
  link = new Link(port);
  return link;
}

/** Launch facts the harness hands the app's process in OMI_TRAY_DOUBLE (JSON), read once. */
export interface DoubleLaunch {
  /** Accelerators another application owns: registering them fails. */
  takenShortcuts: string[];
  /** app.isPackaged: true plays an installed app (resources beside the executable). */
  packaged: boolean;
}

export function launchFacts(): DoubleLaunch {
  const raw = process.env.OMI_TRAY_DOUBLE;
  if (!raw) return { takenShortcuts: [], packaged: false };
  const parsed = JSON.parse(raw) as Partial<DoubleLaunch>;
  return { takenShortcuts: Array.isArray(parsed.takenShortcuts) ? parsed.takenShortcuts.map(String) : [], packaged: parsed.packaged === true };
}
