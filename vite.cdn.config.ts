import { defineConfig } from 'vite';

/**
 * The CDN build: `dist/cdn/maillage.js` (every element, Lit included), the
 * iframe page's script and the host-page resizer. Chunks are loaded with
 * relative URLs, so the folder works from any origin.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    lib: {
      entry: {
        maillage: 'src/cdn.ts',
        'embed-frame': 'src/embed/frame.ts',
        'maillage-resizer': 'src/embed/resizer.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
    },
  },
});
