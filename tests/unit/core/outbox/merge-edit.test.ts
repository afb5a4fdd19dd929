import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../../electron/shared/action-item';
import { mergeEdit, type EditContext } from '../../../../electron/core/outbox/merge-edit';
import type { OutboxEntry } from '../../../../electron/core/outbox/outbox-entry';

const server: ActionItem = {
  id: 'a1',
  description: 'Send the contract',
  completed: false,
  dueAt: '2026-03-03T16:00:00Z',
  createdAt: '2026-03-01T09:00:00Z',
  updatedAt: '2026-03-01T09:00:00Z',
  completedAt: null,
  conversationId: null,
};

const context = (over: Partial<EditContext> = {}): EditContext => ({
  key: 'a1',
  serverItem: server,
  inFlight: false,
  now: 1000,
  nextSeq: 1,
  ...over,
});

function merged(entry: OutboxEntry | undefined, ...edits: Parameters<typeof mergeEdit>[1][]): OutboxEntry | null {
  let current: OutboxEntry | null = entry ?? null;
  for (const edit of edits) {
    const result = mergeEdit(current ?? undefined, edit, context());
    if (!result.ok) throw new Error(result.error.message);
    current = result.value;
  }
  return current;
}

describe('merging edits into one pending change per item', () => {
  it('keeps one entry with every field, the later value of a field winning', () => {
    const entry = merged(
      undefined,
      { kind: 'update', changes: { completed: true } },
      { kind: 'update', changes: { description: 'First' } },
      { kind: 'update', changes: { description: 'Second', dueAt: null } },
    );
    expect(entry?.changes).toEqual({ completed: true, description: 'Second', dueAt: null });
  });

  it('cancels a field put back to what the server has, and drops the entry when nothing is left', () => {
    expect(
      merged(
        undefined,
        { kind: 'update', changes: { completed: true } },
        { kind: 'update', changes: { completed: false } },
      ),
    ).toBeNull();
  });

  it('treats the same due instant written differently as no change', () => {
    expect(merged(undefined, { kind: 'update', changes: { dueAt: '2026-03-03T17:00:00+01:00' } })).toBeNull();
  });

  it('does not cancel a field while a request for the item is on its way', () => {
    const first = mergeEdit(undefined, { kind: 'update', changes: { completed: true } }, context());
    if (!first.ok || !first.value) throw new Error('expected an entry');
    const second = mergeEdit(
      first.value,
      { kind: 'update', changes: { completed: false } },
      context({ inFlight: true }),
    );
    expect(second.ok && second.value?.changes).toEqual({ completed: false });
  });

  it('merges an edit of an item created here into the create', () => {
    const create = mergeEdit(
      undefined,
      { kind: 'create', description: 'Call Ana', dueAt: null },
      context({ key: 'local-1', serverItem: undefined }),
    );
    if (!create.ok || !create.value) throw new Error('expected an entry');
    const edited = mergeEdit(
      create.value,
      { kind: 'update', changes: { description: 'Call Ana at 5', completed: true } },
      context({ key: 'local-1', serverItem: undefined }),
    );
    expect(edited.ok && edited.value).toMatchObject({
      create: { attemptedAt: null },
      changes: { description: 'Call Ana at 5', completed: true, dueAt: null },
    });
  });

  it('puts a delete on top of pending field changes, and undo gives them back', () => {
    const updated = merged(undefined, { kind: 'update', changes: { description: 'Renamed' } });
    const deleted = merged(updated ?? undefined, { kind: 'delete', notBefore: 6000, description: 'Renamed' });
    expect(deleted?.delete).toEqual({ notBefore: 6000, description: 'Renamed' });
    const undone = merged(deleted ?? undefined, { kind: 'undoDelete' });
    expect(undone).toMatchObject({ delete: null, changes: { description: 'Renamed' } });
  });

  it('leaves nothing pending when a delete with no other change is undone', () => {
    expect(merged(undefined, { kind: 'delete', notBefore: 6000, description: 'x' }, { kind: 'undoDelete' })).toBeNull();
  });

  it('refuses to change an item that is being deleted, in words', () => {
    const deleted = merged(undefined, { kind: 'delete', notBefore: 6000, description: 'x' });
    const result = mergeEdit(deleted ?? undefined, { kind: 'update', changes: { completed: true } }, context());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/being deleted.*Undo/);
  });

  it('refuses an undo once the delete is on its way to the server (its window has closed)', () => {
    const deleted = merged(undefined, { kind: 'delete', notBefore: 6000, description: 'x' });
    const result = mergeEdit(deleted ?? undefined, { kind: 'undoDelete' }, context({ inFlight: true, now: 6000 }));
    expect(!result.ok && result.error.message).toMatch(/Too late to undo/);
  });

  it('undoes inside the window even while an earlier edit of the item is on its way', () => {
    const updated = merged(undefined, { kind: 'update', changes: { description: 'Renamed' } });
    const deleted = merged(updated ?? undefined, { kind: 'delete', notBefore: 6000, description: 'Renamed' });
    const result = mergeEdit(deleted ?? undefined, { kind: 'undoDelete' }, context({ inFlight: true, now: 2000 }));
    expect(result.ok && result.value).toMatchObject({ delete: null, changes: { description: 'Renamed' } });
  });
});
