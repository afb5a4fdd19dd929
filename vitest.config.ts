import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    exclude: ['tests/integration/keychain/**'],
    environment: 'node',
    restoreMocks: true,
    // Give-up limits for shared, busy machines; no test measures time.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
