/**
 * What the popover's page is allowed, as the main process sets it up: the Content Security Policy
 * sent with our pages only (strict when built, the dev server's origin alone under `electron-vite
 * dev`), no permission of any kind, and app:// registered as a secure standard scheme that serves
 * the built page with its policy.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OnHeadersReceivedListenerDetails, HeadersReceivedResponse, WebContents } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { RendererLocation } from '../../../../electron/main/app-paths';
import { registerAppScheme, serveRenderer } from '../../../../electron/main/security/app-protocol';
import {
  contentSecurityPolicy,
  sendContentSecurityPolicy,
} from '../../../../electron/main/security/content-security-policy';
import { STRICT_POLICY } from '../../../../electron/main/security/csp-policies';
import { denyPermissions } from '../../../../electron/main/security/deny-permissions';
import { protocol } from '../../../electron-double/main/protocol';
import { session } from '../../../electron-double/main/session';

vi.mock('electron', async () => (await import('../../../electron-double/electron-main')).electronMain);

const built: RendererLocation = {
  url: 'app://omi-tray/index.html',
  devServer: false,
  rootDir: '/app/renderer',
  load: async () => undefined,
};
const devServer: RendererLocation = {
  url: 'http://localhost:5173/',
  devServer: true,
  rootDir: null,
  load: async () => undefined,
};

/** Runs the response-header listener the app installed on one response, as Chromium would. */
function respond(url: string, responseHeaders?: Record<string, string[]>): HeadersReceivedResponse {
  const listener = session.defaultSession.webRequest.headersListener;
  if (!listener) throw new Error('No response-header listener was installed');
  let answer: HeadersReceivedResponse | null = null;
  listener({ url, responseHeaders } as OnHeadersReceivedListenerDetails, (response) => {
    answer = response;
  });
  if (answer === null) throw new Error('The listener never answered');
  return answer;
}

let folder: string | null = null;
afterAll(() => (folder ? rm(folder, { recursive: true, force: true }) : undefined));

describe('the content security policy', () => {
  it('replaces whatever policy a page of ours came with by the strict one', () => {
    sendContentSecurityPolicy(built);
    const answer = respond('app://omi-tray/index.html', {
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(answer.responseHeaders).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [STRICT_POLICY],
    });
    expect(STRICT_POLICY).toContain("connect-src 'none'");
    expect(STRICT_POLICY).toContain("frame-ancestors 'none'");
  });

  it("leaves the Omi API's responses as they came", () => {
    sendContentSecurityPolicy(built);
    expect(respond('https://api.omi.me/v1/dev/user/action-items', { 'Content-Type': ['application/json'] })).toEqual(
      {},
    );
  });

  it('sets a policy on a page that came without headers', () => {
    sendContentSecurityPolicy(built);
    expect(respond('app://omi-tray/index.html').responseHeaders).toEqual({
      'Content-Security-Policy': [STRICT_POLICY],
    });
  });

  it('under the dev server, allows that origin and its hot-reload socket, and nothing else', () => {
    const policy = contentSecurityPolicy(devServer);
    expect(policy).toContain("script-src 'self' http://localhost:5173");
    expect(policy).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ ...devServer, url: 'https://localhost:5443/' })).toContain('wss://localhost:5443');
    expect(contentSecurityPolicy(built)).toBe(STRICT_POLICY);
    sendContentSecurityPolicy(devServer);
    expect(respond('http://localhost:5173/src/main.ts').responseHeaders).toEqual({
      'Content-Security-Policy': [policy],
    });
    expect(respond('http://localhost:5174/')).toEqual({});
  });
});

describe('permissions', () => {
  it('refuses every request and check: camera, notifications, devices alike', () => {
    denyPermissions();
    const ses = session.defaultSession;
    const granted: boolean[] = [];
    const page = {} as WebContents;
    ses.permissionRequest?.(page, 'media', (grant) => granted.push(grant), {
      requestingUrl: 'app://omi-tray/index.html',
      isMainFrame: true,
    });
    ses.permissionRequest?.(page, 'notifications', (grant) => granted.push(grant), {
      requestingUrl: 'app://omi-tray/index.html',
      isMainFrame: true,
    });
    expect(granted).toEqual([false, false]);
    expect(
      ses.permissionCheck?.(page, 'clipboard-read', 'app://omi-tray', {
        isMainFrame: true,
        requestingUrl: 'app://omi-tray/index.html',
        embeddingOrigin: '',
      }),
    ).toBe(false);
    expect(ses.devicePermission?.({ deviceType: 'usb', origin: 'app://omi-tray' } as never)).toBe(false);
  });
});

describe('the app:// scheme', () => {
  it('is registered as a secure standard scheme that fetch may use', () => {
    registerAppScheme();
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the built page with its policy', async () => {
    folder = await mkdtemp(join(tmpdir(), 'omi-tray-app-scheme-'));
    await writeFile(join(folder, 'index.html'), '<!doctype html><title>Omi Tray</title>');
    serveRenderer({ rootDir: folder, contentSecurityPolicy: STRICT_POLICY });
    const page = await protocol.answer('app://omi-tray/index.html', 'GET', {});
    expect(page.status).toBe(200);
    expect(new Map(page.headers).get('content-security-policy')).toBe(STRICT_POLICY);
    expect(new TextDecoder().decode(page.body ?? new Uint8Array())).toContain('<title>Omi Tray</title>');
    expect((await protocol.answer('app://omi-tray/../secret.json', 'GET', {})).status).toBe(404);
  });
});
