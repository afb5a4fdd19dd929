/** Settings from the user's side: a new lead time is saved, Sign out… asks first, every refusal is said in words. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../../electron/shared/app-error';
import type { Connection } from '../../../../electron/shared/app-state';
import type { AboutApp, LoginItemState } from '../../../../electron/shared/login-item';
import { DEFAULT_SETTINGS, type Settings } from '../../../../electron/shared/settings';
import SettingsDialog from '../../../../src/settings/SettingsDialog.svelte';

const connected: Connection = {
  status: 'connected',
  origin: 'https://api.omi.me',
  readOnly: false,
  keyStorage: 'keychain',
};
const about: AboutApp = {
  version: '1.2.3',
  dataFolder: '/home/ada/.config/Omi Tray',
  logFolder: '/home/ada/.config/Omi Tray/logs',
};
const loginItem: LoginItemState = { enabled: false, canChange: true, problem: null };
const refused = (message: string) => ({ ok: false as const, error: { kind: 'invalid_input' as const, message } });

function showSettings(answers: { update?: Result<Settings>; showLogFolder?: Result<null>; about?: AboutApp } = {}) {
  const onUpdate = vi.fn(
    async (patch: Partial<Settings>) =>
      answers.update ?? { ok: true as const, value: { ...DEFAULT_SETTINGS, ...patch } },
  );
  const onSignOut = vi.fn();
  const onShowLogFolder = vi.fn(async () => answers.showLogFolder ?? { ok: true as const, value: null });
  const onClose = vi.fn();
  render(SettingsDialog, {
    props: {
      settings: DEFAULT_SETTINGS,
      connection: connected,
      loginItem,
      about: answers.about ?? about,
      onShowLogFolder,
      onUpdate,
      onSignOut,
      onClose,
      timeZone: 'Europe/Berlin',
    },
  });
  return { onUpdate, onSignOut, onShowLogFolder, onClose };
}

describe('SettingsDialog', () => {
  it('says when the API address comes from OMI_API_BASE_URL, which overrides the field', () => {
    showSettings({ about: { ...about, apiAddressFromEnvironment: true } });
    expect(screen.getByRole('textbox', { name: 'Server address' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Set by OMI_API_BASE_URL, which overrides this field.')).toBeTruthy();
  });

  it('says "Saved." on a line of its own under the address, the hint kept; a refusal says why instead', async () => {
    const { onUpdate } = showSettings();
    const field = screen.getByRole('textbox', { name: 'Server address', hidden: true });
    await userEvent.clear(field);
    await userEvent.type(field, 'https://omi.example.org');
    field.blur();
    await vi.waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy());
    expect(onUpdate).toHaveBeenCalledWith({ apiBaseUrl: 'https://omi.example.org' });
    const note = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect([...(note?.querySelectorAll('p') ?? [])].map((line) => line.textContent)).toEqual([
      'The Omi server; keys are kept per server.',
      'Saved.',
    ]);
  });

  it('says why an address was refused, and not "Saved."', async () => {
    showSettings({ update: refused('That is not a web address.') });
    const field = screen.getByRole('textbox', { name: 'Server address', hidden: true });
    await userEvent.clear(field);
    await userEvent.type(field, 'omi');
    field.blur();
    await vi.waitFor(() => expect(screen.getByText('That is not a web address.')).toBeTruthy());
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('says nothing of the environment when the address is the saved one', () => {
    showSettings();
    expect(screen.queryByText(/OMI_API_BASE_URL/)).toBeNull();
  });

  it('saves a new reminder lead time', async () => {
    const { onUpdate } = showSettings();
    await userEvent.selectOptions(screen.getByLabelText('Reminder lead time'), '30 minutes before');
    expect(onUpdate).toHaveBeenCalledWith({ reminderLeadMinutes: 30 });
  });

  it('says in words why a lead time was not saved', async () => {
    showSettings({ update: refused('Settings could not be written to disk.') });
    await userEvent.selectOptions(screen.getByLabelText('Reminder lead time'), 'At the due time');
    expect(await screen.findByText('Settings could not be written to disk.')).toBeTruthy();
  });

  it('says in words why launch at login was not changed', async () => {
    const { onUpdate } = showSettings({ update: refused('The login items could not be changed.') });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Launch at login' }));
    expect(onUpdate).toHaveBeenCalledWith({ launchAtLogin: true });
    expect(await screen.findByText('The login items could not be changed.')).toBeTruthy();
  });

  it('says in words why the log folder could not be shown', async () => {
    const { onShowLogFolder } = showSettings({ showLogFolder: refused('The folder could not be opened.') });
    await userEvent.click(screen.getByRole('button', { name: 'Show log folder' }));
    expect(onShowLogFolder).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('The folder could not be opened.')).toBeTruthy();
  });

  it('hands Sign out… over to the question that asks first, and stays open meanwhile', async () => {
    const { onSignOut, onClose } = showSettings();
    expect(screen.getByText('Connected to Omi.')).toBeTruthy();
    expect(screen.getByText('The key is in the system keychain.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Sign out…' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('keeps its settings in four groups, Advanced folded', () => {
    showSettings();
    const groups = screen.getAllByRole('region').map((region) => region.getAttribute('aria-labelledby'));
    expect(groups.map((id) => document.getElementById(id ?? '')?.textContent)).toEqual([
      'Reminders',
      'General',
      'Account',
    ]);
    const advanced = screen.getByText('Advanced').closest('details');
    expect(advanced?.open).toBe(false);
    expect(advanced?.contains(screen.getByRole('textbox', { name: 'Server address', hidden: true }))).toBe(true);
    expect(advanced?.contains(screen.getByRole('button', { name: 'Show log folder', hidden: true }))).toBe(true);
  });

  it('names no file path, only the version', () => {
    showSettings();
    expect(screen.getByText('Omi Tray 1.2.3')).toBeTruthy();
    expect(document.body.textContent).not.toContain('/home/ada');
  });

  it('saves the clock the person picks', async () => {
    const { onUpdate } = showSettings();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Clock' }), '24-hour (17:00)');
    expect(onUpdate).toHaveBeenCalledWith({ clock: '24-hour' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Clock' }), '12-hour (5:00 PM)');
    expect(onUpdate).toHaveBeenCalledWith({ clock: '12-hour' });
  });

  it('closes with the close button', async () => {
    const { onClose } = showSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});
