import { defineConfig } from 'vitest/config';

/** Browser tests: `npm run test:e2e`. They build the test sites once, then drive Chromium. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/build/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time on a 2-core machine.
    fileParallelism: false,
  },
});
