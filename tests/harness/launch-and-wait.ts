/**
 * A test-side process that launches the app in the electron-double shell, prints the app's process
 * id once its page has loaded, and then waits to be killed: the orphan-process spec kills it as an
 * interrupted run would (SIGKILL, no close()) and checks that the app does not outlive it.
 * Run as `node --import tsx tests/harness/launch-and-wait.ts` (one process, so the kill reaches the harness itself).
 */
import { launchApp } from './index';

async function main(): Promise<void> {
  const app = await launchApp({ shell: 'electron-double' });
  await app.showPopover();
  process.stdout.write(`app-pid ${(app as unknown as { pid: number }).pid}\n`);
  // Keep the app busy talking to this process until the kill: pushes, questions, answers.
  setInterval(() => void app.popoverVisible().catch(() => undefined), 50);
}

void main().catch((error: unknown) => {
  process.stderr.write(`launch-and-wait: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
