/**
 * session.defaultSession: keeps the permission handlers and the response-header listener the app
 * installs, and records what it says to the spellchecker, so the harness can ask them what they decide (pages here load from file: and get no
 * headers; the CSP meta tag of the page applies as in Electron).
 */
import type { Session, WebRequest } from 'electron';

type HeadersListener = Parameters<WebRequest['onHeadersReceived']>[0];

class WebRequestDouble implements Pick<WebRequest, 'onHeadersReceived'> {
  headersListener: HeadersListener | null = null;
  onHeadersReceived(listener: HeadersListener | null): void;
  onHeadersReceived(filter: unknown, listener: HeadersListener | null): void;
  onHeadersReceived(first: unknown, second?: HeadersListener | null): void {
    this.headersListener = (second === undefined ? first : second) as HeadersListener | null;
  }
}

class SessionDouble implements Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setSpellCheckerEnabled'
  | 'setSpellCheckerLanguages'
> {
  readonly webRequest = new WebRequestDouble();
  /** What the app told the session about the spellchecker, in order, e.g. `setSpellCheckerEnabled(false)`. */
  readonly calls: string[] = [];
  permissionRequest: Parameters<Session['setPermissionRequestHandler']>[0] = null;
  permissionCheck: Parameters<Session['setPermissionCheckHandler']>[0] = null;
  devicePermission: Parameters<Session['setDevicePermissionHandler']>[0] = null;

  setPermissionRequestHandler(handler: Parameters<Session['setPermissionRequestHandler']>[0]): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Parameters<Session['setPermissionCheckHandler']>[0]): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: Parameters<Session['setDevicePermissionHandler']>[0]): void {
    this.devicePermission = handler;
  }
  setSpellCheckerEnabled(enable: boolean): void {
    this.calls.push(`setSpellCheckerEnabled(${JSON.stringify(enable)})`);
  }
  setSpellCheckerLanguages(languages: string[]): void {
    this.calls.push(`setSpellCheckerLanguages(${JSON.stringify(languages)})`);
  }
}

export const session = { defaultSession: new SessionDouble() };
