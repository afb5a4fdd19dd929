/** Pushes become whole snapshots: the items kept when unchanged, asked for when the page lacks them. */
import { describe, expect, it } from 'vitest';
import type { AppSnapshot, SnapshotPush } from '../../../../electron/shared/app-state';
import { toItemTable } from '../../../../electron/shared/item-table';
import { toSuggestionGroups } from '../../../../electron/shared/suggestion-groups';
import { SnapshotReceiver } from '../../../../src/common/snapshot-receiver';
import { itemView, snapshotWith } from '../support/fake-omi-api';
import { allShown, suggestion } from '../../support/suggestions';

const firstItems = [itemView('a1'), itemView('a2')];
const laterItems = [itemView('a1')];

const whole = (seq: number, itemsSeq: number, items: AppSnapshot['items'], warnings: string[] = []): AppSnapshot =>
  snapshotWith(items, { seq, itemsSeq, warnings });
const wholePush = (...args: Parameters<typeof whole>): SnapshotPush => asPush(whole(...args));
/** The snapshot as a push carries it: its items as a table, its suggestions grouped. */
const asPush = (snapshot: AppSnapshot): SnapshotPush => ({
  ...snapshot,
  items: toItemTable(snapshot.items),
  suggestions: toSuggestionGroups(snapshot.suggestions),
});
const without = (snapshot: AppSnapshot): SnapshotPush => ({ ...asPush(snapshot), items: null });

/** A receiver whose requests for the whole snapshot wait until the test answers them. */
function receiver() {
  const shown: AppSnapshot[] = [];
  const asks: ((snapshot: AppSnapshot) => void)[] = [];
  const snapshots = new SnapshotReceiver({
    show: (snapshot) => shown.push(snapshot),
    askWhole: () => new Promise((resolve) => asks.push(resolve)),
  });
  /** Answers the oldest request and lets the answer be taken in. */
  const answer = async (snapshot: AppSnapshot) => {
    asks.shift()?.(snapshot);
    await Promise.resolve();
    await Promise.resolve();
  };
  return { snapshots, shown, asks, answer };
}

describe('the snapshots the page shows', () => {
  it('keeps the same items array for a push that left them out, and takes new ones when they come', async () => {
    const { snapshots, shown, answer } = receiver();
    const loaded = snapshots.whole();
    await answer(whole(1, 1, firstItems));
    await loaded;
    snapshots.push(without(whole(2, 1, firstItems, ['Updated just now.'])));
    snapshots.push(wholePush(3, 2, laterItems));
    expect(shown.map((snapshot) => snapshot.seq)).toEqual([1, 2, 3]);
    expect(shown[1]?.items).toBe(shown[0]?.items);
    expect(shown[1]?.warnings).toEqual(['Updated just now.']);
    expect(shown[2]?.items).toEqual(laterItems);
  });

  it('shows an answer only when it is newer than a push shown meanwhile', async () => {
    const { snapshots, shown, answer } = receiver();
    const loaded = snapshots.whole();
    snapshots.push(wholePush(5, 2, laterItems));
    await answer(whole(4, 1, firstItems));
    await loaded;
    expect(shown.map((snapshot) => snapshot.seq)).toEqual([5]);
    expect(shown[0]?.items).toEqual(laterItems);
  });

  it('a push without items the page does not hold waits for the whole snapshot, asked for once', async () => {
    const { snapshots, shown, asks, answer } = receiver();
    snapshots.push(without(whole(7, 3, laterItems, ['newest words'])));
    snapshots.push(without(whole(8, 3, laterItems, ['newer words'])));
    expect(shown).toEqual([]);
    expect(asks).toHaveLength(1);
    // The answer was made before the pushes: its items are theirs, its other parts are older.
    await answer(whole(6, 3, laterItems, ['older words']));
    expect(shown.map((snapshot) => [snapshot.seq, snapshot.warnings])).toEqual([[8, ['newer words']]]);
    expect(shown[0]?.items).toEqual(laterItems);
  });

  it('asks again when the answer is older than the items a waiting push names', async () => {
    const { snapshots, shown, asks, answer } = receiver();
    snapshots.push(without(whole(9, 4, laterItems)));
    await answer(whole(8, 3, firstItems));
    expect(shown.map((snapshot) => snapshot.seq)).toEqual([8]);
    expect(asks).toHaveLength(1);
    await answer(whole(10, 4, laterItems));
    expect(shown.map((snapshot) => snapshot.seq)).toEqual([8, 10]);
    expect(shown[1]?.items).toEqual(laterItems);
  });

  it('keeps "Since you last looked" from the push that carried it, and asks when a push names one it never had', async () => {
    const { snapshots, shown, asks, answer } = receiver();
    const looks = {
      words: '1 new',
      changes: [{ kind: 'new' as const, id: 'a1' }],
    };
    const loaded = snapshots.whole();
    await answer({ ...whole(1, 1, firstItems), looksSeq: 1, sinceLastLooked: looks });
    await loaded;
    const { sinceLastLooked: _left, ...left } = { ...wholePush(2, 1, firstItems), looksSeq: 1 };
    snapshots.push({ ...left, items: null });
    expect(shown[1]?.sinceLastLooked).toBe(shown[0]?.sinceLastLooked);
    expect(shown[1]?.sinceLastLooked?.words).toBe('1 new');
    snapshots.push({ ...wholePush(3, 1, firstItems), looksSeq: 2, items: null, sinceLastLooked: null });
    expect(shown[2]?.sinceLastLooked).toBeNull();
    // A push naming a later one the page never heard: shown once the whole snapshot is in.
    snapshots.push({ ...left, seq: 4, looksSeq: 3, items: null });
    expect(shown).toHaveLength(3);
    expect(asks).toHaveLength(1);
    await answer({ ...whole(4, 1, firstItems), looksSeq: 3, sinceLastLooked: looks });
    expect(shown.map((snapshot) => [snapshot.seq, snapshot.sinceLastLooked?.words])).toEqual([
      [1, '1 new'],
      [2, '1 new'],
      [3, undefined],
      [4, '1 new'],
    ]);
  });

  it('keeps the suggestions from the push that carried them, and asks when a push names ones it never had', async () => {
    const { snapshots, shown, asks, answer } = receiver();
    const heard = allShown([suggestion('Send the deck')]);
    const loaded = snapshots.whole();
    await answer({ ...whole(1, 1, firstItems), suggestionsSeq: 1, suggestions: heard });
    await loaded;
    const { suggestions: _left, ...left } = { ...whole(2, 1, firstItems), suggestionsSeq: 1 };
    snapshots.push({ ...left, items: null });
    expect(shown[1]?.suggestions).toBe(shown[0]?.suggestions);
    // A push naming later ones the page never heard: shown once the whole snapshot is in.
    snapshots.push({ ...left, seq: 3, suggestionsSeq: 2, items: null });
    expect(shown).toHaveLength(2);
    expect(asks).toHaveLength(1);
    await answer({ ...whole(3, 1, firstItems), suggestionsSeq: 2, suggestions: { ...heard, canAdd: false } });
    expect(
      shown.map((snapshot) => [snapshot.seq, snapshot.suggestions.items.length, snapshot.suggestions.canAdd]),
    ).toEqual([
      [1, 1, true],
      [2, 1, true],
      [3, 1, false],
    ]);
  });
});
