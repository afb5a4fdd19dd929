/**
 * The reminder service in use: a do-nothing one until the lifecycle builds the real one at start,
 * so the parts built before it (the presenter, the tray menu, the popover's handlers) can hold this.
 */
import { noReminders, type Reminders } from './reminders-port';

export class ReminderSlot {
  private reminders: Reminders = noReminders;

  current(): Reminders {
    return this.reminders;
  }

  /** Puts the built service in the slot and hands it back. */
  plug(reminders: Reminders): Reminders {
    this.reminders = reminders;
    return reminders;
  }
}
