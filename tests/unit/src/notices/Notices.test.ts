/**
 * The popover's notices write their times in the snapshot's zone, which may not be the page's own,
 * and keep each message one short sentence, with the detail behind "Details".
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SyncState } from '../../../../electron/shared/app-state';
import Notices from '../../../../src/notices/Notices.svelte';
import type { AlertMessage } from '../../../../src/common/app-store.svelte';

// Friday 4 December 2026, 23:30 UTC: Saturday 00:30 in Berlin.
const NOW = Date.parse('2026-12-04T23:30:00Z');

function showNotices(props: {
  sync?: SyncState;
  remindersPausedUntil?: string | null;
  timeZone: string;
  alert?: AlertMessage;
}) {
  render(Notices, {
    props: {
      alert: props.alert ?? null,
      sync: props.sync ?? { status: 'ok', at: '2026-12-04T23:00:00Z' },
      readOnly: false,
      warnings: [],
      remindersPausedUntil: props.remindersPausedUntil ?? null,
      now: NOW,
      timeZone: props.timeZone,
      onResumeReminders: vi.fn(),
      onDismissAlert: vi.fn(),
      onDismissWarning: vi.fn(),
      onRetry: vi.fn(),
      onUseAnotherKey: vi.fn(),
    },
  });
}

describe('Notices', () => {
  it("says as of when the offline list was read, in the snapshot's zone", () => {
    const sync: SyncState = {
      status: 'error',
      at: '2026-12-04T21:15:00Z',
      error: { kind: 'offline', message: 'You are offline.' },
    };
    showNotices({ sync, timeZone: 'Asia/Tokyo' });
    expect(screen.getByText("You're offline; showing the list as of 06:15.")).toBeTruthy();
  });

  it('says until when reminders are paused, naming the day when it is not today in that zone', () => {
    showNotices({ remindersPausedUntil: '2026-12-05T08:00:00Z', timeZone: 'Europe/Berlin' });
    expect(screen.getByText('Reminders are paused until 09:00.')).toBeTruthy();
  });

  it("says tomorrow for a pause that ends on the next day in the snapshot's zone", () => {
    showNotices({ remindersPausedUntil: '2026-12-05T08:00:00Z', timeZone: 'America/New_York' });
    expect(screen.getByText('Reminders are paused until tomorrow 03:00.')).toBeTruthy();
  });

  it('says a refusal and its reason as two one-sentence lines, the detail only when "Details" is pressed', async () => {
    const detail = 'Value error, Description must not contain links.';
    showNotices({
      timeZone: 'UTC',
      alert: { text: "Couldn't save the change to “Call the plumber”.", why: 'Omi did not accept the change.', detail },
    });
    const alert = screen.getByRole('alert');
    expect([...alert.querySelectorAll('p')].slice(0, 2).map((line) => line.textContent)).toEqual([
      "Couldn't save the change to “Call the plumber”.",
      'Omi did not accept the change.',
    ]);
    const details = screen.getByRole('button', { name: 'Details' });
    expect(details.getAttribute('aria-expanded')).toBe('false');
    expect(alert.textContent).not.toContain(detail);

    await userEvent.click(details);
    expect(details.getAttribute('aria-expanded')).toBe('true');
    const shown = document.getElementById(details.getAttribute('aria-controls') ?? '');
    expect(shown?.textContent).toBe(detail);
    expect(shown?.hidden).toBe(false);

    await userEvent.click(details);
    expect(details.getAttribute('aria-expanded')).toBe('false');
    expect(alert.textContent).not.toContain(detail);
  });

  it('offers no "Details" where there is nothing more to say', () => {
    showNotices({ timeZone: 'UTC', alert: { text: 'Omi did not accept the change.' } });
    expect(screen.queryByRole('button', { name: 'Details' })).toBeNull();
  });

  it('puts what the log knows about a sync problem behind "Details", beside Retry', async () => {
    const sync: SyncState = {
      status: 'error',
      at: '2026-12-04T21:15:00Z',
      error: {
        kind: 'server',
        message: 'The server sent an answer Omi Tray could not read.',
        detail: 'The list came back cut short.',
      },
    };
    showNotices({ sync, timeZone: 'UTC' });
    expect(screen.getByText('The server sent an answer Omi Tray could not read.')).toBeTruthy();
    expect(screen.queryByText('The list came back cut short.')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Details' }));
    expect(screen.getByText('The list came back cut short.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
