/** Sign out asks first, in plain words; Cancel and Escape keep everything; a failure is said and the question stays. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../../electron/shared/app-error';
import SignOutConfirm from '../../../../src/settings/SignOutConfirm.svelte';

function ask(answer: Result<null> = { ok: true, value: null }) {
  const onSignOut = vi.fn(async () => answer);
  const onClose = vi.fn();
  render(SignOutConfirm, { props: { onSignOut, onClose } });
  return { onSignOut, onClose, dialog: screen.getByRole('alertdialog', { name: 'Sign out of Omi?' }) };
}

describe('SignOutConfirm', () => {
  it('says that the key leaves this computer and a new one is made in the Omi app', () => {
    const { dialog } = ask();
    expect(dialog.textContent).toContain('Your Omi developer key will be removed from this computer.');
    expect(dialog.textContent).toContain('make a new key in the Omi app');
    expect(dialog.getAttribute('aria-describedby')).toBe('sign-out-words');
  });

  it('Cancel keeps everything', async () => {
    const { onSignOut, onClose } = ask();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onSignOut).not.toHaveBeenCalled();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('Sign out signs out, then closes', async () => {
    const { onSignOut, onClose } = ask();
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
  });

  it('says why when signing out fails, and stays', async () => {
    const { onClose } = ask({
      ok: false,
      error: { kind: 'invalid_input', message: 'The keychain could not be reached.' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('The keychain could not be reached.')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });
});
