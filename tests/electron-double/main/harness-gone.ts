/**
 * When the harness that started the app's process goes away (a test run interrupted, its worker
 * killed), the app quits the orderly way and, should that not finish within a few seconds, the
 * process ends anyway: nothing is left running for a harness that will never ask again.
 *
 * Why: a process left behind kept running with no one reading its output or answering its
 * questions, each failed send raising another error, until the machine ran out of memory.
 */
import { onHarnessGone } from './harness-link';
import type { Quitter } from './quit-signals';

const HARNESS_GONE_LIMIT_MS = 3_000;

export function quitWhenHarnessGoes(app: Quitter, exit: (code: number) => void = (code) => process.exit(code)): void {
  onHarnessGone(() => {
    // Nobody reads the output any more: a write to the closed pipe fails, and that is not the app's error.
    for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
    setTimeout(() => exit(1), HARNESS_GONE_LIMIT_MS);
    app.quit();
  });
}
