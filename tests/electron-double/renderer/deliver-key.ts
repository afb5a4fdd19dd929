/**
 * The name of the symbol under which the preload host takes webContents.send's pushes in its
 * isolated world (./preload-host.ts), and under which the harness hands them there
 * (tests/harness/preload-delivery.ts). Only scripts of that world see it.
 */
export const DELIVER_IN_PRELOAD = 'electron-double:deliver-in-preload';
