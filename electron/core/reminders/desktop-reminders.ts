/** The default reminder service: desktop notifications before items fall due (see ./reminder-service). */
import { ReminderService } from './reminder-service';
import { reminderStateFile } from './reminder-state-file';
import type { Reminders, RemindersContext } from './reminders-port';

export function createDesktopReminders(context: RemindersContext): Reminders {
  return new ReminderService({
    clock: context.clock,
    notifier: context.notifier,
    logger: context.logger,
    stateFile: reminderStateFile(context.stateFilePath, { onCorrupt: context.onCorrupt, now: () => context.clock.now() }),
    getLeadMinutes: context.getLeadMinutes,
    refreshIfStale: context.refreshIfStale,
    listAsOf: context.listAsOf,
    openItem: context.openItem,
    completeItem: context.completeItem,
    timeZone: context.timeZone,
    clockStyle: context.clockStyle,
    onStateChange: () => context.onStateChange(),
  });
}
