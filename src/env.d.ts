/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { OmiApi } from '../electron/shared/omi-api';

declare global {
  interface Window {
    /** Built by the preload from the typed IPC contract: the popover's only way to the main process. */
    readonly omi: OmiApi;
  }
}

export {};
