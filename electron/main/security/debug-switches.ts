/**
 * Chromium and Node debugging switches on an installed app's command line would let another
 * program drive it (DevTools protocol) or run code in it (inspector). The fuses turn the Node
 * inspector switches off in the binary; this refuses all of them by name, in words, before the app
 * does anything. --js-flags too: it hands V8 flags that expose the engine's internals to the page
 * or turn its defences off. Development runs keep them all.
 */
const DEBUG_SWITCH =
  /^--(remote-debugging-port|remote-debugging-pipe|remote-debugging-address|remote-allow-origins|inspect|inspect-brk|inspect-port|inspect-publish-uid|debug|debug-brk|js-flags)(=|$)/;

/** The first debugging switch in `argv`, as typed (up to any `=`); null when there is none. */
export function debuggingSwitch(argv: readonly string[]): string | null {
  for (const arg of argv) {
    const match = DEBUG_SWITCH.exec(arg);
    if (match) return `--${match[1]}`;
  }
  return null;
}

/** Why an installed app will not start with it, in one sentence of at most 90 characters. */
export function debuggingSwitchWords(found: string): string {
  return `Omi Tray does not start with ${found}: other apps could control it.`;
}
