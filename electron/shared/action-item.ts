/** An Omi action item as the app holds it: parsed once from the API, times as ISO strings in UTC. */
export interface ActionItem {
  id: string;
  description: string;
  completed: boolean;
  dueAt: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  completedAt: string | null;
  conversationId: string | null;
}

/** What the checklist shows: an item with the local changes not yet confirmed by the server. */
export interface ItemView extends ActionItem {
  /** A change to this item waits in the outbox (offline, server trouble). */
  pending: boolean;
  /** The item was created here and the server has not given it an id yet. */
  localOnly: boolean;
}

/** The fields a user can change on an item. `dueAt: null` clears the due date. */
export interface ItemChanges {
  description?: string;
  completed?: boolean;
  dueAt?: string | null;
}
