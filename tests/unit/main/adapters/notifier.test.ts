/**
 * Desktop notifications per platform: Mark done and Snooze buttons on macOS and Windows, none on Linux
 * (the popover offers both after a click there); a desktop without notifications, or one that
 * refuses a notification, leaves the reminder to the tray and popover and says why in the log.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotificationRequest } from '../../../../electron/core/ports';
import { createNotifier } from '../../../../electron/main/adapters/notifier';
import { NotificationDouble } from '../../../electron-double/main/notification';
import { recordingLogger } from '../../../doubles/recording-logger';

vi.mock('electron', async () => (await import('../../../electron-double/electron-main')).electronMain);

const reminder: NotificationRequest = { title: 'Call Ana', body: 'Due at 17:00', itemId: 'item-1', actions: true };

function lastShown(): NotificationDouble {
  const shown = NotificationDouble.shown.at(-1);
  if (!shown) throw new Error('No notification was shown');
  return shown;
}

const buttons = (notification: NotificationDouble) =>
  (notification.options.actions ?? []).map((action) => `${action.type}:${action.text}`);

beforeEach(() => {
  NotificationDouble.shown.length = 0;
  NotificationDouble.supported = true;
});

describe.each(['darwin', 'win32'] as const)('a reminder on %s', (platform) => {
  it('offers Mark done and Snooze buttons, and each button does what it says', () => {
    const notifier = createNotifier({ platform, logger: recordingLogger().logger });
    const chosen: string[] = [];
    notifier.show(reminder, { onClick: () => chosen.push('click'), onAction: (action) => chosen.push(action) });
    notifier.show(reminder, { onClick: () => chosen.push('click'), onAction: (action) => chosen.push(action) });

    const [first, second] = NotificationDouble.shown;
    expect(first?.title).toBe('Call Ana');
    expect(first?.body).toBe('Due at 17:00');
    expect(buttons(first!)).toEqual(['button:Mark done', 'button:Snooze 10 min']);
    first!.pressButton(0);
    second!.pressButton(1);
    expect(chosen).toEqual(['done', 'snooze']);
  });

  it('offers one Undo button after a tick from the tray menu, and Undo does what it says', () => {
    const notifier = createNotifier({ platform, logger: recordingLogger().logger });
    const chosen: string[] = [];
    notifier.show(
      { title: 'Marked done', body: 'Call Ana', itemId: 'item-1', actions: true, undo: true },
      { onClick: () => undefined, onAction: (action) => chosen.push(action) },
    );
    expect(buttons(lastShown())).toEqual(['button:Undo']);
    lastShown().pressButton(0);
    expect(chosen).toEqual(['undo']);
  });

  it('has no buttons for a notification that offers no actions (a grouped catch-up)', () => {
    const notifier = createNotifier({ platform, logger: recordingLogger().logger });
    notifier.show(
      { ...reminder, itemId: null, actions: false },
      { onClick: () => undefined, onAction: () => undefined },
    );
    expect(buttons(lastShown())).toEqual([]);
  });

  it('has no buttons when nothing would handle them', () => {
    const notifier = createNotifier({ platform, logger: recordingLogger().logger });
    notifier.show(reminder, { onClick: () => undefined });
    expect(buttons(lastShown())).toEqual([]);
  });

  it('takes the button from the index Electron reports beside the details when the details lack it', () => {
    const notifier = createNotifier({ platform, logger: recordingLogger().logger });
    const chosen: string[] = [];
    notifier.show(reminder, { onClick: () => undefined, onAction: (action) => chosen.push(action) });
    // Older Electron versions reported the button only as the listener's second argument.
    lastShown().emit('action', { preventDefault: () => undefined, defaultPrevented: false }, 1);
    expect(chosen).toEqual(['snooze']);
  });

  it('logs, and does nothing else, when the OS refuses to show it (unsigned build, no Start-menu shortcut)', () => {
    const { logger, lines } = recordingLogger();
    const notifier = createNotifier({ platform, logger });
    const chosen: string[] = [];
    notifier.show(reminder, { onClick: () => chosen.push('click'), onAction: (action) => chosen.push(action) });
    lastShown().fail('Notification permission denied');
    expect(lines).toEqual([
      {
        level: 'warn',
        message: 'A desktop notification could not be shown',
        context: { error: 'Notification permission denied' },
      },
    ]);
    expect(chosen).toEqual([]);
  });
});

describe.each(['darwin', 'win32'] as const)('a body on %s', (platform) => {
  it('is plain text there, so it is shown exactly as written', () => {
    createNotifier({ platform, logger: recordingLogger().logger }).show(
      { ...reminder, body: `Tom & Jerry's <draft>` },
      { onClick: () => undefined },
    );
    expect(lastShown().body).toBe(`Tom & Jerry's <draft>`);
  });
});

describe('a reminder on Linux', () => {
  it('has no buttons: a click opens the popover, which offers Mark done and Snooze', () => {
    const notifier = createNotifier({ platform: 'linux', logger: recordingLogger().logger });
    const clicks: string[] = [];
    notifier.show(reminder, { onClick: () => clicks.push('click'), onAction: (action) => clicks.push(action) });
    expect(buttons(lastShown())).toEqual([]);
    lastShown().click();
    expect(clicks).toEqual(['click']);
  });

  it('escapes the body, which the notification server reads as markup, and leaves the title as it is', () => {
    const notifier = createNotifier({ platform: 'linux', logger: recordingLogger().logger });
    const words = `Reply to <a href="https://evil.example">Tom & Jerry</a>'s <img src=x>`;
    notifier.show({ ...reminder, title: 'Call <Ana>', body: words }, { onClick: () => undefined });
    expect(lastShown().body).toBe(
      'Reply to &lt;a href=&quot;https://evil.example&quot;&gt;Tom &amp; Jerry&lt;/a&gt;&#39;s &lt;img src=x&gt;',
    );
    expect(lastShown().title).toBe('Call <Ana>');
  });

  it('is not shown where the desktop has no notification service; the log says where the reminder is instead', () => {
    NotificationDouble.supported = false;
    const { logger, lines } = recordingLogger();
    createNotifier({ platform: 'linux', logger }).show(reminder, { onClick: () => undefined });
    expect(NotificationDouble.shown).toEqual([]);
    expect(lines).toEqual([
      {
        level: 'warn',
        message: 'Desktop notifications are not supported here; the reminder shows in the tray and popover only',
        context: { title: 'Call Ana' },
      },
    ]);
  });
});

describe('many reminders nobody answers', () => {
  it('each still answers its own click, the first as well as the latest', () => {
    const notifier = createNotifier({ platform: 'darwin', logger: recordingLogger().logger });
    const clicked: number[] = [];
    for (let index = 0; index < 120; index++)
      notifier.show({ ...reminder, title: `Item ${index}` }, { onClick: () => clicked.push(index) });
    NotificationDouble.shown[119]!.click();
    NotificationDouble.shown[0]!.click();
    expect(clicked).toEqual([119, 0]);
  });

  it('closing one leaves the buttons of the others working', () => {
    const notifier = createNotifier({ platform: 'win32', logger: recordingLogger().logger });
    const chosen: string[] = [];
    notifier.show(reminder, {
      onClick: () => chosen.push('first'),
      onAction: (action) => chosen.push(`first ${action}`),
    });
    notifier.show(reminder, {
      onClick: () => chosen.push('second'),
      onAction: (action) => chosen.push(`second ${action}`),
    });
    NotificationDouble.shown[0]!.close();
    NotificationDouble.shown[1]!.pressButton(0);
    expect(chosen).toEqual(['second done']);
  });
});
