import { defineConfig } from 'vitest/config';

/** The keychain test alone: it needs a Secret Service, which scripts/test-keychain.sh starts. */
export default defineConfig({
  test: {
    include: ['tests/integration/keychain/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    // A test.only left behind fails the run in CI instead of quietly running alone.
    allowOnly: !process.env.CI,
  },
});
