import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The sample feeds are served with the stories, so no story fetches anything from outside.
  staticDirs: [
    { from: '../demo/feeds', to: '/feeds' },
    { from: '../tests/fixtures', to: '/fixtures' },
    // national-sample.json, made by stories/build-national-sample.mjs.
    './static',
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    config.optimizeDeps = {
      ...config.optimizeDeps,
      // Every Lit entry the elements import, found up front: a late discovery reloads the page mid-test.
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive.js',
        'lit/directive-helpers.js',
        'lit/directives/if-defined.js',
        'lit/directives/live.js',
        'lit/directives/repeat.js',
        'maplibre-gl',
      ],
    };
    return config;
  },
};
export default config;
