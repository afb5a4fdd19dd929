import { defineConfig } from 'vitest/config';

/** The keychain test alone: it needs a Secret Service, which scripts/test-keychain.sh starts. */
export default defineConfig({
  test: {
    include: ['tests/integration/keychain/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    // Give-up limits for shared, busy machines (each test starts app processes); no test measures time.
    testTimeout: 30_000,
    // A test.only left behind fails the run in CI instead of quietly running alone.
    allowOnly: !process.env.CI,
  },
});
