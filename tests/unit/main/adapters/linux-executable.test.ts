/** APPIMAGE is believed only when the running executable is inside APPDIR, as in a real AppImage run. */
import { describe, expect, it } from 'vitest';
import { autostartExecutable } from '../../../../electron/main/adapters/linux-executable';

const EXEC = '/tmp/.mount_OmiTraXYZ/omi-tray';

describe('the executable a Linux autostart entry starts', () => {
  it('is the .AppImage file when the running executable is inside APPDIR', () => {
    expect(
      autostartExecutable({ APPIMAGE: '/home/ana/Apps/Omi Tray.AppImage', APPDIR: '/tmp/.mount_OmiTraXYZ' }, EXEC),
    ).toBe('/home/ana/Apps/Omi Tray.AppImage');
  });

  it.each([
    ['APPIMAGE without APPDIR', { APPIMAGE: '/home/ana/evil.sh' }],
    ['an APPDIR the executable is not in', { APPIMAGE: '/home/ana/evil.sh', APPDIR: '/tmp/.mount_Other' }],
    ['an APPDIR that only shares a prefix', { APPIMAGE: '/home/ana/evil.sh', APPDIR: '/tmp/.mount_OmiTra' }],
    ['an APPDIR that climbs out', { APPIMAGE: '/home/ana/evil.sh', APPDIR: '/tmp/.mount_OmiTraXYZ/../elsewhere' }],
    ['relative paths', { APPIMAGE: 'evil.sh', APPDIR: 'tmp' }],
    ['nothing set', {}],
  ])('is the running executable with %s', (_case, env) => {
    expect(autostartExecutable(env, EXEC)).toBe(EXEC);
  });
});
