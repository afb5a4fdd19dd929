/**
 * The popover as a whole, on a stand-in for `window.omi`: the tray's suggestions line asks for focus
 * on "From your conversations", and the region takes it once; nothing after (the region coming back
 * with a read, Quick edit closing) moves focus there or unfolds it again.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/App.svelte';
import type { AppSnapshot } from '../../../electron/shared/app-state';
import { DEFAULT_SETTINGS, type Settings } from '../../../electron/shared/settings';
import type { Suggestion } from '../../../electron/shared/suggestion';
import { FakeClock } from '../core/support/fake-clock';
import { allShown } from '../support/suggestions';
import { FakeOmiApi, itemView, snapshotWith } from './support/fake-omi-api';

const NOW = Date.parse('2025-12-02T14:30:00Z');
const FROM_THE_TRAY_LINE = { mode: 'checklist', focusItemId: null, focus: 'suggestions' } as const;
const FROM_A_TRAY_CLICK = { mode: 'checklist', focusItemId: null } as const;

function heard(words: string): Suggestion {
  return {
    key: `c1\u0000${words}`,
    words,
    dueAt: null,
    conversationId: 'c1',
    conversationTitle: 'Planning the launch',
    heardAt: new Date(NOW - 3_600_000).toISOString(),
  };
}

const items = [itemView('a', { description: 'Send the slides' })];
const withSuggestions = (...words: string[]): AppSnapshot =>
  snapshotWith(items, { suggestions: allShown(words.map(heard)) });

/** Lets pushes, effects and the focus moves that wait a tick run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await tick();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

async function popover(snapshot: AppSnapshot) {
  const omi = new FakeOmiApi(snapshot);
  // Settings are saved as core saves them: the next snapshot carries them.
  omi.answers.set('settings:update', (patch) => {
    const settings = { ...omi.snapshot.settings, ...(patch as Partial<Settings>) };
    omi.push('snapshot:changed', { ...omi.snapshot, settings });
    return { ok: true, value: settings };
  });
  render(App, { props: { api: omi.api, clock: new FakeClock(NOW) } });
  await settle();
  return omi;
}

const heading = () => screen.getByRole('heading', { name: /from your conversations/i });
const checkbox = () => screen.getByRole('checkbox', { name: 'Send the slides' });
const suggestionRows = () => screen.queryAllByRole('listitem').filter((row) => row.closest('section'));

beforeEach(() => {
  // jsdom has no idle callbacks; the popover only loads its later parts in them.
  vi.stubGlobal('requestIdleCallback', () => 0);
  vi.stubGlobal('cancelIdleCallback', () => undefined);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("App: the tray's suggestions line", () => {
  it('unfolds "From your conversations" and focuses it, once', async () => {
    const omi = await popover({
      ...withSuggestions('Call the printer'),
      settings: { ...DEFAULT_SETTINGS, suggestionsFolded: true },
    });
    omi.push('popover:shown', FROM_THE_TRAY_LINE);
    await settle();
    expect(document.activeElement).toBe(heading());
    expect(suggestionRows()).toHaveLength(1);

    // The person folds the region and goes to the list; the popover is shown again by a tray click.
    await fireEvent.click(screen.getByRole('button', { name: 'Fold' }));
    checkbox().focus();
    omi.push('popover:shown', FROM_A_TRAY_CLICK);
    await settle();
    expect(document.activeElement).toBe(checkbox());
    expect(suggestionRows()).toHaveLength(0);
  });

  it('leaves focus and the fold alone when Quick edit closes', async () => {
    const omi = await popover(withSuggestions('Call the printer'));
    omi.push('popover:shown', FROM_THE_TRAY_LINE);
    await settle();
    expect(document.activeElement).toBe(heading());
    await fireEvent.click(screen.getByRole('button', { name: 'Fold' }));

    await fireEvent.click(screen.getByRole('button', { name: 'Open quick edit' }));
    // Quick edit is among the parts loaded later.
    const close = await screen.findByRole('button', { name: 'Close quick edit' }, { timeout: 15_000 });
    expect(screen.queryByRole('region', { name: 'From your conversations' })).toBeNull();
    await fireEvent.click(close);
    await settle();
    expect(document.activeElement).toBe(checkbox());
    expect(suggestionRows()).toHaveLength(0);
  });

  it('leaves focus alone when a later read brings suggestions back', async () => {
    const omi = await popover(withSuggestions('Call the printer'));
    omi.push('popover:shown', FROM_THE_TRAY_LINE);
    await settle();
    expect(document.activeElement).toBe(heading());

    // Added elsewhere: the region goes; then a read finds a new one.
    omi.push('snapshot:changed', withSuggestions());
    await settle();
    expect(screen.queryByRole('region', { name: 'From your conversations' })).toBeNull();
    checkbox().focus();
    omi.push('snapshot:changed', withSuggestions('Book the venue'));
    await settle();
    expect(heading()).toBeTruthy();
    expect(document.activeElement).toBe(checkbox());
  });

  it('focuses the region when it shows after the popover opened for it, unless the person moved on', async () => {
    const omi = await popover(withSuggestions());
    omi.push('popover:shown', FROM_THE_TRAY_LINE);
    await settle();
    expect(document.activeElement).toBe(checkbox());
    omi.push('snapshot:changed', withSuggestions('Call the printer'));
    await settle();
    expect(document.activeElement).toBe(heading());

    omi.push('snapshot:changed', withSuggestions());
    omi.push('popover:shown', FROM_THE_TRAY_LINE);
    await settle();
    await fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowDown' });
    omi.push('snapshot:changed', withSuggestions('Book the venue'));
    await settle();
    expect(document.activeElement).not.toBe(heading());
  });
});
