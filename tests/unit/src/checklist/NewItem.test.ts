/** Adding an item from the user's side: a date phrase is offered apart from the words, Enter takes the offer, Shift+Enter the text as typed. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import NewItem from '../../../../src/checklist/NewItem.svelte';
import { dateReaderContext } from '../../../../src/editors/date-reader';
import { mainDateReader, type MainDateReader } from '../../support/date-reader';

const NOW = '2025-12-02T10:00:00.000Z';

function showNewItem(main: MainDateReader = mainDateReader()) {
  const onCreate = vi.fn(async (_description: string, _dueAt: string | null) => ({
    ok: true as const,
    value: { id: 'new-1' },
  }));
  render(NewItem, {
    props: { readOnly: false, timeZone: 'UTC', onCreate },
    context: dateReaderContext.with(main.reader),
  });
  return { onCreate, input: screen.getByRole('textbox', { name: 'New item' }) };
}

describe('NewItem', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });
  afterEach(() => vi.useRealTimers());

  it('offers the date at the end of the words, and Enter adds the item with it', async () => {
    const { onCreate, input } = showNewItem();
    await userEvent.type(input, 'call Ana tomorrow 5pm');
    expect(await screen.findByText(/^Due Tomorrow 17:00$/)).toBeTruthy();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(onCreate).toHaveBeenCalledWith('call Ana', '2025-12-03T17:00:00+00:00'));
    await vi.waitFor(() => expect((input as HTMLInputElement).value).toBe(''));
  });

  it('keeps the text as typed on Shift+Enter', async () => {
    const { onCreate, input } = showNewItem();
    await userEvent.type(input, 'call Ana tomorrow 5pm');
    await screen.findByText(/^Due Tomorrow 17:00$/);
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    await vi.waitFor(() => expect(onCreate).toHaveBeenCalledWith('call Ana tomorrow 5pm', null));
  });

  it('waits for the reading of exactly what Enter saw, when it comes after the key', async () => {
    const main = mainDateReader();
    main.hold();
    const { onCreate, input } = showNewItem(main);
    await userEvent.type(input, 'send the deck fri 9:30');
    await userEvent.keyboard('{Enter}');
    expect(onCreate).not.toHaveBeenCalled();
    main.release('newestFirst');
    await vi.waitFor(() => expect(onCreate).toHaveBeenCalledWith('send the deck', '2025-12-05T09:30:00+00:00'));
  });

  it('adds the words as typed when they cannot be read for a date', async () => {
    const main = mainDateReader();
    main.breakBridge();
    const { onCreate, input } = showNewItem(main);
    await userEvent.type(input, 'call Ana tomorrow 5pm{Enter}');
    await vi.waitFor(() => expect(onCreate).toHaveBeenCalledWith('call Ana tomorrow 5pm', null));
    expect(screen.queryByText(/Due /)).toBeNull();
  });
});
