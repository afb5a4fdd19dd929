/**
 * `npm start -- --dev`: the popover from Vite's dev server, with the CSP main sends for it (header)
 * and the page's own meta tag as the dev server rewrites it. Vite injects every stylesheet as a
 * <style> tag and hot-reloads over a WebSocket: both must work, and no CSP violation may be reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from '@playwright/test';
import { createServer, type Plugin, type UserConfig, type ViteDevServer } from 'vite';
import config from '../../../electron.vite.config';
import { readFileSync } from 'node:fs';
import { devServerPolicy, STRICT_POLICY } from '../../../electron/main/security/csp-policies';
import { devServerCsp } from '../../../electron/main/security/vite-dev-csp';
import { launchChromium } from '../../harness/chromium';

let server: ViteDevServer;

function policyHeader(): Plugin {
  return {
    name: 'test-dev-policy-header',
    configureServer(devServer) {
      devServer.middlewares.use((_request, response, next) => {
        const url = devServer.resolvedUrls?.local[0];
        if (url) response.setHeader('Content-Security-Policy', devServerPolicy(url));
        next();
      });
    },
  };
}
let browser: Browser;
let pageUrl: string;

beforeAll(async () => {
  const renderer = (config as { renderer: UserConfig }).renderer;
  server = await createServer({
    ...renderer,
    // What main adds to the dev server's page (content-security-policy.ts), on top of its meta tag.
    plugins: [...(renderer.plugins ?? []), policyHeader()],
    configFile: false,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 15_173, strictPort: false },
  });
  await server.listen();
  pageUrl = server.resolvedUrls?.local[0] ?? '';
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('dev mode', () => {
  it('shows the styled popover and connects hot reload, with no CSP violation', async () => {
    expect(pageUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });

    await page.goto(pageUrl);
    await expect.poll(() => messages.some((text) => text.includes('[vite] connected')), { timeout: 20_000 }).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('style').length), { timeout: 20_000 })
      .toBeGreaterThan(0);

    const styled = await page.evaluate(() => ({
      accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      font: getComputedStyle(document.body).fontFamily,
      meta: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    }));
    expect(styled.accent).toMatch(/^#[0-9a-f]{6}$/i);
    expect(styled.font).not.toMatch(/^"?Times/);
    expect(styled.meta).toContain("'unsafe-inline'");
    expect(styled.meta).toContain(`ws://${new URL(pageUrl).host}`);
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    console.log(
      `Dev mode: ${await page.evaluate(() => document.querySelectorAll('style').length)} injected <style> tags, ${violations.length} CSP violations`,
    );
    expect(violations).toEqual([]);
    expect(messages.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  }, 60_000);

  it('leaves built pages their strict meta policy', () => {
    expect(devServerCsp().apply).toBe('serve');
    expect(readFileSync('src/index.html', 'utf8')).toContain(
      `content="${STRICT_POLICY.replace("; frame-ancestors 'none'", '')}"`,
    );
  });
});
