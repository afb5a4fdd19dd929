/**
 * Notification: records every shown notification with its options (action buttons included) and
 * takes the user's click or button press from the harness, with Electron's event arguments. A test
 * may take the desktop's notification service away (`supported`), or have the OS refuse one that
 * is being shown (`fail`), as an unsigned macOS build or a Windows install without a Start-menu
 * shortcut does.
 */
import { EventEmitter } from 'node:events';
import type { Notification as ElectronNotification, NotificationConstructorOptions } from 'electron';

export class NotificationDouble
  extends EventEmitter
  implements Pick<ElectronNotification, 'show' | 'close' | 'title' | 'body'>
{
  /** Every notification shown, in order. */
  static readonly shown: NotificationDouble[] = [];
  /** False where the desktop has no notification service (a bare Linux session). */
  static supported = true;
  title: string;
  body: string;
  readonly options: NotificationConstructorOptions;

  constructor(options: NotificationConstructorOptions = {}) {
    super();
    this.options = options;
    this.title = options.title ?? '';
    this.body = options.body ?? '';
  }

  static isSupported(): boolean {
    return NotificationDouble.supported;
  }

  show(): void {
    NotificationDouble.shown.push(this);
    this.emit('show', { preventDefault: () => undefined, defaultPrevented: false });
  }

  close(): void {
    this.emit('close', { preventDefault: () => undefined, defaultPrevented: false });
  }

  click(): void {
    this.emit('click', { preventDefault: () => undefined, defaultPrevented: false });
  }

  /** The OS could not show it: 'failed' with (event, error), as Electron emits it on macOS and Windows. */
  fail(error: string): void {
    this.emit('failed', { preventDefault: () => undefined, defaultPrevented: false }, error);
  }

  /** A press on button `index`: 'action' with (details, index); details carries actionIndex too. */
  pressButton(index: number): void {
    const actions = this.options.actions ?? [];
    if (!actions[index])
      throw new Error(`The notification "${this.title}" has ${actions.length} buttons; there is no #${index}`);
    this.emit('action', { preventDefault: () => undefined, defaultPrevented: false, actionIndex: index }, index);
  }
}

export const Notification = NotificationDouble satisfies Pick<typeof ElectronNotification, 'isSupported'>;
