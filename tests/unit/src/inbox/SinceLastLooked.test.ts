/** "Since you last looked": one quiet line in words that opens to the items, with Restore and Dismiss. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SinceLastLooked from '../../../../src/inbox/SinceLastLooked.svelte';
import type { ItemView } from '../../../../electron/shared/action-item';
import type { SinceLastLooked as Since } from '../../../../electron/shared/since-last-looked';
import { itemView } from '../../support/items';

const since: Since = {
  words: '1 new · 1 removed · 1 new due date',
  changes: [
    { kind: 'new', id: 'b1' },
    { kind: 'removed', id: 'a3', description: 'Water the plants', dueAt: null },
    { kind: 'redated', id: 'a2', dueBefore: '2026-12-09T09:00:00.000Z' },
  ],
};

/** The list as the same snapshot holds it: the changes to items on it name them by id. */
const list: ItemView[] = [
  itemView('b1', { description: 'Book the train' }),
  itemView('a2', { description: 'Renew the car insurance' }),
  itemView('omi-9', { description: 'Send the deck to Ana' }),
];

const now = Date.parse('2026-12-06T12:00:00.000Z');

function shown(
  props: Partial<{
    since: Since;
    readOnly: boolean;
    onRestore: (id: string, description: string) => Promise<void>;
    onDismiss: () => void;
    onDeleteCopy: (id: string) => void;
  }> = {},
) {
  render(SinceLastLooked, {
    props: {
      since,
      itemOf: (id: string) => list.find((item) => item.id === id),
      now,
      timeZone: 'Europe/Berlin',
      readOnly: false,
      onDismiss: vi.fn(),
      onRestore: vi.fn(() => Promise.resolve()),
      onDeleteCopy: vi.fn(),
      ...props,
    },
  });
}

describe('SinceLastLooked', () => {
  it('is a region named "Since you last looked" that counts in words and opens to the items', async () => {
    shown();
    const region = screen.getByRole('region', { name: 'Since you last looked' });
    const summary = screen.getByRole('button', { name: /1 new · 1 removed · 1 new due date/ });
    expect(region.contains(summary)).toBe(true);
    expect(summary.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listitem')).toBeNull();
    // Closed, it builds none of them: after a big sync there may be thousands.
    expect(region.querySelectorAll('li')).toHaveLength(0);
    await fireEvent.click(summary);
    expect(summary.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('listitem').map((row) => row.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Book the train New',
      'Water the plants Removed Restore',
      'Renew the car insurance Due date cleared',
    ]);
  });

  it('restores a removed item once, and dismisses', async () => {
    let answer: () => void = () => undefined;
    const onRestore = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)));
    const onDismiss = vi.fn();
    shown({ onRestore, onDismiss });
    await fireEvent.click(screen.getByRole('button', { name: /1 new/ }));
    const restore = screen.getByRole('button', { name: 'Restore Water the plants' });
    await fireEvent.click(restore);
    await fireEvent.click(restore);
    expect(onRestore.mock.calls).toEqual([['a3', 'Water the plants']]);
    answer();
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss changes since you last looked' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('offers no Restore to a key that can only read', async () => {
    shown({ readOnly: true });
    await fireEvent.click(screen.getByRole('button', { name: /1 new/ }));
    expect((screen.getByRole('button', { name: 'Restore Water the plants' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('names a possible copy and offers to delete the copy, not the item added here', async () => {
    const onDeleteCopy = vi.fn();
    const copy: Since = {
      words: '1 possible copy',
      changes: [{ kind: 'copy', id: 'omi-9', copyOf: 'here-1' }],
    };
    shown({ since: copy, onDeleteCopy });
    await fireEvent.click(screen.getByRole('button', { name: '1 possible copy' }));
    expect(screen.getByRole('listitem').textContent).toContain('Possible copy: added here and in Omi');
    await fireEvent.click(screen.getByRole('button', { name: 'Delete copy Send the deck to Ana' }));
    expect(onDeleteCopy.mock.calls).toEqual([['omi-9']]);
  });

  it('draws no row for an item the list no longer holds', async () => {
    shown({
      since: {
        words: '2 new',
        changes: [
          { kind: 'new', id: 'b1' },
          { kind: 'new', id: 'gone' },
        ],
      },
    });
    await fireEvent.click(screen.getByRole('button', { name: /2 new/ }));
    expect(screen.getAllByRole('listitem').map((row) => row.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Book the train New',
    ]);
  });
});
