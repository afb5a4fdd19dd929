/** The due-date editor from the user's side: Enter or "Set" saves the date understood, Escape cancels, a past date is a warning. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClockStyle } from '../../../../electron/shared/due-date/clock-style';
import DueEditor from '../../../../src/editors/DueEditor.svelte';
import { clockStyleContext } from '../../../../src/common/clock-style-context';
import { dateReaderContext } from '../../../../src/editors/date-reader';
import { mainDateReader, type MainDateReader } from '../../support/date-reader';

const NOW = '2025-12-02T10:00:00.000Z';

function showEditor(
  answer: { ok: true; value: null } | { ok: false; error: { kind: 'invalid_input'; message: string } } = {
    ok: true,
    value: null,
  },
  main: MainDateReader = mainDateReader(),
  style?: ClockStyle,
) {
  const onApply = vi.fn(async () => answer);
  const onClose = vi.fn();
  const context = new Map<symbol, unknown>([
    ...dateReaderContext.with(main.reader),
    ...(style ? clockStyleContext.with(() => style) : []),
  ]);
  render(DueEditor, { props: { dueAt: null, timeZone: 'UTC', onApply, onClose }, context });
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

  it('saves once when the focus leaves after Enter saved (closing moves focus to the row)', async () => {
    const { onApply, onClose, input } = showEditor();
    await userEvent.type(input, 'tomorrow 5pm');
    await noteSaying(/→/);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledWith(true));
    // The parent moves focus to the row only after the save went through: that focusout comes last.
    input.blur();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
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

  it('saves what Enter saw once it is read, when the answer comes after the key', async () => {
    const main = mainDateReader();
    main.hold();
    const { onApply, input } = showEditor(undefined, main);
    await userEvent.type(input, 'tomorrow 5pm');
    await userEvent.keyboard('{Enter}');
    expect(onApply).not.toHaveBeenCalled();
    main.release();
    await vi.waitFor(() => expect(savedAt(onApply)).toBe('2025-12-03T17:00:00.000Z'));
  });

  it('shows the reading of what is typed now, not a late answer for older words', async () => {
    const main = mainDateReader();
    main.hold();
    const { input } = showEditor(undefined, main);
    await userEvent.type(input, 'fri');
    main.release('newestFirst');
    await noteSaying(/→ Fri 09:00/);
    main.hold();
    await userEvent.clear(input);
    await userEvent.type(input, 'tomorrow 5pm');
    main.release('newestFirst');
    await noteSaying(/→ Tomorrow 17:00/);
    expect(screen.queryByText(/→ Fri/)).toBeNull();
  });

  it("writes what it understood on the person's clock: 12-hour, month first on an en-US system", async () => {
    const { input } = showEditor(undefined, mainDateReader(), { hour12: true, monthFirst: true });
    await userEvent.type(input, 'tomorrow 5pm');
    await noteSaying(/^→ Tomorrow 5:00 PM$/);
    await userEvent.clear(input);
    await userEvent.type(input, 'dec 14');
    await noteSaying(/^→ Sun, Dec 14 9:00 AM · no time given, so 9:00 AM$/);
    expect(screen.queryByText(/17:00|09:00|UTC/)).toBeNull();
  });

  it('writes the 24-hour clock, day before month, by default', async () => {
    const { input } = showEditor();
    await userEvent.type(input, 'dec 14');
    await noteSaying(/^→ Sun 14 Dec 09:00 · no time given, so 09:00$/);
  });

  it('saves a date understood when focus leaves the editor', async () => {
    const { onApply, onClose, input } = showEditor();
    await userEvent.type(input, 'tomorrow 5pm');
    input.blur();
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledWith(false));
    expect(savedAt(onApply)).toBe('2025-12-03T17:00:00.000Z');
  });

  it('drops words that were not understood when focus leaves, and closes', async () => {
    const { onApply, onClose, input } = showEditor();
    await userEvent.type(input, 'someday');
    input.blur();
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledWith(false));
    expect(onApply).not.toHaveBeenCalled();
  });

  it('says in words when the date cannot be read at all, and saves nothing', async () => {
    const main = mainDateReader();
    main.breakBridge();
    const { onApply, input } = showEditor(undefined, main);
    await userEvent.type(input, 'tomorrow 5pm');
    const note = await noteSaying(/could not be read just now/);
    expect(note.classList.contains('bad')).toBe(true);
    await userEvent.keyboard('{Enter}');
    expect(onApply).not.toHaveBeenCalled();
  });

  it('refuses words too long to be a date before asking for them to be read', async () => {
    const main = mainDateReader();
    const { input } = showEditor(undefined, main);
    input.focus();
    await userEvent.paste('x'.repeat(201));
    await noteSaying(/too long to be a date/);
    expect(main.asked).toEqual([]);
  });

  it('keeps the editor open and says why when the change is refused', async () => {
    const { onClose, input } = showEditor({
      ok: false,
      error: { kind: 'invalid_input', message: 'The server said no.' },
    });
    await userEvent.type(input, 'tomorrow 5pm');
    await noteSaying(/→/);
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('The server said no.')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });
});
