/**
 * "From your conversations" on its own: the newest three, "Show N more" for the rest (asked for,
 * then shown when they come), and "Add all" only for the conversations of the suggestions shown.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Suggestions from '../../../../src/inbox/Suggestions.svelte';
import type { Suggestion, SuggestionsShown } from '../../../../electron/shared/suggestion';
import { ok } from '../../../../electron/shared/app-error';
import { allShown } from '../../support/suggestions';

const now = Date.parse('2026-12-06T12:00:00.000Z');

/** `perConversation` to-dos from each of `conversations` conversations, newest first. */
function heard(conversations: number, perConversation: number): Suggestion[] {
  return Array.from({ length: conversations }, (_, c) =>
    Array.from({ length: perConversation }, (_, t) => ({
      key: `c${c}\u0000todo ${c} ${t}`,
      words: `To-do ${t + 1} of meeting ${c + 1}`,
      dueAt: null,
      conversationId: `c${c}`,
      conversationTitle: `Meeting ${c + 1}`,
      heardAt: new Date(now - c * 3_600_000).toISOString(),
    })),
  ).flat();
}

/** The region's props: no focus asked, unfolded, the line shown; `props` changes any of them. */
function regionProps(suggestions: SuggestionsShown, props: Record<string, unknown> = {}) {
  return {
    suggestions,
    now,
    timeZone: 'Europe/Berlin',
    focusAsked: false,
    onFocused: () => undefined,
    folded: false,
    onFold: () => undefined,
    noteHidden: false,
    onHideNote: () => undefined,
    onAdd: vi.fn(() => Promise.resolve(ok(null))),
    onDismiss: vi.fn(() => Promise.resolve(ok(null))),
    onShowAll: vi.fn(),
    ...props,
  };
}

/** As core sends them at first: the newest three, with how many there are in all. */
const newest = (items: Suggestion[]): SuggestionsShown => ({ ...allShown(items), items: items.slice(0, 3) });

function shown(items: Suggestion[]) {
  const onAdd = vi.fn(() => Promise.resolve(ok(null)));
  const onShowAll = vi.fn();
  const view = render(Suggestions, { props: regionProps(newest(items), { onAdd, onShowAll }) });
  return { onAdd, onShowAll, view };
}

const addAllButtons = () =>
  screen.queryAllByRole('button', { name: /^Add all/ }).map((button) => button.textContent?.trim());

describe('Suggestions', () => {
  it('offers "Add all" for the conversations of the three shown, then for every one once all show', async () => {
    const items = heard(100, 2);
    const { onShowAll, view } = shown(items);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(addAllButtons()).toEqual(['Add all 2 from “Meeting 1”', 'Add all 2 from “Meeting 2”']);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 197 more' }));
    // Every suggestion is asked for; the region shows them when they come.
    expect(onShowAll).toHaveBeenCalledWith(true);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    await view.rerender({ suggestions: allShown(items) });
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
    expect(addAllButtons()).toHaveLength(100);
    expect(addAllButtons()[99]).toBe('Add all 2 from “Meeting 100”');
  });

  it('no longer asks for every suggestion once it is gone', async () => {
    const { onShowAll, view } = shown(heard(10, 1));
    await fireEvent.click(screen.getByRole('button', { name: 'Show 7 more' }));
    expect(onShowAll).toHaveBeenLastCalledWith(true);
    view.unmount();
    expect(onShowAll).toHaveBeenLastCalledWith(false);
  });

  it('counts "Add all" from every suggestion of the conversation, also those not sent yet', () => {
    const items = heard(1, 5);
    render(Suggestions, { props: regionProps(newest(items)) });
    expect(addAllButtons()).toEqual(['Add all 5 from “Meeting 1”']);
  });

  it('offers no "Add all" for a conversation with one suggestion', () => {
    shown(heard(3, 1));
    expect(addAllButtons()).toEqual([]);
  });

  it('adds every suggestion of the conversation with "Add all", from its first', async () => {
    const items = heard(2, 3);
    const { onAdd } = shown(items);
    await fireEvent.click(screen.getByRole('button', { name: 'Add all 3 from “Meeting 1”' }));
    expect(onAdd).toHaveBeenCalledWith(items[0], true);
  });
});

describe('the line for a key that may not read conversations', () => {
  const note = 'Your Omi developer key may not read conversations, so none are suggested here.';
  const withNote = (noteHidden: boolean) => {
    const onHideNote = vi.fn();
    render(Suggestions, { props: regionProps(allShown([], { note }), { noteHidden, onHideNote }) });
    return { onHideNote };
  };

  it('is said in the region with a way to hide it', async () => {
    const { onHideNote } = withNote(false);
    expect(screen.getByRole('region', { name: 'From your conversations' }).textContent).toContain(note);
    await fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(onHideNote).toHaveBeenCalledOnce();
  });

  it('once hidden, leaves no region at all', () => {
    withNote(true);
    expect(screen.queryByRole('region', { name: 'From your conversations' })).toBeNull();
  });
});
