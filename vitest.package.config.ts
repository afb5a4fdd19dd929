/** `npm run test:package`: builds the app with electron-builder (about a minute), so it is kept out of `npm test`. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/packaging/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // A test.only left behind fails the run in CI instead of quietly running alone.
    allowOnly: !process.env.CI,
  },
});
