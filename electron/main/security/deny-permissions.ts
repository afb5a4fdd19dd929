/** The popover needs no camera, microphone, notifications API, clipboard reading or the like: all refused. */
import { session } from 'electron';

export function denyPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}
