import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { devServerCsp } from './electron/main/security/vite-dev-csp';

export default defineConfig({
  main: {
    build: {
      // keytar is a native module: it stays in node_modules, electron-builder unpacks its .node file.
      externalizeDeps: { include: ['keytar'] },
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
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
    plugins: [svelte(), devServerCsp()],
    build: {
      // electron-vite leaves the renderer unminified; the popover opens on every tray click, so it
      // ships minified (roughly halves what Chromium parses).
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/index.html') } },
    },
  },
});
