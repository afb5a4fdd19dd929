import { describe, expect, it } from 'vitest';
import { checkAccelerator } from '../../../electron/shared/accelerator';
import { parseInvokeArgs } from '../../../electron/core/ipc/parse-invoke-args';
import { DEFAULT_QUICK_EDIT_SHORTCUT } from '../../../electron/shared/settings';

describe('the quick edit shortcut', () => {
  it.each([DEFAULT_QUICK_EDIT_SHORTCUT, 'Alt+Shift+O', 'CommandOrControl+Alt+O', 'Ctrl+Shift+K', 'Super+F9', 'CmdOrCtrl+Shift+Plus', 'Ctrl+Alt+num5', 'Control+Shift+/'])(
    'accepts %s',
    (accelerator) => {
      expect(checkAccelerator(accelerator)).toEqual({ ok: true, accelerator });
    },
  );

  it.each([
    'CommandOrControl+C', 'Ctrl+V', 'Cmd+X', 'CmdOrCtrl+Z', 'Control+A', 'Command+Q', 'Ctrl+W', 'Ctrl+Tab', 'Cmd+Tab',
    'Alt+Tab', 'Alt+Shift+Tab', 'Alt+F4', 'Cmd+Space', 'Ctrl+Space', 'Alt+Space', 'ctrl+shift+z', 'Ctrl+Alt+Delete', 'Cmd+Shift+4',
  ])('refuses the system chord %s in words', (accelerator) => {
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
    if (!refused.ok) expect(refused.error.message).toMatch(/quickEditShortcut: The shortcut "CommandOrControl\+C" is taken/);
  });
});
