import { defineConfig } from 'vitest/config';

/** Unit tests of pure code in Node. Element tests run in Chromium through Web Test Runner (web-test-runner.config.mjs). */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
