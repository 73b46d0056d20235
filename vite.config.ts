import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * `npm run demo`: serves the demo pages (demo/*.html) on localhost with the
 * sample feeds in demo/feeds. Nothing is fetched from outside the machine.
 */
export default defineConfig({
  root: '.',
  server: { open: false, host: '127.0.0.1', fs: { strict: true } },
  preview: { host: '127.0.0.1' },
  // Every demo page is scanned at start-up, so no dependency is discovered (and the page reloaded) mid-visit.
  optimizeDeps: {
    entries: ['demo/**/*.html'],
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directive.js',
      'lit/directives/class-map.js',
      'maplibre-gl',
      'minisearch',
    ],
  },
  build: {
    outDir: 'dist/demo',
    rollupOptions: {
      input: Object.fromEntries(
        ['index', 'commune', 'marque-mayenne', 'reseau-ailb', 'foire-leader'].map((page) => [
          page,
          resolve(import.meta.dirname, `demo/${page}.html`),
        ]),
      ),
    },
  },
});
