/**
 * `npm run demo`: Omi Tray against a built-in sample server with realistic items, no account needed.
 * Starts the sample server on loopback, then the app with OMI_API_BASE_URL and OMI_API_KEY pointing at it.
 */
import { spawn } from 'node:child_process';
import { demoDataDir } from './demo-data-dir';
import { DEMO_KEY, startDemoServer } from './demo-server';

async function main(): Promise<void> {
  const server = await startDemoServer(Number(process.env.OMI_DEMO_PORT ?? 0));
  console.log(`Sample Omi server with ${server.items().length} items at ${server.url}`);
  // A data folder of its own, so the demo never mixes with a real account's outbox.
  const dataDir = await demoDataDir(process.env);
  const app = spawn(process.execPath, ['scripts/start.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, OMI_API_BASE_URL: server.url, OMI_API_KEY: DEMO_KEY, OMI_TRAY_DATA_DIR: dataDir },
  });
  app.on('exit', (code) => {
    void server.close().then(() => process.exit(code ?? 0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
