/**
 * A person editing at random through the app: tick, untick, describe, re-date, clear the due date,
 * create, delete, undo, and Add or Add all on "From your conversations" — each aimed at an item or
 * suggestion as the app shows it, each recorded in the intended state only once the app accepted it.
 *
 * An added suggestion is intended once, as an item with its words and due date. Should the app offer
 * it again after it was added (its decision lost), the person adds it again as anyone would, and the
 * copy is not intended: the judge counts it as a duplicate.
 */
import type { Suggestion } from '../../electron/shared/suggestion';
import type { ActionAnswer, CoreHandle, UserAction } from './core-host';
import type { IntendedItem, IntendedState } from './intended-state';
import type { SeededRandom } from './seeded-random';
import { soakTime } from './loss-report';

const EDIT_KINDS = [
  'tick',
  'untick',
  'describe',
  're-date',
  'clear',
  'create',
  'delete',
  'undo',
  'add-suggestion',
  'add-all',
] as const;

export interface EditTally {
  tried: number;
  accepted: number;
  refusedAtOnce: number;
  /** The item was not in the app's list to aim at (itself a sign of trouble, or nothing fitting). */
  nothingToAimAt: number;
  /** Suggestions accepted as items through Add or Add all. */
  suggestionsAdded: number;
  /** Suggestions the app offered again after they were added (each one added again is a duplicate). */
  offeredAgain: number;
}

export class EditSession {
  private made = 0;
  readonly tally: EditTally = {
    tried: 0,
    accepted: 0,
    refusedAtOnce: 0,
    nothingToAimAt: 0,
    suggestionsAdded: 0,
    offeredAgain: 0,
  };

  constructor(
    private readonly intended: IntendedState,
    private readonly random: SeededRandom,
    /** Unique across the whole soak: every description typed is new. */
    private readonly label: string,
    /** The simulated time now (ms), for due dates in the future. */
    private readonly now: () => number,
  ) {}

  /**
   * Edits made: the app answered them, taking them to be sent (accepted) or refusing them at once in
   * words (refusedAtOnce). Omi's answer comes later, and the judge weighs it; the tries that found
   * nothing to aim at are not edits.
   */
  get editsMade(): number {
    return this.tally.accepted + this.tally.refusedAtOnce;
  }

