/** Where each way of opening the popover lands, and when the list is refreshed on the way. */
import { describe, expect, it } from 'vitest';
import { POPOVER_STALE_MS } from '../../../../electron/core/items/item-sync';
import { recordingLogger } from '../../../doubles/recording-logger';
import { PopoverCommands } from '../../../../electron/core/popover/popover-commands';
import { ok } from '../../../../electron/shared/app-error';
import { RecordingPopover } from '../../../harness/recording-platform';

function build(signedIn: boolean) {
  const popover = new RecordingPopover();
  const refreshes: string[] = [];
  const commands = new PopoverCommands({
    popover,
    signedIn: () => signedIn,
    refreshIfOlderThan: (maxAgeMs, reason) => {
      refreshes.push(`${reason} older than ${maxAgeMs}`);
      return Promise.resolve(ok(null));
    },
    logger: recordingLogger().logger,
  });
  return { commands, shown: popover.calls, refreshes };
}

describe('popover commands', () => {
  it('the tray toggles; the shortcut opens quick edit; a notification the checklist on its item', () => {
    const { commands, shown } = build(true);
    commands.toggle();
    commands.quickEdit();
    commands.showChecklist('a1');
    expect(shown).toEqual([
      'toggle',
      { mode: 'quickEdit', focusItemId: null },
      { mode: 'checklist', focusItemId: 'a1' },
    ]);
  });

  it('another launch: quick edit with --quick-edit, else the checklist', () => {
    const { commands, shown } = build(true);
    commands.secondInstance(['omi-tray', '--quick-edit']);
    commands.secondInstance(['omi-tray']);
    expect(shown).toEqual([
      { mode: 'quickEdit', focusItemId: null },
      { mode: 'checklist', focusItemId: null },
    ]);
  });

  it("the tray menu's Sign out opens the checklist on the sign-out question, and refreshes nothing", () => {
    const { commands, shown, refreshes } = build(true);
    commands.askSignOut();
    expect(shown).toEqual([{ mode: 'checklist', focusItemId: null, ask: 'signOut' }]);
    expect(refreshes).toEqual([]);
  });

  it('refreshes a stale list on every opening while signed in, never while signed out', () => {
    const signedIn = build(true);
    signedIn.commands.toggle();
    signedIn.commands.quickEdit();
    expect(signedIn.refreshes).toEqual([
      `popover older than ${POPOVER_STALE_MS}`,
      `popover older than ${POPOVER_STALE_MS}`,
    ]);
    const signedOut = build(false);
    signedOut.commands.toggle();
    signedOut.commands.showChecklist(null);
    expect(signedOut.refreshes).toEqual([]);
  });

  it('a first start without a key opens setup by itself; with a key nothing opens', () => {
    const signedOut = build(false);
    signedOut.commands.welcomeIfSignedOut();
    expect(signedOut.shown).toEqual([{ mode: 'checklist', focusItemId: null }]);
    const signedIn = build(true);
    signedIn.commands.welcomeIfSignedOut();
    expect(signedIn.shown).toEqual([]);
  });
});

describe('recent conversations read while the person looks', () => {
  function lookingBuild() {
    let signedIn = false;
    const popover = new RecordingPopover();
    const looks: string[] = [];
    const commands = new PopoverCommands({
      popover,
      signedIn: () => signedIn,
      refreshIfOlderThan: () => {
        looks.push('refresh');
        return Promise.resolve(ok(null));
      },
      looked: () => {
        looks.push('read');
        return Promise.resolve();
      },
      logger: recordingLogger().logger,
    });
    return { commands, popover, looks, signIn: () => (signedIn = true) };
  }

  it('opened before the stored key is read, reads them once the key is in use, and only then', () => {
    const { commands, looks, signIn } = lookingBuild();
    commands.toggle();
    commands.stateChanged();
    expect(looks).toEqual([]);
    signIn();
    commands.stateChanged();
    commands.stateChanged();
    expect(looks).toEqual(['read']);
  });

  it('a tray click that hides the popover is no look: it reads and refreshes nothing', () => {
    const { commands, popover, looks, signIn } = lookingBuild();
    signIn();
    commands.toggle();
    commands.toggle();
    expect(popover.visible).toBe(false);
    expect(looks).toEqual(['refresh', 'read']);
  });

  it('a key that becomes usable while the popover is hidden waits for the next opening', () => {
    const { commands, looks, signIn } = lookingBuild();
    signIn();
    commands.stateChanged();
    expect(looks).toEqual([]);
    commands.toggle();
    expect(looks).toEqual(['refresh', 'read']);
  });
});
