/**
 * The app's few events, each with a typed payload: a service that has news emits it, and whoever
 * cares subscribes. The composition root builds the hub first, so a service never needs a reference
 * to one built after it (the presenter, which reads everything, is built last and listens).
 */
import type { Logger } from '../ports';
import { safely } from '../background/safely';
import type { Refusal } from '../outbox/refusal';

interface AppEventMap {
  /** Something the snapshot shows changed: one push on the next tick. */
  changed: undefined;
  /** The list or the outbox changed: the checklist's items are computed again. */
  listChanged: undefined;
  /** A line the person must read in the popover's warnings for the rest of this run. */
  notice: string;
  /** The server refused a change. */
  refused: Refusal;
  /** Signed out: what was said about the old key's edits no longer applies. */
  signedOut: undefined;
  /** Omi answered again after a failed read: waiting changes may go. */
  reachable: undefined;
  /** Recent conversations were read: suggestions are worked out again. */
  conversationsRead: undefined;
  /** A setting that another part acts on changed. */
  settingChanged: 'quickEditShortcut' | 'reminderLeadMinutes';
}

export type AppEventName = keyof AppEventMap;
type Listener<Name extends AppEventName> = (payload: AppEventMap[Name]) => void;
type PayloadArgs<Name extends AppEventName> = AppEventMap[Name] extends undefined ? [] : [AppEventMap[Name]];

export class AppEvents {
  private readonly listeners = new Map<AppEventName, Set<Listener<AppEventName>>>();

  constructor(private readonly logger: Logger) {}

  /** Calls the listener on every emit of this event, in the order of subscribing. Returns the unsubscribe. */
  on<Name extends AppEventName>(name: Name, listener: Listener<Name>): () => void {
    const set = this.listeners.get(name) ?? new Set();
    this.listeners.set(name, set);
    set.add(listener as Listener<AppEventName>);
    return () => {
      set.delete(listener as Listener<AppEventName>);
    };
  }

  /** Tells every listener; one that throws is logged and the others still hear it. */
  emit<Name extends AppEventName>(name: Name, ...payload: PayloadArgs<Name>): void {
    for (const listener of [...(this.listeners.get(name) ?? [])]) {
      safely(this.logger, `Hearing "${name}"`, () => listener(payload[0] as AppEventMap[AppEventName]));
    }
  }
}
