import { describe, expect, it } from 'vitest';
import { buildAsShipped, type RunCommand } from '../../../scripts/bench/build-as-shipped';

describe('the build the figures measure', () => {
  it('is made afresh, as it ships: no source maps and no smoke-test build, whatever the shell says', () => {
    const runs: { command: string; env: NodeJS.ProcessEnv }[] = [];
    const run: RunCommand = (command, options) => runs.push({ command, env: options.env });
    buildAsShipped(run, { PATH: '/bin', OMI_TRAY_BUILD_SOURCEMAPS: '1', OMI_TRAY_SMOKE_BUILD: '1' });
    expect(runs).toHaveLength(1);
    expect(runs[0]?.command).toBe('npx electron-vite build');
    expect(runs[0]?.env).toMatchObject({ PATH: '/bin', OMI_TRAY_BUILD_SOURCEMAPS: '0', OMI_TRAY_SMOKE_BUILD: '0' });
  });
});
