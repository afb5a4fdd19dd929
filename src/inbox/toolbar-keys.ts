/**
 * A row of buttons from the keyboard, as ARIA's toolbar: one Tab stop (the button last focused,
 * else the first), ← / → to the next and previous, Home / End to the ends. Buttons are made with
 * tabindex -1; this puts 0 on one of them, on the page's elements.
 */
const buttonsOf = (toolbar: HTMLElement): HTMLElement[] => [...toolbar.querySelectorAll<HTMLElement>('button')];

/** Puts the Tab stop on `on` (a button in the toolbar), else where it was, else on the first; call after every render. */
export function placeToolbarStop(toolbar: HTMLElement, on: EventTarget | null = null): void {
  const buttons = buttonsOf(toolbar);
  const stop = buttons.find((button) => button === on) ?? buttons.find((button) => button.tabIndex === 0) ?? buttons[0];
  for (const button of buttons) button.tabIndex = button === stop ? 0 : -1;
}

/** Handles a toolbar key; true when it was one (the caller prevents the default). */
export function toolbarKey(toolbar: HTMLElement, event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const buttons = buttonsOf(toolbar);
  const at = buttons.findIndex((button) => button === event.target);
  if (at === -1) return false;
  const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (to === undefined) return false;
  const next = buttons[Math.max(0, Math.min(buttons.length - 1, to))];
  if (next) {
    placeToolbarStop(toolbar, next);
    next.focus();
  }
  return true;
}
