/** The default reminder service: desktop notifications before items fall due (see ./reminder-service). */
import { ReminderService } from './reminder-service';
import type { Reminders, RemindersContext } from './reminders-port';

export function createDesktopReminders(context: RemindersContext): Reminders {
  return new ReminderService(context);
}
