/**
 * Before any figure, the app is built as it ships, from the code as it is now: every figure then
 * measures today's code, never a build left in out/ by an earlier edit, and never a coverage build
 * (whose source-map comments the popover's size would count) or the packaged smoke test's build.
 */
import { execSync } from 'node:child_process';

export type RunCommand = (command: string, options: { env: NodeJS.ProcessEnv; stdio: ['ignore', 2, 2] }) => unknown;

export function buildAsShipped(run: RunCommand = execSync, env: NodeJS.ProcessEnv = process.env): void {
  run('npx electron-vite build', {
    env: { ...env, OMI_TRAY_BUILD_SOURCEMAPS: '0', OMI_TRAY_SMOKE_BUILD: '0' },
    stdio: ['ignore', 2, 2],
  });
}
