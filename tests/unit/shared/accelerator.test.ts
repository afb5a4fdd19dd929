import { describe, expect, it } from 'vitest';
import { checkAccelerator } from '../../../electron/shared/accelerator';
import { parseInvokeArgs } from '../../../electron/core/ipc/parse-invoke-args';
import { DEFAULT_QUICK_EDIT_SHORTCUT } from '../../../electron/shared/settings';

describe('the quick edit shortcut', () => {
  it.each([
    DEFAULT_QUICK_EDIT_SHORTCUT,
    'Alt+Shift+O',
    'CommandOrControl+Alt+O',
    'Ctrl+Shift+K',
    'Super+F9',
    'CmdOrCtrl+Shift+Plus',
    'Ctrl+Alt+num5',
    'Control+Shift+/',
  ])('accepts %s', (accelerator) => {
    expect(checkAccelerator(accelerator)).toEqual({ ok: true, accelerator });
  });

  it.each([
    'CommandOrControl+C',
    'Ctrl+V',
    'Cmd+X',
    'CmdOrCtrl+Z',
    'Control+A',
    'Command+Q',
    'Ctrl+W',
    'Ctrl+Tab',
    'Cmd+Tab',
    'Alt+Tab',
    'Alt+Shift+Tab',
    'Alt+F4',
    'Cmd+Space',
    'Ctrl+Space',
    'Alt+Space',
    'ctrl+shift+z',
    'Ctrl+Alt+Delete',
    'Cmd+Shift+4',
  ])('refuses the system chord %s in words', (accelerator) => {
    const checked = checkAccelerator(accelerator);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(/is taken by the system or by every app/);
  });

  // Chords the three systems and everyday apps keep for themselves (issue 22): each must be refused.
  it.each([
    ['Ctrl+Shift+C', 'terminal copy (GNOME Terminal, Konsole, Windows Terminal)'],
    ['Ctrl+Shift+V', 'terminal paste'],
    ['Ctrl+Insert', 'copy on Windows and in most Linux toolkits'],
    ['Cmd+Shift+Q', 'log out on macOS'],
    ['Ctrl+Left', 'word left; Spaces on macOS'],
    ['Ctrl+Right', 'word right; Spaces on macOS'],
    ['Ctrl+Backspace', 'delete the word before'],
    ['Ctrl+PageDown', 'next tab'],
    ['Ctrl+PageUp', 'previous tab'],
    ['Alt+Left', 'back in browsers and file managers'],
    ['Alt+Right', 'forward in browsers and file managers'],
    ['Ctrl+Shift+T', 'reopen the closed tab; new terminal tab'],
    ['CommandOrControl+Shift+N', 'new private window'],
    ['CmdOrCtrl+3', 'jump to tab 3'],
    ['Ctrl+Delete', 'delete the word after'],
    ['Ctrl+Shift+Right', 'select a word'],
    ['Cmd+Backspace', 'delete to line start on macOS'],
    ['Alt+Backspace', 'delete a word on macOS'],
    ['Ctrl+Up', 'Mission Control on macOS'],
    ['Ctrl+Cmd+Q', 'lock the screen on macOS'],
    ['Ctrl+Cmd+Space', 'emoji picker on macOS'],
    ['Cmd+,', 'preferences in every macOS app'],
    ['Super+Left', 'snap the window left (Windows, GNOME)'],
    ['Super+.', 'emoji panel on Windows'],
    ['Super+Shift+S', 'screen snip on Windows'],
    ['Super+L', 'lock on Windows'],
    ['Ctrl+Alt+Right', 'next workspace on Linux desktops'],
    ['Alt+F2', 'run a command (GNOME, KDE)'],
    ['Ctrl+Plus', 'zoom in'],
    ['Ctrl+0', 'reset zoom'],
  ])('refuses %s (%s) in words', (accelerator) => {
    const checked = checkAccelerator(accelerator);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(/is taken by the system or by every app/);
  });

  it.each([
    ['K', /needs Ctrl, Cmd, Alt or Super/],
    ['Shift+K', /needs Ctrl, Cmd, Alt or Super/],
    ['F5', /needs Ctrl, Cmd, Alt or Super/],
    ['', /not a key combination/],
    ['Ctrl+Shift', /does not end in one key/],
    ['Ctrl+Ctrl+K', /names Ctrl twice/],
    ['Hyper+K', /"Hyper" is not a modifier/],
    ['Ctrl+Shift+Space+K', /"Space" is not a modifier/],
    ['Ctrl+KK', /does not end in one key/],
    ['Ctrl+F25', /does not end in one key/],
    ['Ctrl+\u0000', /does not end in one key/],
    ['Ctrl+'.repeat(30) + 'K', /not a key combination/],
  ])('refuses %j in words', (accelerator, reason) => {
    const checked = checkAccelerator(accelerator);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(reason);
  });

  it('is the rule of the settings IPC channel', () => {
    const refused = parseInvokeArgs('settings:update', { quickEditShortcut: 'CommandOrControl+C' });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.message).toMatch(/quickEditShortcut: The shortcut "CommandOrControl\+C" is taken/);
  });
});
