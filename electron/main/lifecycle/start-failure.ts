/**
 * A start that fails (a data folder that cannot be made, a keychain module that throws, anything)
 * ends in a message box with words and exit code 1, never in an uncaught exception's crash dialog.
 * dialog.showErrorBox may be called before `ready` (on Linux it then writes to stderr only).
 */
import { app, dialog } from 'electron';

export function startFailureWords(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Omi Tray could not start: ${reason.replace(/\.$/, '')}.`;
}

export function failToStart(error: unknown): void {
  const words = startFailureWords(error);
  console.error(words);
  try {
    dialog.showErrorBox('Omi Tray could not start', words);
  } finally {
    app.exit(1);
  }
}
