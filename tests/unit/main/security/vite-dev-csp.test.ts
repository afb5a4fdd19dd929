/**
 * Under the dev server the page's meta policy gives way to the dev server's policy for that
 * server's origin (Vite's injected styles and hot-reload socket); a build keeps the strict meta tag.
 */
import type { ViteDevServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { devServerPolicy } from '../../../../electron/main/security/csp-policies';
import { devServerCsp } from '../../../../electron/main/security/vite-dev-csp';

const PAGE = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'" /></head>`;

/** The plugin as Vite drives it: told of the dev server (when serving), then asked for the page. */
function plugin(server: Pick<ViteDevServer, 'resolvedUrls'> | null) {
  const csp = devServerCsp();
  const configureServer = csp.configureServer as unknown as (devServer: Pick<ViteDevServer, 'resolvedUrls'>) => void;
  const transformIndexHtml = csp.transformIndexHtml as unknown as (html: string) => string;
  if (server) configureServer(server);
  return { csp, transform: transformIndexHtml };
}

describe('the dev server page policy', () => {
  it('applies only while serving', () => {
    expect(plugin(null).csp.apply).toBe('serve');
  });

  it("puts the dev server's policy for its own origin in the meta tag, without frame-ancestors", () => {
    const { transform } = plugin({ resolvedUrls: { local: ['http://localhost:5173/'], network: [] } });
    const html = transform(PAGE);
    expect(html).toBe(
      `<head><meta http-equiv="Content-Security-Policy" content="${devServerPolicy('http://localhost:5173/', { forMeta: true })}" /></head>`,
    );
    expect(html).toContain('ws://localhost:5173');
    expect(html).not.toContain('frame-ancestors');
  });

  it('leaves the page alone until the server knows its address', () => {
    expect(plugin(null).transform(PAGE)).toBe(PAGE);
    expect(plugin({ resolvedUrls: null }).transform(PAGE)).toBe(PAGE);
  });
});
