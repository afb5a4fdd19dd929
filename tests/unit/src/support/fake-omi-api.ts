/** A stand-in for `window.omi`: records every call, answers from a script, pushes snapshots on demand. */
import { toSuggestionGroups } from '../../../../electron/shared/suggestion-groups';
import { toItemTable } from '../../../../electron/shared/item-table';
import type { ItemView } from '../../../../electron/shared/action-item';
import type { AppSnapshot } from '../../../../electron/shared/app-state';
import type { InvokeChannel, PushChannel, PushEvents } from '../../../../electron/shared/ipc-contract';
import type { OmiApi } from '../../../../electron/shared/omi-api';
import { DEFAULT_SETTINGS } from '../../../../electron/shared/settings';
import { NO_SUGGESTIONS_SHOWN } from '../../../../electron/shared/suggestion';
import { DAY_FIRST_24_HOUR } from '../../../../electron/shared/due-date/clock-style';

export { itemView } from '../../support/items';

export function snapshotWith(items: ItemView[], overrides: Partial<AppSnapshot> = {}): AppSnapshot {
  return {
    seq: 0,
    itemsSeq: 0,
    looksSeq: 0,
    suggestionsSeq: 0,
    connection: { status: 'connected', origin: 'https://api.omi.me', readOnly: false, keyStorage: 'keychain' },
    items,
    sync: { status: 'ok', at: '2025-12-02T10:00:00.000Z' },
    outboxSize: 0,
    outbox: { waiting: 0, oldestSince: null, reason: null, canRetry: false },
    lastRefusal: null,
    pendingDeletes: [],
    settings: DEFAULT_SETTINGS,
    reminders: { pausedUntil: null, snoozed: {} },
    warnings: [],
    timeZone: 'UTC',
    clock: DAY_FIRST_24_HOUR,
    loginItem: { enabled: false, canChange: true, problem: null },
    about: { version: '1.2.3', dataFolder: '/home/ada/.config/Omi Tray', logFolder: '/home/ada/.config/Omi Tray/logs' },
    suggestions: { ...NO_SUGGESTIONS_SHOWN, canAdd: true },
    ...overrides,
  };
}

type Answer = (args: unknown) => unknown;

export class FakeOmiApi {
  calls: { channel: string; args: unknown }[] = [];
  snapshot: AppSnapshot;
  answers = new Map<string, Answer>();
  private listeners = new Map<string, Set<(payload: never) => void>>();

  constructor(snapshot: AppSnapshot) {
    this.snapshot = snapshot;
  }

  readonly api: OmiApi = {
    invoke: ((channel: InvokeChannel, args?: unknown) => {
      this.calls.push({ channel, args });
      if (channel === 'app:getSnapshot') return Promise.resolve(this.snapshot);
      const answer = this.answers.get(channel);
      return Promise.resolve(answer ? answer(args) : channel === 'popover:hide' ? null : { ok: true, value: null });
    }) as OmiApi['invoke'],
    on: ((channel: PushChannel, listener: (payload: never) => void) => {
      const set = this.listeners.get(channel) ?? new Set();
      set.add(listener);
      this.listeners.set(channel, set);
      return () => set.delete(listener);
    }) as OmiApi['on'],
  };

  /**
   * Pushes as core does: each snapshot numbered after the last, its items (and "Since you last
   * looked", and the suggestions) numbered anew when they are another object, and left out when they
   * are the ones the last push carried.
   */
  push<P extends PushChannel>(channel: P, payload: P extends 'snapshot:changed' ? AppSnapshot : PushEvents[P]): void {
    if (channel !== 'snapshot:changed') return this.pushRaw(channel, payload as PushEvents[P]);
    const snapshot = payload as AppSnapshot;
    const sameItems = snapshot.items === this.snapshot.items;
    const looks = snapshot.sinceLastLooked ?? null;
    const sameLooks = looks === (this.snapshot.sinceLastLooked ?? null);
    const sameSuggestions = snapshot.suggestions === this.snapshot.suggestions;
    this.snapshot = {
      ...snapshot,
      seq: this.snapshot.seq + 1,
      itemsSeq: sameItems ? this.snapshot.itemsSeq : this.snapshot.itemsSeq + 1,
      looksSeq: sameLooks ? this.snapshot.looksSeq : this.snapshot.looksSeq + 1,
      suggestionsSeq: sameSuggestions ? this.snapshot.suggestionsSeq : this.snapshot.suggestionsSeq + 1,
    };
    const { sinceLastLooked: _held, suggestions: _heard, ...rest } = this.snapshot;
    this.pushRaw('snapshot:changed', {
      ...rest,
      items: sameItems ? null : toItemTable(this.snapshot.items),
      ...(sameLooks ? {} : { sinceLastLooked: looks }),
      ...(sameSuggestions ? {} : { suggestions: toSuggestionGroups(this.snapshot.suggestions) }),
    });
  }

  /** Pushes the payload as it is. */
  pushRaw<P extends PushChannel>(channel: P, payload: PushEvents[P]): void {
    for (const listener of this.listeners.get(channel) ?? []) (listener as (payload: PushEvents[P]) => void)(payload);
  }

  callsTo(channel: string): unknown[] {
    return this.calls.filter((call) => call.channel === channel).map((call) => call.args);
  }
}
