/** The app's process's end of the link to the harness that forked it (see ../link.ts). */
import { Link, type Port } from '../link';

let link: Link | null = null;

const HARNESS_GONE = 'The test harness that started this process is gone';
const goneListeners: (() => void)[] = [];

/**
 * The link to the harness. When the harness goes (its process ended, killed or not), the channel
 * disconnects: every question fails at once from then on (none waits for an answer that cannot
 * come), and whoever asked with onHarnessGone is told. A message that cannot go is dropped: Node
 * would otherwise raise it as an uncaught 'error' on process.
 */
export function harness(): Link {
  if (link) return link;
  const send = process.send?.bind(process);
  if (!send) throw new Error('The Electron double runs only in a process the test harness forked (no IPC channel).');
  const opened = new Link({
    send: (message) => {
      if (process.connected) send(message, undefined, undefined, () => undefined);
    },
    onMessage: (listener) => process.on('message', listener),
  });
  process.once('disconnect', () => {
    opened.close(HARNESS_GONE);
    for (const listener of goneListeners.splice(0)) listener();
  });
  link = opened;
  return opened;
}

/** Called once if the harness goes away while this process runs. */
export function onHarnessGone(listener: () => void): void {
  goneListeners.push(listener);
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
  /** The process's time is the harness's to move on (tests/harness/shifted-globals.ts). */
  controlledClock: boolean;
  /** app.getLocale() and app.getSystemLocale(): the system's locale, e.g. en-US. */
  locale: string;
}

/** A spec that names no locale sees a system set to British English: the 24-hour clock, day before month. */
const DEFAULT_LOCALE = 'en-GB';

export function launchFacts(): DoubleLaunch {
  const raw = process.env.OMI_TRAY_DOUBLE;
  if (!raw) return { takenShortcuts: [], packaged: false, controlledClock: false, locale: DEFAULT_LOCALE };
  const parsed = JSON.parse(raw) as Partial<DoubleLaunch>;
  return {
    takenShortcuts: Array.isArray(parsed.takenShortcuts) ? parsed.takenShortcuts.map(String) : [],
    packaged: parsed.packaged === true,
    controlledClock: parsed.controlledClock === true,
    locale: typeof parsed.locale === 'string' && parsed.locale !== '' ? parsed.locale : DEFAULT_LOCALE,
  };
}
