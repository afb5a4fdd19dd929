/** The popover's notices write their times in the snapshot's zone, which may not be the page's own. */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { SyncState } from '../../../../electron/shared/app-state';
import Notices from '../../../../src/notices/Notices.svelte';

// Friday 4 December 2026, 23:30 UTC: Saturday 00:30 in Berlin.
const NOW = Date.parse('2026-12-04T23:30:00Z');

function showNotices(props: { sync?: SyncState; remindersPausedUntil?: string | null; timeZone: string }) {
  render(Notices, {
    props: {
      alert: null,
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
  it('says as of when the offline list was read, in the snapshot\'s zone', () => {
    const sync: SyncState = { status: 'error', at: '2026-12-04T21:15:00Z', error: { kind: 'offline', message: 'You are offline.' } };
    showNotices({ sync, timeZone: 'Asia/Tokyo' });
    expect(screen.getByText("You're offline. Showing the list as of 06:15.")).toBeTruthy();
  });

  it('says until when reminders are paused, naming the day when it is not today in that zone', () => {
    showNotices({ remindersPausedUntil: '2026-12-05T08:00:00Z', timeZone: 'Europe/Berlin' });
    expect(screen.getByText('Reminders are paused until 09:00.')).toBeTruthy();
  });

  it('says tomorrow for a pause that ends on the next day in the snapshot\'s zone', () => {
    showNotices({ remindersPausedUntil: '2026-12-05T08:00:00Z', timeZone: 'America/New_York' });
    expect(screen.getByText('Reminders are paused until tomorrow 03:00.')).toBeTruthy();
  });
});
