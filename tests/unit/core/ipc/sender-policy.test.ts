import { describe, expect, it } from 'vitest';
import {
  checkSender,
  isRendererUrl,
  type SenderFacts,
  type TrustedSender,
} from '../../../../electron/core/ipc/sender-policy';

const builtPopover: TrustedSender = {
  windowId: 3,
  rendererUrl: 'file:///opt/Omi%20Tray/resources/app.asar/out/renderer/index.html',
};
const devPopover: TrustedSender = { windowId: 3, rendererUrl: 'http://localhost:5173' };

const fromPopover = (overrides: Partial<SenderFacts> = {}): SenderFacts => ({
  frameUrl: builtPopover.rendererUrl,
  isMainFrame: true,
  windowId: 3,
  ...overrides,
});

describe('the IPC sender check', () => {
  it('accepts the main frame of the popover showing the built renderer', () => {
    expect(checkSender(fromPopover(), builtPopover)).toEqual({ allowed: true });
  });

  it('accepts the built renderer whatever its hash or query', () => {
    const url = `${builtPopover.rendererUrl}?mode=quick#item-7`;
    expect(checkSender(fromPopover({ frameUrl: url }), builtPopover)).toEqual({ allowed: true });
  });

  it('accepts any page of the dev server in development', () => {
    const sender = fromPopover({ frameUrl: 'http://localhost:5173/index.html' });
    expect(checkSender(sender, devPopover)).toEqual({ allowed: true });
  });

  it.each([
    ['another file', 'file:///tmp/evil/index.html'],
    ['a file beside ours', 'file:///opt/Omi%20Tray/resources/app.asar/out/renderer/other.html'],
    ['a web page', 'https://example.com/'],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['something unparsable', 'not a url'],
  ])('refuses %s in our window', (_name, frameUrl) => {
    const verdict = checkSender(fromPopover({ frameUrl }), builtPopover);
    expect(verdict).toEqual({ allowed: false, reason: 'the sending page is not the Omi Tray popover' });
  });

  it.each([
    ['another port on the same host', 'http://localhost:5174/'],
    ['another host', 'http://127.0.0.2:5173/'],
    ['https on the same host and port', 'https://localhost:5173/'],
  ])('refuses %s in development', (_name, frameUrl) => {
    expect(checkSender(fromPopover({ frameUrl }), devPopover).allowed).toBe(false);
  });

  it('refuses a subframe, even one showing our page', () => {
    const verdict = checkSender(fromPopover({ isMainFrame: false }), builtPopover);
    expect(verdict).toEqual({ allowed: false, reason: 'the message came from a subframe' });
  });

  it('refuses another window, even one showing our page', () => {
    const verdict = checkSender(fromPopover({ windowId: 4 }), builtPopover);
    expect(verdict).toEqual({ allowed: false, reason: 'the message came from another window' });
    expect(checkSender(fromPopover({ windowId: null }), builtPopover).allowed).toBe(false);
  });

  it('refuses a frame that no longer exists', () => {
    const verdict = checkSender(fromPopover({ frameUrl: null }), builtPopover);
    expect(verdict).toEqual({ allowed: false, reason: 'the sending frame no longer exists' });
  });
});

describe('recognising the renderer page', () => {
  it('never trusts anything when the expected URL is not an app://, file or http page', () => {
    expect(isRendererUrl('chrome-extension://omi/index.html', 'chrome-extension://omi/index.html')).toBe(false);
    expect(isRendererUrl('data:text/html,omi', 'data:text/html,omi')).toBe(false);
  });

  it('trusts the built page over app:// and nothing else on that scheme', () => {
    expect(isRendererUrl('app://omi-tray/index.html', 'app://omi-tray/index.html')).toBe(true);
    expect(isRendererUrl('app://omi-tray/index.html?x#y', 'app://omi-tray/index.html')).toBe(true);
    expect(isRendererUrl('app://omi-tray/evil.html', 'app://omi-tray/index.html')).toBe(false);
    expect(isRendererUrl('app://evil/index.html', 'app://omi-tray/index.html')).toBe(false);
  });

  it('tells a file URL from a dev-server URL', () => {
    expect(isRendererUrl('http://localhost:5173/', builtPopover.rendererUrl)).toBe(false);
    expect(isRendererUrl(builtPopover.rendererUrl, devPopover.rendererUrl)).toBe(false);
  });
});