  /** One random edit; the person opens the popover first now and then, and clicks Refresh when it shows nothing (or now and then). */
  async edit(core: CoreHandle): Promise<void> {
    const kind = this.random.pick(EDIT_KINDS);
    this.tally.tried += 1;
    if (this.random.chance(0.3)) await core.act({ kind: 'open-popover' });
    if (this.random.chance(0.05) || (await core.view()).items.length === 0) await core.act({ kind: 'refresh' });
    const view = await core.view();
    const idOf = (item: IntendedItem) =>
      view.items.find((shown) => shown.description === this.intended.current(item))?.id ?? null;
    const aim = (fits: (item: IntendedItem) => boolean): { item: IntendedItem; id: string } | null => {
      const candidates = this.intended.living().filter(fits);
      if (candidates.length === 0) return null;
      const item = this.random.pick(candidates);
      const id = idOf(item);
      return id === null ? null : { item, id };
    };
    const act = async (action: UserAction, item: IntendedItem, onAccepted: () => void): Promise<void> => {
      const answer = await core.act(action);
      this.note(item, action, answer);
      if (answer.ok) {
        this.tally.accepted += 1;
        onAccepted();
      } else this.tally.refusedAtOnce += 1;
    };
    const missing = () => {
      this.tally.nothingToAimAt += 1;
      if (process.env.SOAK_DEBUG)
        console.error(
          `      nothing to aim ${kind} at: the app shows ${view.items.length} items (${view.items
            .slice(0, 3)
            .map((item) => item.description)
            .join(' | ')})`,
        );
    };

    switch (kind) {
      case 'tick':
      case 'untick': {
        const target = aim((item) => item.completed === (kind === 'untick'));
        if (!target) return missing();
        return act({ kind: 'update', id: target.id, changes: { completed: kind === 'tick' } }, target.item, () =>
          this.intended.complete(target.item, kind === 'tick'),
        );
      }
      case 'describe': {
        const target = aim(() => true);
        if (!target) return missing();
        const description = this.nextDescription();
        return act({ kind: 'update', id: target.id, changes: { description } }, target.item, () =>
          this.intended.describe(target.item, description),
        );
      }
      case 're-date': {
        const target = aim(() => true);
        if (!target) return missing();
        const dueAt = this.futureDate();
        return act({ kind: 'update', id: target.id, changes: { dueAt } }, target.item, () =>
          this.intended.redate(target.item, dueAt),
        );
      }
      case 'clear': {
        const target = aim((item) => item.dueAt !== null);
        if (!target) return missing();
        return act({ kind: 'update', id: target.id, changes: { dueAt: null } }, target.item, () =>
          this.intended.redate(target.item, null),
        );
      }
      case 'create': {
        const description = this.nextDescription();
        const dueAt = this.random.chance(0.5) ? this.futureDate() : null;
        const action: UserAction = { kind: 'create', description, dueAt };
        const answer = await core.act(action);
        if (answer.ok) {
          this.tally.accepted += 1;
          this.note(this.intended.add(description, { dueAt }), action, answer);
        } else this.tally.refusedAtOnce += 1;
        return;
      }
      case 'delete': {
        const target = aim(() => true);
        if (!target) return missing();
        return act({ kind: 'delete', id: target.id }, target.item, () => {
          target.item.deleted = true;
        });
      }
      case 'add-suggestion':
      case 'add-all': {
        if (view.suggestions.length === 0) return missing();
        const chosen = this.random.pick(view.suggestions);
        const offered =
          kind === 'add-suggestion'
            ? [chosen]
            : view.suggestions.filter((suggestion) => suggestion.conversationId === chosen.conversationId);
        const action: UserAction =
          kind === 'add-suggestion'
            ? { kind: 'add-suggestion', key: chosen.key }
            : { kind: 'add-all-suggestions', conversationId: chosen.conversationId };
        const answer = await core.act(action);
        if (!answer.ok) {
          this.tally.refusedAtOnce += 1;
          return;
        }
        this.tally.accepted += 1;
        // Add all stops at the first create the app could not keep: the ids say how many were made.
        for (const suggestion of offered.slice(0, answer.ids?.length ?? 0)) this.added(suggestion, action);
        return;
      }
      case 'undo': {
        const pending = view.pendingDeletes;
        if (pending.length === 0) return missing();
        const chosen = this.random.pick(pending);
        const item = this.intended
          .all()
          .find((candidate) => candidate.deleted && this.intended.current(candidate) === chosen.description);
        if (!item) return missing();
        return act({ kind: 'undo', id: chosen.id }, item, () => {
          item.deleted = false;
        });
      }
    }
  }

  private added(suggestion: Suggestion, action: UserAction): void {
    if (this.intended.all().some((item) => item.descriptions.includes(suggestion.words))) {
      this.tally.offeredAgain += 1;
      return;
    }
    this.tally.suggestionsAdded += 1;
    this.note(this.intended.add(suggestion.words, { dueAt: suggestion.dueAt }), action, { ok: true });
  }

  /** On the item's trail: when, what, and the app's answer (the id aimed at says which item the app took). */
  private note(item: IntendedItem, action: UserAction, answer: ActionAnswer): void {
    const { kind, ...rest } = action;
    const outcome = answer.ok
      ? answer.ids
        ? `made ${answer.ids.join(', ')}`
        : 'accepted'
      : `refused: ${answer.message ?? ''}`;
    this.intended.note(
      item,
      `${soakTime(this.now())} ${kind} ${JSON.stringify(rest)}: ${outcome}`,
      'id' in action ? action.id : undefined,
    );
  }

  private nextDescription(): string {
    this.made += 1;
    return `Soak ${this.label} edit ${this.made}`;
  }

  /** A whole minute between one hour and thirty days ahead, in UTC. */
  private futureDate(): string {
    const minutes = this.random.int(60, 30 * 24 * 60);
    const at = Math.floor(this.now() / 60_000) * 60_000 + minutes * 60_000;
    return new Date(at).toISOString();
  }
}
