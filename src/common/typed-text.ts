/**
 * Which key presses are text: one printable character, typed without Ctrl, Alt or ⌘ (AltGr, which
 * writes "@" or "€" on many keyboards, counts as text). Space is text only once Quick edit is on
 * its way, so the first key pressed on an item may still be Space to tick it.
 */
export type TypingPlace = 'checklist' | 'quickEdit';

type KeyFacts = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing'> & {
  getModifierState?: (key: string) => boolean;
};

export function typedText(event: KeyFacts, place: TypingPlace): string | null {
  if (event.isComposing || [...event.key].length !== 1) return null;
  const altGraph = event.getModifierState?.('AltGraph') === true;
  if (event.metaKey || ((event.ctrlKey || event.altKey) && !altGraph)) return null;
  if (event.key === ' ' && place === 'checklist') return null;
  return event.key;
}

/** Menus and dialogs keep their own letter keys (a menu's first letters, a dialog's fields). */
export function ownsLetters(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('[role="menu"], [role="dialog"], [role="alertdialog"], [role="listbox"]') !== null
  );
}
