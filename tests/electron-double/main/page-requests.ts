/**
 * What the page itself asks of Electron, as the harness sees it in Chromium, handed to the handlers
 * the app installed, as Electron hands them: a navigation of the main frame ('will-navigate' on its
 * webContents, preventable), window.open (the webContents' window-open handler; none means allow),
 * and a permission request (the default session's permission request handler; none means granted).
 * Each answer goes back to the harness, which carries it out in the page.
 */
import type { PermissionRequest, WebContents } from 'electron';
import { BrowserWindowDouble, type WebContentsDouble } from './browser-window';
import { electronEvent } from './electron-event';
import { harness } from './harness-link';
import { session } from './session';

function contentsOf(windowId: number): WebContentsDouble {
  const window = BrowserWindowDouble.fromId(windowId) as unknown as BrowserWindowDouble | null;
  if (!window) throw new Error(`No window ${windowId}`);
  return window.webContents;
}

export function answerPageRequests(): void {
  const link = harness();
  link.answer('page:will-navigate', (windowId: number, url: string): boolean => {
    const contents = contentsOf(windowId);
    const event = Object.assign(electronEvent(), {
      url,
      isMainFrame: true,
      isSameDocument: false,
      frame: null,
      initiator: null,
    });
    contents.emit('will-navigate', event, url);
    return event.defaultPrevented;
  });
  link.answer(
    'page:window-open',
    (windowId: number, url: string, frameName: string, features: string): 'allow' | 'deny' => {
      const handler = contentsOf(windowId).windowOpenHandler;
      if (!handler) return 'allow';
      const contents = contentsOf(windowId);
      const referrer = { url: contents.getURL(), policy: 'strict-origin-when-cross-origin' as const };
      return handler({ url, frameName, features, disposition: 'new-window', referrer }).action;
    },
  );
  link.answer('page:permission', (windowId: number, permission: string, requestingUrl: string): Promise<boolean> => {
    const handler = session.defaultSession.permissionRequest;
    if (!handler) return Promise.resolve(true);
    const contents = contentsOf(windowId) as unknown as WebContents;
    const details = { requestingUrl, isMainFrame: true } as unknown as PermissionRequest;
    return new Promise((resolve) =>
      handler(contents, permission as Parameters<NonNullable<typeof handler>>[1], resolve, details),
    );
  });
}
