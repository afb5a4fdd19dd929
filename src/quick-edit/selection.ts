/**
 * Where the quick-edit selection goes. It stops at either end rather than wrapping, so holding ↓
 * never jumps back to the top unnoticed. With nothing selected, ↓ picks the first item, ↑ the last.
 */
import type { SelectionMove } from '../common/key-map';

/** The new index, or null when the list is empty. */
export function moveSelection(current: number | null, move: SelectionMove, count: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  if (move === 'first') return 0;
  if (move === 'last') return last;
  if (current === null || current < 0 || current > last) return move === 1 ? 0 : last;
  return Math.min(last, Math.max(0, current + move));
}

/**
 * After the list changed (filter typed, item ticked away): keep the same item selected if it is
 * still shown, else the one now at the same place, else nothing.
 */
export function keepSelection<T>(
  selectedId: T | null,
  previousIndex: number | null,
  visibleIds: readonly T[],
): T | null {
  if (visibleIds.length === 0) return null;
  if (selectedId !== null && visibleIds.includes(selectedId)) return selectedId;
  const index = Math.min(previousIndex ?? 0, visibleIds.length - 1);
  return visibleIds[Math.max(0, index)] ?? null;
}
