/** Moving an item's due date a day from the keyboard (Alt+←/→, ⌘⌥←/→ on macOS), in the list and in Quick edit. */
import { pushDueByDays } from '../../electron/shared/due-date/push-due';
import type { ItemView } from '../../electron/shared/action-item';
import type { Result } from '../../electron/shared/app-error';
import { inBackground } from '../common/in-background';

export interface PushDueTarget {
  timeZone: string;
  /** Opens the due-date editor (an item without a due date has nothing to move). */
  editDue(id: string): void;
  applyDue(id: string, dueAt: string): Promise<Result<null>>;
  /** Says a failure in words (the popover's alert). */
  report(message: string): void;
}

/** Moves the due date a day, keeping its wall-clock time; an item without one opens the editor instead. */
export function pushDue(item: ItemView, days: 1 | -1, target: PushDueTarget): void {
  if (item.dueAt === null) return target.editDue(item.id);
  const moved = pushDueByDays(item.dueAt, days, target.timeZone);
  if (!moved.ok) return target.report(moved.error.message);
  inBackground(
    'Moving a due date',
    target.applyDue(item.id, moved.value).then((result) => {
      if (!result.ok) target.report(result.error.message);
    }),
  );
}
