/**
 * A window made with preferences Electron's security checklist forbids fails where it is made: the
 * double's BrowserWindow checks its webPreferences before it asks the harness for a page.
 */
import { describe, expect, it } from 'vitest';
import type { WebPreferences } from 'electron';
import { BrowserWindowDouble } from '../../electron-double/main/browser-window';

describe("the double's BrowserWindow", () => {
  it.each<[WebPreferences, RegExp]>([
    [{ contextIsolation: false }, /contextIsolation: false/],
    [{ nodeIntegration: true }, /nodeIntegration: true/],
    [{ sandbox: false }, /sandbox: false/],
  ])('refuses to be made with %o', (webPreferences, named) => {
    expect(() => new BrowserWindowDouble({ webPreferences })).toThrow(named);
    expect(BrowserWindowDouble.getAllWindows()).toEqual([]);
  });
});
