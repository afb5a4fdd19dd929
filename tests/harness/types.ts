/** The harness API the e2e specs use, the same for the browser, electron-double and Electron shells. */
import type { Browser, Page } from '@playwright/test';

export type Shell = 'browser' | 'electron-double' | 'electron';

export interface LaunchOptions {
  /** Omi API origin; default: a fresh fake Omi server the harness starts. */
  apiBaseUrl?: string;
  /** Put into the app's secret store before start; omit to see onboarding. */
  apiKey?: string;
  /** The app's data folder; default: a new temp folder (reuse it to restart). */
  dataDir?: string;
  /** Default: 'electron' where the binary is installed, else 'browser'. */
  shell?: Shell;
  env?: Record<string, string>;
  /** Global shortcuts another application owns: registering them fails, as on a real desktop. */
  takenShortcuts?: string[];
  /** electron-double only: app.isPackaged, as for an installed app (default false, as for a development run). */
  packaged?: boolean;
  /**
   * The app's time (main side and page) is the test's to move on with advanceClock(); it starts at
   * real time and runs on with it. Default false: the app runs on the machine's own clock.
   */
  controlledClock?: boolean;
  /**
   * The system's locale, e.g. 'en-US' (12-hour clock, month first) or 'en-GB' (24-hour, day first):
   * the app writes dates and times as on a system set to it. Default 'en-GB'. Not for the real Electron shell.
   */
  locale?: string;
  /**
   * browser and electron-double only: the Chromium to open the app's pages in, each in a context of
   * its own (the e2e fixtures share one per worker). Default: the app run launches its own and closes it.
   */
  browser?: Browser;
}

export interface OmiTrayApp {
  readonly shell: Shell;
  /** The popover's page. Replaced by a new page after restart(). */
  readonly page: Page;
  readonly dataDir: string;
  /** What a tray click does. */
  showPopover(): Promise<void>;
  /** What the global quick-edit shortcut does. */
  pressShortcut(): Promise<void>;
  /** Whether the popover window is shown (the browser shell's page stays open; this is the window's state). */
  popoverVisible(): Promise<boolean>;
  /** Desktop notifications shown so far. */
  notifications(): Promise<{ title: string; body: string }[]>;
  clickNotification(index: number): Promise<void>;
  trayState(): Promise<{ tooltip: string; menu: string[]; overdue: number }>;
  clickTrayMenu(label: string): Promise<void>;
  /** Folders the app asked the file manager to show, in order (recorded, never opened). */
  openedFolders(): Promise<string[]>;
  /** The key the app's keychain holds for its API origin (the Secret Service itself, where the shell uses it). */
  storedKey(): Promise<string | null>;
  /**
   * With `controlledClock`: moves the app's time on by `ms` at once, in its main side and its page,
   * firing every timer that falls due by then (reminders, undo windows, retries, the late-save
   * limit), each once, as if that time had passed. Use it instead of waiting: e.g.
   * `await app.advanceClock(5 * 60_000)`. Restarts keep the time reached.
   */
  advanceClock(ms: number): Promise<void>;
  /** The app's time now (ms since 1970): the real time plus every advanceClock() so far. */
  now(): Promise<number>;
  /** Quit and start again on the same data folder. */
  restart(): Promise<void>;
  close(): Promise<void>;
}
