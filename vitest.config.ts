import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/**
 * Two projects: `unit` (pure code in Node) and `storybook` (every story rendered
 * as a test in headless Chromium, with axe violations failing it). Element
 * behaviour tests run through Web Test Runner (web-test-runner.config.mjs).
 */
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
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        optimizeDeps: {
          include: [
            'lit',
            'lit/decorators.js',
            'lit/directive.js',
            'lit/directive-helpers.js',
            'lit/directives/class-map.js',
            'lit/directives/if-defined.js',
            'lit/directives/live.js',
            'lit/directives/repeat.js',
            'maplibre-gl',
          ],
        },
        test: {
          name: 'storybook',
          testTimeout: 30_000,
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            // Its own provider object: sharing one between projects garbles them.
            provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
