import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { devServerCsp } from './electron/main/security/vite-dev-csp';
import { shortScopingClass } from './scripts/build/scoping-class';

/**
 * `npm run coverage` builds with source maps (separate .map files) to map the built bundles' V8
 * coverage back to the sources. Ordinary builds, `npm run package` included, emit none, and every
 * build empties out/ first, so a package never ships maps from an earlier coverage run.
 */
const sourcemap = process.env.OMI_TRAY_BUILD_SOURCEMAPS === '1';

export default defineConfig({
  main: {
    // The packaged smoke test's build only (electron/main/smoke/page-smoke.ts); false compiles it out.
    define: { __OMI_TRAY_SMOKE_BUILD__: JSON.stringify(process.env.OMI_TRAY_SMOKE_BUILD === '1') },
    build: {
      sourcemap,
      // keytar is a native module: it stays in node_modules, electron-builder unpacks its .node file.
      externalizeDeps: { include: ['keytar'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Its own file, which index.js requires: the keychain test loads exactly this built code
          // in plain Node, where the way keytar is loaded (a dynamic import of CommonJS) matters.
          'secret-store': resolve(__dirname, 'electron/main/adapters/secret-store.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      sourcemap,
      // A sandboxed preload cannot require node_modules and must be CommonJS: bundle everything.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src'),
    // devServerCsp: the page's strict meta CSP would block the dev server's styles and hot reload.
    // Each component's scoping class is short (scripts/build/scoping-class.ts; Svelte's own, carried
    // some 570 times, is "svelte-" and seven characters), and the page does not announce Svelte's
    // version on window: together 0.4 KB of the popover's gzipped 60.
    plugins: [svelte({ compilerOptions: { cssHash: shortScopingClass(), discloseVersion: false } }), devServerCsp()],
    build: {
      // electron-vite leaves the renderer unminified; the popover opens on every tray click, so it
      // ships minified (roughly halves what Chromium parses).
      minify: true,
      // One style sheet, loaded with the page: the later parts' styles (Quick edit, Settings, the
      // first run) compress far better beside the rest than in a file of their own, 0.5 KB of the
      // gzipped 60 for 1.4 KB more of the first load's 50, and the later parts then load no sheet.
      cssCodeSplit: false,
      sourcemap,
      rollupOptions: { input: { index: resolve(__dirname, 'src/index.html') } },
    },
  },
});
