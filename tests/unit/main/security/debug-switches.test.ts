/** An installed app refuses Chromium's and Node's debugging switches by name, with words. */
import { describe, expect, it } from 'vitest';
import { debuggingSwitch, debuggingSwitchWords } from '../../../../electron/main/security/debug-switches';

describe('debugging switches', () => {
  it.each([
    ['--remote-debugging-port=9222', '--remote-debugging-port'],
    ['--remote-debugging-pipe', '--remote-debugging-pipe'],
    ['--inspect', '--inspect'],
    ['--inspect=0.0.0.0:9229', '--inspect'],
    ['--inspect-brk', '--inspect-brk'],
    ['--inspect-port=1', '--inspect-port'],
    ['--remote-allow-origins=*', '--remote-allow-origins'],
    ['--js-flags=--allow-natives-syntax', '--js-flags'],
  ])('finds %s', (arg, found) => {
    expect(debuggingSwitch(['/opt/Omi Tray/omi-tray', '--quick-edit', arg])).toBe(found);
  });

  it('finds none in an ordinary start, nor in look-alikes', () => {
    expect(
      debuggingSwitch([
        '/opt/Omi Tray/omi-tray',
        '--quick-edit',
        '--inspector-gadget',
        'remote-debugging-port',
        '--js-flagship',
      ]),
    ).toBeNull();
  });

  it('says why in one sentence', () => {
    expect(debuggingSwitchWords('--inspect')).toBe(
      'Omi Tray does not start with --inspect: other apps could control it.',
    );
  });

  it.each(['--remote-debugging-address', '--inspect-publish-uid', '--remote-allow-origins'])(
    'keeps the sentence for %s within 90 characters',
    (found) => {
      expect(debuggingSwitchWords(found).length).toBeLessThanOrEqual(90);
    },
  );
});
