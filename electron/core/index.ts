/**
 * Core's public entry: the one door electron/main comes in by (ESLint holds it to that). What is
 * listed here is what main may build on — the composition root, the ports it fills with Electron
 * adapters, and the few pure helpers those adapters share with core. Everything else in core may
 * change shape without main noticing.
 */
export { createOmiTray } from './omi-tray';
export type { OmiTray } from './omi-tray.types';
/** Every port: they are what main fills with Electron adapters. */
export type * from './ports';
export { systemClock } from './system-clock';
export { createLogger } from './logging/logger';
export { dispatchInvoke, type DispatchDeps } from './ipc/dispatch-invoke';
export { isRendererUrl, type SenderFacts, type TrustedSender } from './ipc/sender-policy';
export { MemorySecretStore } from './secrets/memory-secret-store';
export { openSecretStore } from './secrets/open-secret-store';
export { autostartEntry, autostartFolder } from './login-item/autostart-entry';
