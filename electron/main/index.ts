/**
 * Omi Tray's main process. It only composes: Electron adapters in, core's composition root out.
 * Every decision lives in electron/core.
 */
import { app, net } from 'electron';
import { createLogger, createOmiTray, systemClock, type OmiTray, type Platform } from '../core';
import { preloadPath, rendererLocation, trayIconDir } from './app-paths';
import { createAskDialog } from './adapters/ask-dialog';
import { environmentFor } from './adapters/automation-env';
import { useDataDir, type DataDir } from './adapters/data-dir';
import { localTimeZoneReader, takeApiOverrides } from './adapters/environment';
import { systemLocale } from './adapters/system-locale';
import { createNetFetch } from './adapters/fetch';
import { createLogSink, logFolder } from './adapters/log-sink';
import { createLoginItem } from './adapters/login-item';
import { createNotifier } from './adapters/notifier';
import { createPopoverWindow } from './adapters/popover-window';
import { createPower } from './adapters/power';
import { createSecretStore } from './adapters/secret-store';
import { createShortcuts } from './adapters/shortcuts';
import { showFolder } from './adapters/show-folder';
import { createTrayIcon } from './adapters/tray';
import { registerHandlers } from './ipc/register-handlers';
import { afterReady, beforeReady } from './lifecycle/platform-setup';
import { quitAfterShutdown } from './lifecycle/quit-after-shutdown';
import { failToStart } from './lifecycle/start-failure';
import { debuggingSwitch, debuggingSwitchWords } from './security/debug-switches';
import { denyPermissions } from './security/deny-permissions';
import { turnOffSpellchecker } from './security/no-spellcheck';
import { hardenWebContents } from './security/harden-web-contents';
import { contentSecurityPolicy, sendContentSecurityPolicy } from './security/content-security-policy';
import { registerAppScheme, serveRenderer } from './security/app-protocol';
import { runPageSmoke } from './smoke/page-smoke';

/** true only in a smoke build (OMI_TRAY_SMOKE_BUILD=1, electron.vite.config.ts); unset elsewhere. */
declare const __OMI_TRAY_SMOKE_BUILD__: boolean | undefined;

// First of all: OMI_API_KEY leaves process.env before Electron starts any process of its own.
const apiOverrides = takeApiOverrides(process.env);
// An installed app refuses debugging switches on its command line (security/debug-switches.ts).
const debugSwitch = app.isPackaged ? debuggingSwitch(process.argv) : null;
if (debugSwitch !== null) failToStart(new Error(debuggingSwitchWords(debugSwitch)));
// What this run may read: an installed app ignores the development-only OMI_TRAY_* variables.
const env = environmentFor(process.env, app.isPackaged);
const platform = process.platform;
// Before the lock: the lock lives in the data folder, so each data folder is its own app.
const openedDataDir = debugSwitch === null ? openDataDir() : null;

let omiTray: OmiTray | null = null;

if (openedDataDir === null) {
  // failToStart has said why and asked to exit.
} else if (!app.requestSingleInstanceLock()) {
  // Another Omi Tray runs on this data folder; it has been told (second-instance) and shows itself.
  app.quit();
} else {
  beforeReady({ platform });
  // app:// serves the built popover; Electron accepts privileged schemes only before ready.
  registerAppScheme();
  app.on('second-instance', (_event, argv) => omiTray?.secondInstance(argv));
  app
    .whenReady()
    .then(() => start(openedDataDir))
    .catch(failToStart);
}

function openDataDir(): DataDir | null {
  try {
    return useDataDir(env);
  } catch (error) {
    failToStart(error);
    return null;
  }
}

async function start(data: DataDir): Promise<void> {
  const dataDir = data.path;
  const logSink = createLogSink({ dataDir, echo: !app.isPackaged, tighten: data.own });
  const logger = createLogger({
    sink: (line) => logSink.write(line),
    level: env.OMI_TRAY_DEBUG === '1' ? 'debug' : 'info',
  });
  process.on('unhandledRejection', (reason) => logger.error('Unhandled rejection', { reason: String(reason) }));
  logger.info('Omi Tray starting', { version: app.getVersion(), platform, packaged: app.isPackaged });
  if (data.problem !== null) logger.warn(data.problem);

  afterReady({ platform });
  const renderer = rendererLocation();
  if (renderer.rootDir !== null)
    serveRenderer({ rootDir: renderer.rootDir, contentSecurityPolicy: contentSecurityPolicy(renderer) });
  sendContentSecurityPolicy(renderer);
  denyPermissions();
  turnOffSpellchecker();
  hardenWebContents({ rendererUrl: renderer.url, logger });
  // Compiled out of every build but the packaged smoke test's (smoke/page-smoke.ts).
  if (typeof __OMI_TRAY_SMOKE_BUILD__ !== 'undefined' && __OMI_TRAY_SMOKE_BUILD__) runPageSmoke();

  const clock = systemClock;
  const secrets = await createSecretStore({ env, logger });
  const tray = createTrayIcon({ iconDir: trayIconDir(), platform, onClick: () => omiTray?.trayClicked() });
  const popover = createPopoverWindow({
    renderer,
    preload: preloadPath(),
    devTools: !app.isPackaged,
    platform,
    now: clock.now,
    trayBounds: () => tray.bounds(),
    logger,
  });
  const shortcuts = createShortcuts(logger);

  const adapters: Platform = {
    clock,
    fetch: createNetFetch((input, init) => net.fetch(input, init)),
    secrets,
    dataDir,
    logDir: logFolder(dataDir),
    version: app.getVersion(),
    openFolder: showFolder,
    tray,
    notifier: createNotifier({ platform, logger }),
    shortcuts,
    popover,
    power: createPower(),
    loginItem: createLoginItem({ platform, packaged: app.isPackaged, env, logger }),
    ask: createAskDialog(logger),
    send: popover.send,
    logger,
    env: apiOverrides,
    timeZone: localTimeZoneReader(),
    locale: systemLocale,
    quit: () => app.quit(),
  };
  const core = createOmiTray(adapters);
  omiTray = core;
  registerHandlers({ handlers: core.handlers, trustedSender: popover.trustedSender, logger });
  quitAfterShutdown({
    shutdown: () => core.shutdown(),
    unregisterShortcuts: () => shortcuts.unregisterAll(),
    closeLog: () => logSink.close(),
    clock,
    logger,
  });

  await core.start();
  // The first launch may carry the quick-edit flag too (a desktop keybinding that starts the app).
  if (process.argv.includes('--quick-edit')) core.quickEditRequested();
}
