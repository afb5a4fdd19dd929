/** The due-date editor from the user's side: Enter or "Set" saves the date understood, Escape cancels, a past date is a warning. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import DueEditor from '../../../src/components/DueEditor.svelte';

const NOW = '2025-12-02T10:00:00.000Z';

function showEditor(answer: { ok: true; value: null } | { ok: false; error: { kind: 'invalid_input'; message: string } } = { ok: true, value: null }) {
  const onApply = vi.fn(async () => answer);
  const onClose = vi.fn();
  render(DueEditor, { props: { dueAt: null, timeZone: 'UTC', onApply, onClose } });
  return { onApply, onClose, input: screen.getByRole('textbox', { name: 'Due date' }) };
}

/** The moment the editor saved (it writes times with the zone's offset). */
function savedAt(onApply: { mock: { calls: unknown[][] } }): string {
  expect(onApply.mock.calls).toHaveLength(1);
  const [dueAt] = onApply.mock.calls[0] ?? [];
  return typeof dueAt === 'string' ? new Date(dueAt).toISOString() : String(dueAt);
}

/** The note under the textbox, once the date reader has loaded and read the text. */
const noteSaying = (words: RegExp): Promise<HTMLElement> => screen.findByText(words, undefined, { timeout: 10_000 });

describe('DueEditor', () => {
  beforeEach(() => {
    // Only the date moves: the editor reads "now" from the browser's clock.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });
  afterEach(() => vi.useRealTimers());

  it('saves the date understood on Enter and closes back to the item', async () => {
    const { onApply, onClose, input } = showEditor();
    await userEvent.type(input, 'tomorrow 5pm');
    await noteSaying(/→/);
    await userEvent.keyboard('{Enter}');
    expect(savedAt(onApply)).toBe('2025-12-03T17:00:00.000Z');
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
  });

  it('saves the date understood with "Set"', async () => {
    const { onApply, input } = showEditor();
    await userEvent.type(input, 'tomorrow 5pm');
    await noteSaying(/→/);
    await userEvent.click(screen.getByRole('button', { name: 'Set' }));
    expect(savedAt(onApply)).toBe('2025-12-03T17:00:00.000Z');
  });

  it('cancels on Escape without saving', async () => {
    const { onApply, onClose, input } = showEditor();
    await userEvent.type(input, 'tomorrow 5pm');
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledWith(true);
    expect(onApply).not.toHaveBeenCalled();
  });

  it('warns, without refusing, when the date is in the past', async () => {
    const { onApply, input } = showEditor();
    await userEvent.type(input, 'yesterday 5pm');
    const note = await noteSaying(/that is in the past/);
    expect(note.classList.contains('warn')).toBe(true);
    expect(note.classList.contains('bad')).toBe(false);
    await userEvent.keyboard('{Enter}');
    expect(savedAt(onApply)).toBe('2025-12-01T17:00:00.000Z');
  });

  it('keeps the editor open and says why when the change is refused', async () => {
    const { onClose, input } = showEditor({ ok: false, error: { kind: 'invalid_input', message: 'The server said no.' } });
    await userEvent.type(input, 'tomorrow 5pm');
    await noteSaying(/→/);
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('The server said no.')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });
});
