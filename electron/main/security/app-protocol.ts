/**
 * Registers app:// (see renderer-protocol.ts): as a privileged standard, secure scheme before
 * `ready` (Electron allows it only then), and its handler once the app is ready.
 */
import { protocol } from 'electron';
import { APP_SCHEME, rendererProtocolHandler } from './renderer-protocol';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(options: { rootDir: string; contentSecurityPolicy: string }): void {
  protocol.handle(APP_SCHEME, rendererProtocolHandler(options));
}
