/**
 * "Since you last looked" is asked for by every snapshot; it is worked out again only when what it
 * is made from changed, and then at once, also when only the items added from a suggestion changed.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ItemView } from '../../../../electron/shared/action-item';
import { lastLookFile } from '../../../../electron/core/looks/last-look-file';
import type { OwnChange } from '../../../../electron/core/looks/look-baseline';
import type { AddedHere } from '../../../../electron/core/looks/possible-copies';
import { SinceLastLookedService } from '../../../../electron/core/looks/since-last-looked';
import { ok } from '../../../../electron/shared/app-error';
import { folderAndClock } from '../support/temp-dir';
import { recordingLogger } from '../../../doubles/recording-logger';
import { itemView } from '../../support/items';

const OWNER = 'tag-1';

const item = (id: string, description: string): ItemView => itemView(id, { description });

let folder: Awaited<ReturnType<typeof folderAndClock>>;
beforeEach(async () => {
  folder = await folderAndClock();
});
afterEach(() => folder.dir.remove());

function looks() {
  const state = {
    items: [item('a1', 'Send the deck')] as ItemView[],
    own: [] as OwnChange[],
    addedHere: [] as AddedHere[],
  };
  const service = new SinceLastLookedService({
    file: lastLookFile(join(folder.dir.path, 'last-look.json')),
    clock: folder.clock,
    logger: recordingLogger().logger,
    owner: () => OWNER,
    listFetchedAt: () => 1,
    items: () => state.items,
    addedHere: () => state.addedHere,
    ownChanges: () => state.own.map((change) => ({ ...change })),
    resolve: (id) => id,
    create: () => Promise.resolve(ok({ id: 'x' })),
    changed: () => undefined,
  });
  service.listChanged();
  return { service, state };
}

describe('the view of "Since you last looked"', () => {
  it('is the same object while nothing it is made from changed', () => {
    const { service, state } = looks();
    state.items = [...state.items, item('b1', 'Book the train')];
    const first = service.view();
    expect(first?.words).toBe('1 new');
    expect(service.view()).toBe(first);
  });

  it('is worked out again when the app’s own waiting changes differ, with the same list', () => {
    const { service, state } = looks();
    state.items = [...state.items, item('b1', 'Book the train')];
    expect(service.view()?.words).toBe('1 new');
    state.own = [{ key: 'b1', changes: { description: 'Book the train' }, create: true, delete: false }];
    expect(service.view()).toBeNull();
  });

  it('names a copy as soon as the item it copies counts as added here, with the same list', () => {
    const { service, state } = looks();
    state.items = [...state.items, item('b1', 'send the deck')];
    expect(service.view()?.changes.map((change) => change.kind)).toEqual(['new']);
    state.addedHere = [{ id: 'a1', description: 'Send the deck' }];
    expect(service.view()?.changes.map((change) => change.kind)).toEqual(['copy']);
  });
});
