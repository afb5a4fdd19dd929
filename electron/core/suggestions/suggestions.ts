/**
 * The "From your conversations" region's side in core: the suggestions worked out from the
 * conversations read and the checklist, and the person's Add, Add all, Undo and Dismiss.
 *
 * Add creates the item through the outbox like every new item (on disk before the page hears
 * "ok", sent once, shown at once) and remembers which suggestion it was and its conversation: Omi
 * creates the item without one, and the suggestion must never come back. A key that can only read
 * sees the suggestions; its Add says so in one sentence and sends nothing.
 */
import type { ItemView } from '../../shared/action-item';
import type { Result } from '../../shared/app-error';
import { fail, ok } from '../../shared/app-error';
import {
  ADD_NEEDS_WRITE_KEY,
  NEWEST_SUGGESTIONS,
  NO_SUGGESTIONS,
  type Suggestion,
  type SuggestionsShown,
  type SuggestionsState,
} from '../../shared/suggestion';
import type { ConversationListReader } from './conversation-list-reader';
import { decisionKey, deriveSuggestions, wordsOfList, type ListWords } from './derive-suggestions';
import { FoldedWords } from './folded-words';
import type { SuggestionDecisions } from './suggestion-decisions';
import { suggestionsShown } from './suggestions-shown';

const MISSING_SCOPE_NOTE = 'Your Omi developer key may not read conversations, so none are suggested here.';

export interface SuggestionsDeps {
  reader: Pick<ConversationListReader, 'conversations' | 'state'>;
  decisions: SuggestionDecisions;
  /** The checklist as shown (items added from a suggestion already carry its conversation). */
  items(): ItemView[];
  signedIn(): boolean;
  readOnly(): boolean;
  /** ItemEditor.create: `beforeQueued` hears the new item's id before the outbox keeps it. */
  create(
    description: string,
    dueAt: string | null,
    beforeQueued: (id: string) => Promise<void>,
  ): Promise<Result<{ id: string }>>;
  remove(id: string): Promise<Result<null>>;
  changed(): void;
}

export class Suggestions {
  private memo: { items: ItemView[]; version: number; state: SuggestionsState } | null = null;
  private version = 0;
  /** The to-dos heard, folded; the list's own words are folded apart and kept while the list stays. */
  private readonly words = new FoldedWords();
  private readonly listFolds = new FoldedWords();
  private list: { items: ItemView[]; words: ListWords } | null = null;
  /** Whether the page asks for every suggestion, not only the newest (see SuggestionsShown). */
  private allAsked = false;
  private shownMemo: { state: SuggestionsState; all: boolean; shown: SuggestionsShown } | null = null;

  constructor(private readonly deps: SuggestionsDeps) {}

  /** What the region shows now. */
  state(): SuggestionsState {
    if (!this.deps.signedIn()) return NO_SUGGESTIONS;
    const items = this.deps.items();
    if (this.memo?.items === items && this.memo.version === this.version) return this.memo.state;
    const missingScope = this.deps.reader.state() === 'missing_scope';
    const state: SuggestionsState = {
      items: missingScope
        ? []
        : deriveSuggestions({
            conversations: this.deps.reader.conversations(),
            items,
            conversationOf: (item) => item.conversationId,
            decided: (remembered) => this.deps.decisions.decided(remembered),
            fold: this.words.fold,
            list: this.listWords(items),
          }),
      note: missingScope ? MISSING_SCOPE_NOTE : null,
      canAdd: !this.deps.readOnly(),
    };
    this.words.endRound();
    this.memo = { items, version: this.version, state };
    return state;
  }

  /** What the page is sent: the newest suggestions, or all of them while it asks (showAll). */
  shown(): SuggestionsShown {
    const state = this.state();
    if (this.shownMemo?.state !== state || this.shownMemo.all !== this.allAsked)
      this.shownMemo = { state, all: this.allAsked, shown: suggestionsShown(state, this.allAsked) };
    return this.shownMemo.shown;
  }

  /** The page asks for every suggestion ("Show N more", Quick edit searching them), or no longer does. */
  showAll(all: boolean): Result<null> {
    if (all === this.allAsked) return ok(null);
    this.allAsked = all;
    // With no more than the newest to send, the page holds every one already: nothing to push.
    if (this.state().items.length > NEWEST_SUGGESTIONS) this.deps.changed();
    return ok(null);
  }

  /** The list's words folded, worked out again only when the list changed. */
  private listWords(items: ItemView[]): ListWords {
    if (this.list?.items !== items) {
      this.list = { items, words: wordsOfList(items, (item) => item.conversationId, this.listFolds.fold) };
      this.listFolds.endRound();
    }
    return this.list.words;
  }

  /** Something the suggestions depend on changed (a read, a decision). */
  changed(): void {
    this.version += 1;
    this.deps.changed();
  }

  /** Adds one suggestion as an item; the ids of the items made, for Undo. */
  add(key: string): Promise<Result<{ ids: string[] }>> {
    return this.addEach(this.state().items.filter((suggestion) => suggestion.key === key));
  }

  /** Adds every suggestion of one conversation, with one Undo for them all. */
  addAll(conversationId: string): Promise<Result<{ ids: string[] }>> {
    return this.addEach(this.state().items.filter((suggestion) => suggestion.conversationId === conversationId));
  }

  async dismiss(key: string): Promise<Result<null>> {
    const suggestion = this.state().items.find((item) => item.key === key);
    if (!suggestion) return fail(gone());
    await this.deps.decisions.dismiss(this.decisionKeyOf(suggestion), suggestion.conversationId);
    this.changed();
    return ok(null);
  }

  /** Takes back an Add: the items go (through the outbox) and their suggestions may show again. */
  async undoAdd(ids: readonly string[]): Promise<Result<null>> {
    for (const id of ids) {
      const key = this.deps.decisions.keyOf(id);
      const removed = await this.deps.remove(id);
      if (!removed.ok) return removed;
      if (key !== null) await this.deps.decisions.forget(key);
    }
    this.changed();
    return ok(null);
  }

  private decisionKeyOf(suggestion: Suggestion): string {
    return decisionKey(suggestion.conversationId, this.words.fold(suggestion.words));
  }

  private async addEach(suggestions: Suggestion[]): Promise<Result<{ ids: string[] }>> {
    if (this.deps.readOnly()) return fail({ kind: 'forbidden', message: ADD_NEEDS_WRITE_KEY });
    if (suggestions.length === 0) return fail(gone());
    const ids: string[] = [];
    for (const suggestion of suggestions) {
      const key = this.decisionKeyOf(suggestion);
      // The decision goes to disk first (see SuggestionDecisions): a crash before the outbox keeps the
      // create leaves a decision the next start settles, never an item without its conversation.
      let decided = false;
      const created = await this.deps.create(suggestion.words, suggestion.dueAt, async (id) => {
        decided = true;
        await this.deps.decisions.adding(key, suggestion.conversationId, id);
      });
      if (!created.ok) {
        if (decided) await this.deps.decisions.forget(key);
        this.changed();
        return ids.length === 0 ? created : ok({ ids });
      }
      await this.deps.decisions.addQueued(key);
      ids.push(created.value.id);
    }
    this.changed();
    return ok({ ids });
  }
}

function gone() {
  return { kind: 'not_found' as const, message: 'This suggestion is no longer offered.' };
}
