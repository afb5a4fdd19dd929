/**
 * The save line: what waits and why, each on a line of its own; its answer to "Send N changes made
 * before you changed keys?" is two buttons with clear names.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SaveStatus from '../../../../src/notices/SaveStatus.svelte';

describe('SaveStatus', () => {
  it('says what waits and why as two lines, with Retry where it can help', () => {
    render(SaveStatus, {
      props: {
        line: {
          words: '3 changes waiting to sync.',
          why: "Omi can't be reached; trying again at 10:05.",
          canRetry: true,
        },
        onRetry: vi.fn(),
      },
    });
    const count = screen.getByText('3 changes waiting to sync.');
    const why = screen.getByText("Omi can't be reached; trying again at 10:05.");
    expect(count.tagName).toBe('P');
    expect(why.tagName).toBe('P');
    expect(count.nextElementSibling).toBe(why);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('offers Send and Discard for changes made before a key change, described by the question', async () => {
    const onStranded = vi.fn();
    render(SaveStatus, {
      props: {
        line: { words: 'Send 3 changes made before you changed keys?', canRetry: false, stranded: { canSend: true } },
        onRetry: vi.fn(),
        onStranded,
      },
    });
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send.getAttribute('aria-describedby')).toBe('save-status-words');
    expect(screen.getByText('Send 3 changes made before you changed keys?').id).toBe('save-status-words');
    await fireEvent.click(send);
    await fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onStranded.mock.calls).toEqual([['send'], ['discard']]);
  });

  it('offers only Discard for changes made for another server', () => {
    render(SaveStatus, {
      props: {
        line: {
          words: '1 change made for another Omi server waits until Omi Tray uses that server again.',
          canRetry: false,
          stranded: { canSend: false },
        },
        onRetry: vi.fn(),
      },
    });
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Discard' })).toBeTruthy();
  });
});
