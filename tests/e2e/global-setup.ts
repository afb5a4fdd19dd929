/** Says once, loudly, when the Electron shell cannot run here. */
import { ELECTRON_MISSING, electronBinaryPath } from '../harness/electron-binary';

export default function globalSetup(): void {
  if (!electronBinaryPath()) {
    const bar = '!'.repeat(100);
    process.stdout.write(`\n${bar}\n${ELECTRON_MISSING}\n${bar}\n\n`);
  }
}
