import { defineConfig } from 'vite';

/**
 * The CDN build: `dist/cdn/maillage.js` (every element, Lit included), the
 * iframe page's script and the host-page resizer. Not Vite's library mode:
 * that inlines maplibre's worker as a `data:` URL, which a strict CSP
 * (`worker-src 'self'`) refuses; here the worker is a file beside the chunks.
 * Every URL is relative, so the folder works from any origin.
 */
export default defineConfig({
  base: './',
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    modulePreload: false,
    rollupOptions: {
      input: {
        maillage: 'src/cdn.ts',
        'embed-frame': 'src/embed/frame.ts',
        'maillage-resizer': 'src/embed/resizer.ts',
      },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
