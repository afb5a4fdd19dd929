/**
 * Desktop notifications. Done and Snooze buttons (or Undo, after a tick from the tray menu) where
 * the platform has notification actions (macOS, Windows); elsewhere the popover offers them. On Linux the body is markup
 * to the notification server, so item text is escaped there.
 */
import { Notification } from 'electron';
import type { Logger, NotificationAction, NotificationRequest, NotifierPort } from '../../core';
import { notificationBody } from './notification-markup';

type Button = { action: NotificationAction; text: string };
/** Button order: the index Electron reports is the index here. */
const REMINDER_BUTTONS: readonly Button[] = [
  { action: 'done', text: 'Mark done' },
  { action: 'snooze', text: 'Snooze 10 min' },
];
const UNDO_BUTTONS: readonly Button[] = [{ action: 'undo', text: 'Undo' }];
/** Bounds the references kept for notifications the platform never reports as closed. */
const MAX_LIVE = 100;

export function createNotifier(options: { platform: NodeJS.Platform; logger: Logger }): NotifierPort {
  const { logger } = options;
  const hasActions = options.platform === 'darwin' || options.platform === 'win32';
  // Held until clicked or closed: a notification that is garbage-collected loses its click handler.
  const live = new Set<Notification>();

  return {
    show(request: NotificationRequest, handlers) {
      if (!Notification.isSupported()) {
        logger.warn('Desktop notifications are not supported here; the reminder shows in the tray and popover only', {
          title: request.title,
        });
        return;
      }
      const withActions = request.actions && hasActions && handlers.onAction !== undefined;
      const buttons = request.undo === true ? UNDO_BUTTONS : REMINDER_BUTTONS;
      const notification = new Notification({
        title: request.title,
        body: notificationBody(request.body, options.platform),
        actions: withActions ? buttons.map(({ text }) => ({ type: 'button' as const, text })) : [],
      });
      const forget = () => live.delete(notification);
      notification.on('click', () => {
        forget();
        handlers.onClick();
      });
      notification.on('action', (details, index) => {
        forget();
        const chosen = buttons[typeof details.actionIndex === 'number' ? details.actionIndex : index];
        if (chosen) handlers.onAction?.(chosen.action);
      });
      notification.on('close', forget);
      notification.on('failed', (_event, error) => {
        forget();
        // Unsigned macOS builds and Windows without a Start-menu shortcut end up here.
        logger.warn('A desktop notification could not be shown', { error });
      });
      live.add(notification);
      if (live.size > MAX_LIVE) {
        const oldest = live.values().next();
        if (!oldest.done) live.delete(oldest.value);
      }
      notification.show();
    },
  };
}
