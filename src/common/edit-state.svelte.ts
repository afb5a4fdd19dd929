/**
 * What the user is doing in the popover: the checklist or quick edit, which item's description or
 * due date is being edited (with what was typed, so a row rebuilt under the editor keeps it), whether
 * Settings is open, and where focus should go next.
 */
import type { PopoverShown } from '../../electron/shared/ipc-contract';

export type EditField = 'description' | 'due';

/** Where the view should move focus next; `seq` makes a repeated request a new one. */
export type FocusRequest =
  | { target: 'quickEdit'; seq: number }
  | { target: 'item'; itemId: string; seq: number }
  /** Where the user left it, else the first item. */
  | { target: 'list'; seq: number }
  /**
   * "From your conversations" (the tray's suggestions line): taken once, when the region shows; until
   * then focus is where the user left it, else on the first item.
   */
  | { target: 'suggestions'; seq: number };

export class EditState {
  mode = $state<PopoverShown['mode']>('checklist');
  editing = $state.raw<{ id: string; field: EditField } | null>(null);
  settingsOpen = $state(false);
  focusRequest = $state.raw<FocusRequest | null>(null);
  /** Text typed outside any text field, on its way to Quick edit's box (taken by Quick edit). */
  typed = $state('');
  /**
   * Whether the person has pressed a key or the pointer since the popover was shown: until then
   * the item holding focus does not show its tools (focus lands there by itself at open).
   */
  acted = $state(false);
  /** The popover's edge that faces the tray icon (setup points at it), when known. */
  trayEdge = $state<'top' | 'bottom' | null>(null);
  /** Quick edit was opened from the checklist ("/", Ctrl/⌘+F, a typed letter), so Escape goes back there. */
  quickEditFromList = $state(false);
  /** Sign out was asked for (Settings, the read-only notice, the tray menu): the popover asks first. */
  signOutAsked = $state(false);
  /** Quick edit should open on its list of keys (F1 pressed in the checklist); taken by Quick edit. */
  keysWanted = $state(false);
  readonly #readOnly: () => boolean;
  readonly #listed: (id: string) => boolean;
  /** The open editor's text, so a row rebuilt under it (the list shifted) keeps what was typed. */
  #draft: { id: string; field: EditField; text: string } | null = null;
  #focusSeq = 0;
  /** The item an undo took back, to focus once it is listed (again): the Undo button it came from has left. */
  #undoneId: string | null = null;

  /** `readOnly`: whether the key may change items (no editor opens when not); `listed`: whether the list shows the item. */
  constructor(page: { readOnly: () => boolean; listed: (id: string) => boolean }) {
    this.#readOnly = page.readOnly;
    this.#listed = page.listed;
  }

  startEdit(id: string, field: EditField): void {
    if (this.#readOnly()) return;
    this.#draft = null;
    this.editing = { id, field };
  }

  stopEdit(): void {
    this.#draft = null;
    this.editing = null;
  }

  /** The editor's item has left the list: the editor closes. */
  keepOnly(ids: readonly { id: string }[]): void {
    if (this.editing && !ids.some((item) => item.id === this.editing?.id)) this.editing = null;
  }

  draftFor(id: string, field: EditField): string | null {
    return this.#draft?.id === id && this.#draft.field === field ? this.#draft.text : null;
  }

  keepDraft(id: string, field: EditField, text: string): void {
    this.#draft = { id, field, text };
  }

  leaveQuickEdit(): void {
    this.mode = 'checklist';
    this.editing = null;
    // The close button leaves with Quick edit: focus goes to the list's item.
    this.focusRequest = { target: 'list', seq: ++this.#focusSeq };
  }

  enterQuickEdit(options: { showKeys?: boolean } = {}): void {
    this.mode = 'quickEdit';
    this.quickEditFromList = true;
    this.keysWanted = options.showKeys ?? false;
    this.focusRequest = { target: 'quickEdit', seq: ++this.#focusSeq };
  }

  /**
   * Letters, digits and punctuation typed while no text field has focus go to Quick edit's box
   * (opening it first), so typing right after the popover opened never ticks or deletes an item.
   */
  typeIntoQuickEdit(text: string): void {
    if (this.mode !== 'quickEdit') this.enterQuickEdit();
    this.typed += text;
  }

  /** What was typed for Quick edit's box since it last looked, now its own. */
  takeTyped(): string {
    const text = this.typed;
    this.typed = '';
    return text;
  }

  /** The popover was shown: in quick edit, on one item (a reminder's notification), or as it was left. */
  shown(how: PopoverShown): void {
    this.mode = how.mode;
    this.acted = false;
    this.trayEdge = how.trayEdge ?? null;
    this.quickEditFromList = false;
    if (how.ask === 'signOut') this.signOutAsked = true;
    if (how.mode === 'quickEdit') this.focusRequest = { target: 'quickEdit', seq: ++this.#focusSeq };
    else if (how.focusItemId !== null)
      this.focusRequest = { target: 'item', itemId: how.focusItemId, seq: ++this.#focusSeq };
    else if (how.focus === 'suggestions') this.focusRequest = { target: 'suggestions', seq: ++this.#focusSeq };
    else this.focusRequest = { target: 'list', seq: ++this.#focusSeq };
  }

  /** After an undo in the checklist: focus goes to the item once the list shows it. */
  focusWhenListed(id: string): void {
    if (this.mode !== 'checklist') return;
    this.#undoneId = id;
    this.focusUndone();
  }

  /** Asks for focus on the item an undo took back, if the list now shows it; call when the list changed. */
  focusUndone(): void {
    if (this.#undoneId === null || !this.#listed(this.#undoneId)) return;
    this.focusRequest = { target: 'item', itemId: this.#undoneId, seq: ++this.#focusSeq };
    this.#undoneId = null;
  }

  focusHandled(request: FocusRequest): void {
    if (this.focusRequest === request) this.focusRequest = null;
  }
}
