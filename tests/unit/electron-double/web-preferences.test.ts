/**
 * A window whose webPreferences turn off isolation, the sandbox or web security, or turn on Node,
 * fails the test that made it: the double throws, naming each preference and why.
 */
import { describe, expect, it } from 'vitest';
import type { WebPreferences } from 'electron';
import { checkWebPreferences } from '../../electron-double/main/web-preferences';

describe("the double's webPreferences", () => {
  it("takes Electron's defaults and the popover's own preferences", () => {
    expect(() => checkWebPreferences()).not.toThrow();
    expect(() =>
      checkWebPreferences({
        preload: '/p.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
      }),
    ).not.toThrow();
  });

  it.each<[WebPreferences, string]>([
    [{ contextIsolation: false }, 'contextIsolation: false'],
    [{ nodeIntegration: true }, 'nodeIntegration: true'],
    [{ sandbox: false }, 'sandbox: false'],
    [{ nodeIntegrationInSubFrames: true }, 'nodeIntegrationInSubFrames: true'],
    [{ nodeIntegrationInWorker: true }, 'nodeIntegrationInWorker: true'],
    [{ webSecurity: false }, 'webSecurity: false'],
    [{ allowRunningInsecureContent: true }, 'allowRunningInsecureContent: true'],
  ])('refuses %o loudly', (preferences, named) => {
    expect(() => checkWebPreferences(preferences)).toThrow(named);
  });

  it('names every refused preference at once', () => {
    expect(() => checkWebPreferences({ contextIsolation: false, sandbox: false })).toThrow(
      /contextIsolation: false.*sandbox: false/,
    );
  });
});
