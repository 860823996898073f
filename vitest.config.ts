import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Builds the sample and the fixture content once, before any build test runs.
          globalSetup: ['tests/build/setup.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
