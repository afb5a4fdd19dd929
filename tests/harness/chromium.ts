/**
 * Debian's Chromium, as Playwright cannot download its own browsers on our build machines: its old
 * headless shell (package chromium-headless-shell, the same Blink and V8 without the browser's UI),
 * as Playwright itself uses for headless runs, else the full browser. The shell took a third less
 * time and CPU per app run than the full browser here (8 launches: 15–16 s against 21–24 s).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The shells that open the app's pages in Chromium, each with the flags its pages need. */
export type ChromiumShell = 'browser' | 'electron-double';

const SHELL_ARGS: Record<ChromiumShell, readonly string[]> = {
  browser: [],
  // The double loads file:// pages the way Electron does.
  'electron-double': ['--allow-file-access-from-files'],
};

function chromiumPath(): string | undefined {
  const configured = process.env.OMI_TRAY_CHROMIUM;
  if (configured) return configured;
  return ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path));
}

export function launchChromium(shell: ChromiumShell = 'browser'): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    args: [...CHROMIUM_ARGS, ...SHELL_ARGS[shell]],
    ...(executablePath ? { executablePath } : {}),
  });
}

/**
 * The browser an app run opens its pages in: the one given (shared by the runs of a test worker,
 * each page in a context of its own), else one of its own that `close` ends.
 */
export async function chromiumFor(
  shell: ChromiumShell,
  shared: Browser | undefined,
): Promise<{ browser: Browser; close(): Promise<void> }> {
  if (shared) return { browser: shared, close: async () => undefined };
  const own = await launchChromium(shell);
  return { browser: own, close: () => own.close() };
}
