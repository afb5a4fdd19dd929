/**
 * The checklist's items: the server's items with the outbox's changes laid on top, for the server
 * and key in use; none while signed out. Computed once per change of the list or the outbox and
 * shared by everyone who reads them (the presenter, the editor, reminders, suggestions, looks).
 */
import type { ActionItem, ItemView } from '../../shared/action-item';
import type { Outbox } from '../outbox/outbox';
import type { OutboxEntry } from '../outbox/outbox-entry';
import { buildItemViews } from './item-view';

export interface ChecklistDeps {
  account: { signedIn(): boolean; keyTag(): string | null; isThisServer(origin: string | null): boolean };
  /** The server's items (ItemStore). */
  list: { all(): ActionItem[] };
  outbox: Pick<Outbox, 'origin' | 'listFor' | 'adoptedIds'>;
  /** The conversation an item added from a suggestion came from (Omi created it without one). */
  addedFrom?(id: string): string | null;
}

export class Checklist {
  private views: ItemView[] | null = null;
  private byId: Map<string, ItemView> | null = null;

  constructor(private readonly deps: ChecklistDeps) {}

  items(): ItemView[] {
    return (this.views ??= this.deps.account.signedIn()
      ? this.withAddedFrom(buildItemViews(this.deps.list.all(), this.entries(), this.deps.outbox.adoptedIds()))
      : []);
  }

  item(id: string): ItemView | undefined {
    return (this.byId ??= new Map(this.items().map((item) => [item.id, item]))).get(id);
  }

  /** The list or the outbox changed: computed again at the next read. */
  listChanged(): void {
    this.views = null;
    this.byId = null;
  }

  /** Queued changes shown on this checklist: none while the outbox holds another server's. */
  entries(): OutboxEntry[] {
    const { outbox, account } = this.deps;
    return account.isThisServer(outbox.origin()) ? outbox.listFor(account.keyTag()) : [];
  }

  /** Items added from a suggestion show its conversation, as items Omi extracted do. */
  private withAddedFrom(views: ItemView[]): ItemView[] {
    const addedFrom = this.deps.addedFrom;
    if (!addedFrom) return views;
    return views.map((view) => {
      if (view.conversationId !== null) return view;
      const conversationId = addedFrom(view.id);
      return conversationId === null ? view : { ...view, conversationId };
    });
  }
}
