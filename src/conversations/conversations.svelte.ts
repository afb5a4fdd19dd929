/**
 * The popover's side of conversations: which item shows its conversation (one at a time, so the
 * list stays calm and there is one "Conversation" region), what the core answered for each
 * conversation on this page, and the Quick edit filter "only items from this conversation".
 * The core does the fetching and caching; a conversation asked for twice on the page is asked once.
 */
import type { ItemView } from '../../electron/shared/action-item';
import type { ConversationAnswer } from '../../electron/shared/conversation';
import type { OmiApi } from '../../electron/shared/omi-api';
import { defineContext } from '../common/context';

export type ConversationShown = { kind: 'loading' } | ConversationAnswer;

export interface ConversationFilter {
  conversationId: string;
}

const FAILED: ConversationAnswer = {
  kind: 'unavailable',
  problem: 'failed',
  message: 'The conversation could not be loaded; try again later.',
};

export class ConversationsState {
  /** The item whose conversation is shown, or null. */
  expandedItemId = $state<string | null>(null);
  filter = $state.raw<ConversationFilter | null>(null);
  // A plain record replaced on each answer (not a SvelteMap): a page holds a handful, and svelte/reactivity's map stays out of the popover's bundle.
  #answers = $state.raw<Readonly<Record<string, ConversationShown>>>({});
  readonly #api: OmiApi;
  readonly #items: () => readonly ItemView[];
  readonly #enterQuickEdit: () => void;

  constructor(api: OmiApi, items: () => readonly ItemView[], enterQuickEdit: () => void) {
    this.#api = api;
    this.#items = items;
    this.#enterQuickEdit = enterQuickEdit;
  }

  shown(conversationId: string): ConversationShown | undefined {
    return Object.hasOwn(this.#answers, conversationId) ? this.#answers[conversationId] : undefined;
  }

  isExpanded(itemId: string): boolean {
    return this.expandedItemId === itemId;
  }

  toggle(item: ItemView): void {
    if (this.expandedItemId === item.id) {
      this.expandedItemId = null;
      return;
    }
    this.expandedItemId = item.id;
    if (item.conversationId !== null) void this.load(item.conversationId);
  }

  /** The other open or done items from the same conversation. */
  othersFrom(item: ItemView): ItemView[] {
    const { conversationId } = item;
    if (conversationId === null) return [];
    return this.#items().filter((other) => other.conversationId === conversationId && other.id !== item.id);
  }

  /** Quick edit, showing only this conversation's items. */
  showTogether(item: ItemView): void {
    if (item.conversationId === null) return;
    this.filter = { conversationId: item.conversationId };
    this.#enterQuickEdit();
  }

  /** The filtered conversation's title for the filter's own line, once the core has answered with it. */
  get filterTitle(): string | null {
    const answer = this.filter === null ? undefined : this.shown(this.filter.conversationId);
    return answer?.kind === 'found' ? answer.conversation.title : null;
  }

  clearFilter(): void {
    this.filter = null;
  }

  /** Quick edit's rows narrowed by the filter, if one is set. */
  narrow<T extends { item: ItemView }>(rows: readonly T[]): readonly T[] {
    const filter = this.filter;
    return filter === null ? rows : rows.filter((row) => row.item.conversationId === filter.conversationId);
  }

  #answer(conversationId: string, shown: ConversationShown): void {
    this.#answers = { ...this.#answers, [conversationId]: shown };
  }

  private async load(conversationId: string): Promise<void> {
    const known = this.shown(conversationId);
    // A summary once shown stays for the page's life; a line saying why not is asked again.
    if (known?.kind === 'found' || known?.kind === 'loading') return;
    this.#answer(conversationId, { kind: 'loading' });
    try {
      const result = await this.#api.invoke('conversations:get', { id: conversationId });
      this.#answer(
        conversationId,
        result.ok ? result.value : { kind: 'unavailable', problem: 'failed', message: result.error.message },
      );
    } catch {
      this.#answer(conversationId, FAILED);
    }
  }
}

const conversationsContext = defineContext<ConversationsState>('conversations');

export function provideConversations(state: ConversationsState): void {
  conversationsContext.set(state);
}

/** Undefined where no app provided one (a view rendered on its own): conversations are then not offered. */
export function useConversations(): ConversationsState | undefined {
  return conversationsContext.get();
}
