/** Moving focus to a control that may only now have been rendered. */
import { checkboxId } from './dom-id';

export const QUICK_EDIT_INPUT_ID = 'quick-edit';

/** Focuses the item's checkbox and scrolls it into the middle of the list; false when it is not shown. */
export function focusItem(itemId: string): boolean {
  const box = document.getElementById(checkboxId(itemId));
  if (!(box instanceof HTMLElement)) return false;
  box.scrollIntoView({ block: 'center' });
  box.focus({ preventScroll: true });
  return true;
}

export function focusById(id: string): boolean {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLElement)) return false;
  element.focus();
  return true;
}

/** The user is typing somewhere: single-key shortcuts must leave the key alone. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/**
 * Focuses the checkbox after this one in the list (or, for the last, the one before), for when this
 * one is about to leave the page. The checkboxes are found in page order, so sections are crossed.
 */
export function focusNeighbourOf(checkboxElementId: string): boolean {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('.list input[type="checkbox"]')];
  const at = boxes.findIndex((box) => box.id === checkboxElementId);
  if (at === -1) return false;
  const next = boxes[at + 1] ?? boxes[at - 1];
  if (!next) return false;
  next.focus();
  return true;
}

/**
 * Focus for a popover just shown: where the user left it, else the checklist's Tab stop (the first
 * item until the user moved). False when there is nothing to focus yet.
 */
export function focusList(): boolean {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) return true;
  const box =
    document.querySelector<HTMLElement>('.list [data-item] input[type="checkbox"][tabindex="0"]') ??
    document.querySelector<HTMLElement>('.list [data-item] input[type="checkbox"]');
  if (!box) return false;
  box.focus({ preventScroll: true });
  return true;
}
