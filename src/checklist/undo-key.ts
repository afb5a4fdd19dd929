/** Ctrl+Z (⌘+Z on macOS) means "undo the last delete or tick" only where it cannot mean "undo typing". */
import { isTextField } from '../common/focus';

export function isUndoKey(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z')
    return false;
  const target = event.target;
  // An empty box (e.g. "Quick edit" just opened) has no typing to undo.
  if (target instanceof HTMLInputElement && isTextField(target)) return target.value === '';
  return !isTextField(target);
}
