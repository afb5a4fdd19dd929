/**
 * The popover: one frameless window beside the tray, created hidden at start so it opens at once.
 * It hides on blur (a click elsewhere), a second tray click hides it rather than flickering, and
 * closing it only hides it: the app lives in the tray until "Quit".
 */
import { app, BrowserWindow, screen, type Rectangle } from 'electron';
import type { PopoverShown, PushChannel } from '../../shared/ipc-contract';
import type { Logger, PopoverPort, SendToRenderer, TrustedSender } from '../../core';
import type { RendererLocation } from '../app-paths';
import { popoverPosition, trayEdge } from './popover-placement';

const SIZE = { width: 380, height: 560 } as const;
/** Windows may blur a window ~100 ms after showing it, while the tray click is still being handled. */
const BLUR_AFTER_SHOW_MS = 150;
/** A tray click on the open popover first blurs it; that same click must not open it again. */
const CLICK_AFTER_BLUR_MS = 300;
/** A page that keeps crashing is not reloaded forever. */
const MAX_RELOADS = 3;

export interface PopoverWindow extends PopoverPort {
  send: SendToRenderer;
  trustedSender(): TrustedSender;
}

export interface PopoverWindowOptions {
  renderer: RendererLocation;
  preload: string;
  /** DevTools only in unpackaged builds. */
  devTools: boolean;
  platform: NodeJS.Platform;
  now(): number;
  trayBounds(): Rectangle | null;
  logger: Logger;
}

export function createPopoverWindow(options: PopoverWindowOptions): PopoverWindow {
  const { platform, now, logger } = options;
  const window = hiddenPopoverWindow(options);
  let quitting = false;
  let shownAt = Number.NEGATIVE_INFINITY;
  let hiddenByBlurAt = Number.NEGATIVE_INFINITY;
  const isShown = () => window.isVisible();

  app.on('before-quit', () => {
    quitting = true;
  });
  window.on('close', (event) => {
    if (quitting) return;
    event.preventDefault();
    window.hide();
  });
  window.on('blur', () => {
    if (!isShown()) return;
    if (platform === 'win32' && now() - shownAt < BLUR_AFTER_SHOW_MS) {
      window.focus();
      return;
    }
    window.hide();
    hiddenByBlurAt = now();
  });
  const send = pushToPage(window);
  reloadAfterCrash(window, logger, () => quitting);
  options.renderer.load(window).catch((error: unknown) => {
    logger.error('The popover page could not be loaded', { error: String(error) });
  });

  const show = (how: PopoverShown) => {
    if (window.isDestroyed()) return;
    const edge = placeBesideTray(window, options.trayBounds());
    window.show();
    if (platform === 'darwin') app.focus({ steal: true });
    window.focus();
    shownAt = now();
    send('popover:shown', edge === null ? how : { ...how, trayEdge: edge });
  };

  const hide = () => {
    if (!window.isDestroyed()) window.hide();
  };

  return {
    show,
    hide,
    toggle() {
      if (window.isDestroyed()) return false;
      if (isShown()) {
        hide();
        return false;
      }
      if (now() - hiddenByBlurAt < CLICK_AFTER_BLUR_MS) return false;
      show({ mode: 'checklist', focusItemId: null });
      return true;
    },
    send,
    trustedSender: () => ({ windowId: window.id, rendererUrl: options.renderer.url }),
    onVisibilityChange(listener) {
      window.on('show', () => listener(true));
      window.on('hide', () => listener(false));
    },
  };
}

/** The window itself, hidden until asked for: frameless, out of the taskbar, its page sandboxed with no Node. */
function hiddenPopoverWindow(options: PopoverWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...SIZE,
    show: false,
    frame: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    hiddenInMissionControl: true,
    title: 'Omi Tray',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // Off: Chromium would download dictionaries on Linux and Windows, and the popover needs no network.
      spellcheck: false,
      // No middle-click: it could only ask for a new window or a navigation, which are refused anyway.
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools,
    },
  });
  if (options.platform === 'darwin') {
    // Above other apps' windows and over full-screen spaces, like a menu.
    window.setAlwaysOnTop(true, 'pop-up-menu');
    window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
  }
  return window;
}

/**
 * Sends pushes to the page once it has loaded. Until then (and again while it reloads) only the
 * latest of each push is kept: the page asks for the snapshot itself once loaded.
 */
function pushToPage(window: BrowserWindow): SendToRenderer {
  let loaded = false;
  const waitingForLoad = new Map<PushChannel, unknown>();
  window.webContents.on('did-finish-load', () => {
    loaded = true;
    for (const [channel, payload] of waitingForLoad) window.webContents.send(channel, payload);
    waitingForLoad.clear();
  });
  window.webContents.on('did-start-loading', () => {
    loaded = false;
  });
  return (channel, payload) => {
    if (window.isDestroyed()) return;
    if (!loaded) {
      waitingForLoad.set(channel, payload);
      return;
    }
    window.webContents.send(channel, payload);
  };
}

/** A page that stopped is loaded again, a few times at most; not while quitting, nor after a clean exit. */
function reloadAfterCrash(window: BrowserWindow, logger: Logger, quitting: () => boolean): void {
  let reloadsLeft = MAX_RELOADS;
  window.webContents.on('render-process-gone', (_event, details) => {
    logger.error('The popover page stopped', { reason: details.reason, exitCode: details.exitCode });
    if (quitting() || details.reason === 'clean-exit' || reloadsLeft === 0) return;
    // The tray keeps working without it, but the popover is the app's face: bring it back, a few times at most.
    reloadsLeft -= 1;
    window.webContents.reload();
  });
}

/** Beside the tray icon on its display; without one (some Linux trays), on the pointer's display. */
/** Moves the popover beside the tray icon; answers the edge that faces the icon (null when it is unknown). */
function placeBesideTray(window: BrowserWindow, trayBounds: Rectangle | null): 'top' | 'bottom' | null {
  const display = trayBounds
    ? screen.getDisplayNearestPoint({
        x: Math.round(trayBounds.x + trayBounds.width / 2),
        y: Math.round(trayBounds.y + trayBounds.height / 2),
      })
    : screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
  const { x, y } = popoverPosition(SIZE, display.workArea, trayBounds);
  window.setPosition(x, y, false);
  return trayEdge(display.workArea, trayBounds);
}
