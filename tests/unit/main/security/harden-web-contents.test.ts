/**
 * Every page the app creates stays on the popover: it may not open windows, navigate or be
 * redirected elsewhere, or embed a webview, and nothing is handed to the browser. The log names only
 * the scheme of what was refused, never the URL (it may carry a token or an item's text).
 */
import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents } from '../../../../electron/main/security/harden-web-contents';
import { app } from '../../../electron-double/main/app';
import { WebContentsDouble } from '../../../electron-double/main/browser-window';
import { electronEvent } from '../../../electron-double/main/electron-event';
import { openedExternally } from '../../../electron-double/main/shell';
import { recordingLogger } from '../../../doubles/recording-logger';

vi.mock('electron', async () => (await import('../../../electron-double/electron-main')).electronMain);

const PAGE = 'app://omi-tray/index.html';
const { logger, lines } = recordingLogger();
hardenWebContents({ rendererUrl: PAGE, logger });

function newPage(): WebContentsDouble {
  const contents = new WebContentsDouble(1);
  app.emit('web-contents-created', electronEvent(), contents);
  return contents;
}

/** Emits a navigation event as Electron does, with the target URL on the event; true when the app stopped it. */
function tryTo(
  contents: WebContentsDouble,
  what: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
  url: string,
): boolean {
  const event = Object.assign(electronEvent(), { url });
  contents.emit(what, event);
  return event.defaultPrevented;
}

const warnings = () => lines.filter((line) => line.level === 'warn').map((line) => line.context);

describe('a page of the app', () => {
  it('may not open a window; the log names the scheme, not the URL', () => {
    lines.length = 0;
    const answer = newPage().windowOpenHandler?.({
      url: 'https://evil.example/steal?token=omi_secret',
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'default' },
    });
    expect(answer).toEqual({ action: 'deny' });
    expect(warnings()).toEqual([{ scheme: 'https' }]);
    expect(JSON.stringify(lines)).not.toContain('omi_secret');
    expect(openedExternally).toEqual([]);
  });

  it('may reload or move within the popover page', () => {
    lines.length = 0;
    const page = newPage();
    expect(tryTo(page, 'will-navigate', `${PAGE}#settings`)).toBe(false);
    expect(tryTo(page, 'will-redirect', PAGE)).toBe(false);
    expect(lines).toEqual([]);
  });

  it('may not navigate elsewhere, nor be redirected there', () => {
    lines.length = 0;
    const page = newPage();
    expect(tryTo(page, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(tryTo(page, 'will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(tryTo(page, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(warnings()).toEqual([{ scheme: 'file' }, { scheme: 'javascript' }]);
    expect(openedExternally).toEqual([]);
  });

  it('logs "none" for a target that has no scheme at all', () => {
    lines.length = 0;
    expect(tryTo(newPage(), 'will-navigate', '//evil.example/')).toBe(true);
    expect(warnings()).toEqual([{ scheme: 'none' }]);
  });

  it('may not embed a webview', () => {
    expect(tryTo(newPage(), 'will-attach-webview', PAGE)).toBe(true);
  });
});
