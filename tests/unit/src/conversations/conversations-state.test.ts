import { describe, expect, it } from 'vitest';
import type { ConversationLookup } from '../../../../electron/shared/conversation';
import { ConversationsState } from '../../../../src/conversations/conversations.svelte';
import { FakeOmiApi, itemView, snapshotWith } from '../support/fake-omi-api';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const found: ConversationLookup = {
  kind: 'found',
  fetchedAt: '2025-12-02T10:00:00.000Z',
  conversation: {
    id: 'conv',
    title: 'Planning',
    overview: 'The plan.',
    emoji: null,
    category: null,
    startedAt: null,
    finishedAt: null,
    createdAt: '2025-12-02T09:00:00Z',
  },
};

function setup() {
  const items = [
    itemView('a', { conversationId: 'conv' }),
    itemView('b', { conversationId: 'conv' }),
    itemView('c', { conversationId: 'conv' }),
    itemView('d', { conversationId: 'other' }),
    itemView('e'),
  ];
  const omi = new FakeOmiApi(snapshotWith(items));
  let quickEdits = 0;
  omi.answers.set('conversations:get', (args) => ({
    ok: true,
    value:
      (args as { id: string }).id === 'conv' ? found : { kind: 'unavailable', problem: 'deleted', message: 'gone' },
  }));
  const state = new ConversationsState(
    omi.api,
    () => items,
    () => quickEdits++,
  );
  return { omi, state, items, quickEdits: () => quickEdits };
}

describe('conversations in the popover', () => {
  it('knows nothing yet about a conversation whose id is a name every object has, and asks the core for it', async () => {
    const { omi, state } = setup();
    const odd = itemView('x', { conversationId: '__proto__' });
    expect(state.shown('__proto__')).toBeUndefined();
    expect(state.shown('constructor')).toBeUndefined();
    state.toggle(odd);
    await flush();
    expect(state.shown('__proto__')).toMatchObject({ kind: 'unavailable', problem: 'deleted' });
    expect(omi.calls.filter((call) => call.channel === 'conversations:get')).toHaveLength(1);
  });

  it('shows one item conversation at a time and asks the core once per conversation on the page', async () => {
    const { omi, state, items } = setup();
    const [a, b, , d] = items;
    state.toggle(a!);
    expect(state.shown('conv')).toEqual({ kind: 'loading' });
    await flush();
    expect(state.shown('conv')).toEqual(found);
    state.toggle(b!);
    expect(state.isExpanded('b')).toBe(true);
    expect(state.isExpanded('a')).toBe(false);
    state.toggle(b!);
    expect(state.expandedItemId).toBeNull();
    state.toggle(a!);
    expect(omi.callsTo('conversations:get')).toEqual([{ id: 'conv' }]);
    // A line saying why not is asked again next time: the reason may have gone.
    state.toggle(d!);
    await flush();
    state.toggle(d!);
    state.toggle(d!);
    await flush();
    expect(omi.callsTo('conversations:get')).toEqual([{ id: 'conv' }, { id: 'other' }, { id: 'other' }]);
  });

  it('counts the other items of the conversation and narrows Quick edit to them', () => {
    const { state, items, quickEdits } = setup();
    const [a] = items;
    expect(state.othersFrom(a!).map((item) => item.id)).toEqual(['b', 'c']);
    expect(state.othersFrom(items[4]!)).toEqual([]);
    state.showTogether(a!);
    expect(quickEdits()).toBe(1);
    const rows = items.map((item) => ({ item }));
    expect(state.narrow(rows).map((row) => row.item.id)).toEqual(['a', 'b', 'c']);
    state.clearFilter();
    expect(state.narrow(rows)).toHaveLength(5);
  });

  it('names the filtered conversation once its answer comes, also when Quick edit was opened before', async () => {
    const { state, items } = setup();
    const [a] = items;
    state.toggle(a!);
    state.showTogether(a!);
    expect(state.shown('conv')).toEqual({ kind: 'loading' });
    expect(state.filterTitle).toBeNull();
    await flush();
    expect(state.filterTitle).toBe('Planning');
    state.clearFilter();
    expect(state.filterTitle).toBeNull();
  });

  it('turns a failed bridge call into a calm line', async () => {
    const { omi, state, items } = setup();
    omi.answers.set('conversations:get', () => ({
      ok: false,
      error: { kind: 'server', message: 'Omi Tray could not do that.' },
    }));
    state.toggle(items[0]!);
    await flush();
    expect(state.shown('conv')).toMatchObject({ kind: 'unavailable', message: 'Omi Tray could not do that.' });
  });
});
