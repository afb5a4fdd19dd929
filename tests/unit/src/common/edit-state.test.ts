/** Where Escape from Quick edit goes, F1 from the list, and the sign-out question the tray asks for. */
import { describe, expect, it } from 'vitest';
import { EditState } from '../../../../src/common/edit-state.svelte';

const edits = () => new EditState({ readOnly: () => false, listed: () => true });

describe('EditState', () => {
  it('knows Quick edit was opened from the list ("/", Ctrl/⌘+F), so Escape goes back there', () => {
    const state = edits();
    state.enterQuickEdit();
    expect([state.mode, state.quickEditFromList, state.keysWanted]).toEqual(['quickEdit', true, false]);
  });

  it('knows the shortcut opened Quick edit, so Escape hides', () => {
    const state = edits();
    state.enterQuickEdit();
    state.shown({ mode: 'quickEdit', focusItemId: null });
    expect([state.mode, state.quickEditFromList]).toEqual(['quickEdit', false]);
  });

  it('opens Quick edit on the list of keys for F1 in the list', () => {
    const state = edits();
    state.enterQuickEdit({ showKeys: true });
    expect(state.keysWanted).toBe(true);
  });

  it('asks "Sign out of Omi?" when the tray menu opened the popover for it, and only then', () => {
    const state = edits();
    state.shown({ mode: 'checklist', focusItemId: null });
    expect(state.signOutAsked).toBe(false);
    state.shown({ mode: 'checklist', focusItemId: null, ask: 'signOut' });
    expect(state.signOutAsked).toBe(true);
  });
});
