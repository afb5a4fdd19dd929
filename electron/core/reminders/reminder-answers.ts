/**
 * Answering: turns the reminders a pass found due into notifications (one each, or one for a group)
 * and routes what the user does with them: a click opens the item, Done completes it, Snooze delays
 * it ten minutes. Failures are logged, never thrown into the planning pass.
 */
import type { Clock, Logger, NotificationRequest, NotifierPort } from '../ports';
import type { DueReminder } from './reminder-plan';
import { asOfWords, groupedReminder, singleReminder, withLine, type GroupReason } from './reminder-words';
import { TEN_MINUTES_MS } from '../../shared/reminder-times';
import type { ClockStyle } from '../../shared/due-date/clock-style';

/** More reminders than this at the same moment are shown as one notification. */
const MAX_SEPARATE = 3;

export interface ReminderAnswersDeps {
  clock: Clock;
  notifier: NotifierPort;
  logger: Logger;
  /** IANA zone for the words ("Due at 17:00"), read for each batch. */
  timeZone(): string;
  /** The person's clock (12- or 24-hour, day or month first), read for each batch. */
  clockStyle(): ClockStyle;
  /** Shows the popover with this item focused. */
  openItem(id: string): void;
  /** The notification's Done action. */
  completeItem(id: string): void | Promise<unknown>;
  /** The notification's Snooze action. */
  snooze(id: string, untilMs: number): Promise<void>;
}

interface Notice {
  request: NotificationRequest;
  /** The item a click opens; for a grouped notification, the first of the group. */
  focusId: string | null;
}

/** Late ones first (one, or one group), then those on time: separately, or grouped beyond a few. */
function noticesFor(
  due: readonly DueReminder[],
  now: number,
  reason: GroupReason,
  timeZone: string,
  style: ClockStyle,
): Notice[] {
  const onTime = due.filter((reminder) => !reminder.late);
  const late = due.filter((reminder) => reminder.late).sort((a, b) => a.remindAt - b.remindAt);
  const notices: Notice[] = [];
  if (late.length === 1 && late[0])
    notices.push({ request: singleReminder(late[0], now, timeZone, style), focusId: late[0].item.id });
  else if (late.length > 1) notices.push({ request: groupedReminder(late, reason), focusId: late[0]?.item.id ?? null });
  if (onTime.length > MAX_SEPARATE) {
    notices.push({ request: groupedReminder(onTime, 'now'), focusId: onTime[0]?.item.id ?? null });
  } else {
    for (const reminder of onTime)
      notices.push({ request: singleReminder(reminder, now, timeZone, style), focusId: reminder.item.id });
  }
  return notices;
}

export class ReminderAnswers {
  private readonly deps: ReminderAnswersDeps;

  constructor(deps: ReminderAnswersDeps) {
    this.deps = deps;
  }

  /**
   * Shows the notifications for what fell due in one pass. `listAsOf`: the list could not be checked
   * with Omi first, and was read then (epoch ms): each notification says so.
   */
  announce(due: readonly DueReminder[], now: number, reason: GroupReason, listAsOf: number | null = null): void {
    const timeZone = this.deps.timeZone();
    const style = this.deps.clockStyle();
    for (const notice of noticesFor(due, now, reason, timeZone, style)) {
      this.show(
        listAsOf === null
          ? notice
          : { ...notice, request: withLine(notice.request, asOfWords(listAsOf, now, timeZone, style)) },
      );
    }
  }

  private show({ request, focusId }: Notice): void {
    const itemId = request.itemId;
    try {
      this.deps.notifier.show(request, {
        onClick: () => {
          if (focusId !== null) this.deps.openItem(focusId);
        },
        onAction:
          itemId === null
            ? undefined
            : (action) => {
                if (action === 'done') this.complete(itemId);
                else if (action === 'snooze') this.snoozeInBackground(itemId, this.deps.clock.now() + TEN_MINUTES_MS);
              },
      });
    } catch (error) {
      this.deps.logger.error('A reminder notification could not be shown', { error: String(error) });
    }
  }

  private complete(id: string): void {
    try {
      const result = this.deps.completeItem(id);
      if (result instanceof Promise) {
        result.catch((error: unknown) =>
          this.deps.logger.error('Done from a notification failed', { error: String(error) }),
        );
      }
    } catch (error) {
      this.deps.logger.error('Done from a notification failed', { error: String(error) });
    }
  }

  private snoozeInBackground(id: string, untilMs: number): void {
    this.deps
      .snooze(id, untilMs)
      .catch((error: unknown) => this.deps.logger.error('Snooze from a notification failed', { error: String(error) }));
  }
}
