/** app://omi-tray/ serves the built renderer folder and nothing else. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRendererUrl } from '../../../../electron/core/ipc/sender-policy';
import {
  RENDERER_PAGE_URL,
  rendererProtocolHandler,
  resolveRendererFile,
} from '../../../../electron/main/security/renderer-protocol';

let parent: string;
let root: string;
const CSP = "default-src 'none'";

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'omi-tray-protocol-'));
  root = join(parent, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Omi Tray</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  // Beside the renderer folder: what a traversal would reach.
  await writeFile(join(parent, 'secret.json'), '{"key":"omi_dev_secret"}');
  await writeFile(join(parent, 'renderer-evil.html'), 'evil');
});
afterAll(() => rm(parent, { recursive: true, force: true }));

const get = (url: string, method = 'GET') =>
  rendererProtocolHandler({ rootDir: root, contentSecurityPolicy: CSP })(new Request(url, { method }));

describe('the app:// protocol', () => {
  it('serves the page with its CSP and the built assets with their types', async () => {
    const page = await get(RENDERER_PAGE_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(await page.text()).toContain('<title>Omi Tray</title>');
    const script = await get('app://omi-tray/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBeNull();
    expect((await get('app://omi-tray/')).status).toBe(200);
    expect((await get('app://omi-tray/index.html?x=1#top')).status).toBe(200);
  });

  it.each([
    'app://omi-tray/../secret.json',
    'app://omi-tray/%2e%2e/secret.json',
    'app://omi-tray/%2E%2E%2Fsecret.json',
    'app://omi-tray/assets/%2e%2e/%2e%2e/secret.json',
    'app://omi-tray/..%2fsecret.json',
    'app://omi-tray/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://omi-tray/..%5csecret.json',
    'app://omi-tray/%00index.html',
    'app://omi-tray/%E0%A4%A',
    'app://omi-tray/../renderer-evil.html',
    'app://omi-tray/%2e%2e/renderer-evil.html',
    'app://omi-tray/missing.js',
    'app://omi-tray/assets',
    'app://other-host/index.html',
    'app://omi-tray//etc/passwd',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect([400, 404]).toContain(response.status);
    expect(await response.text()).toBe('');
  });

  it('never names a file outside the renderer folder', () => {
    for (const url of [
      'app://omi-tray/%2e%2e/secret.json',
      'app://omi-tray/a/../../secret.json',
      'app://omi-tray/./../secret.json',
    ]) {
      const found = resolveRendererFile(root, url);
      if (found.ok) expect(found.path.startsWith(`${root}/`)).toBe(true);
    }
    expect(resolveRendererFile(root, 'app://omi-tray/%00')).toEqual({ ok: false, status: 400 });
    expect(resolveRendererFile(root, 'app://omi-tray/%zz')).toEqual({ ok: false, status: 400 });
  });

  it('answers only reads', async () => {
    expect((await get(RENDERER_PAGE_URL, 'POST')).status).toBe(405);
    const head = await get(RENDERER_PAGE_URL, 'HEAD');
    expect(head.status).toBe(200);
  });

  it('is what the sender check and navigation guard trust', () => {
    expect(isRendererUrl('app://omi-tray/index.html#settings', RENDERER_PAGE_URL)).toBe(true);
    expect(isRendererUrl('app://omi-tray/other.html', RENDERER_PAGE_URL)).toBe(false);
    expect(isRendererUrl('app://evil/index.html', RENDERER_PAGE_URL)).toBe(false);
    expect(isRendererUrl('file:///index.html', RENDERER_PAGE_URL)).toBe(false);
    expect(isRendererUrl('https://omi-tray/index.html', RENDERER_PAGE_URL)).toBe(false);
  });
});
