/**
 * `npm run build`: the npm package (ES modules + declarations in dist/, from
 * tsc) and the CDN folder (dist/cdn/, from Vite), plus the embed page.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// In the source tree maplibre's worker sits in the repo's node_modules; once installed, maillage and
// maplibre-gl are siblings in the consumer's node_modules (bundlers then emit the worker as an asset).
const mapView = 'dist/components/epci-map/map-view.js';
const source = readFileSync(mapView, 'utf8');
const fixed = source.replace("'../../../node_modules/maplibre-gl/", "'../../../../maplibre-gl/");
if (fixed === source) throw new Error(`${mapView}: the maplibre worker path was not found; update scripts/build.mjs`);
writeFileSync(mapView, fixed);
run('npx', ['vite', 'build', '--config', 'vite.cdn.config.ts', '--logLevel', 'warn']);
copyFileSync('src/embed/embed.html', 'dist/cdn/embed.html');
copyFileSync('src/embed/embed.css', 'dist/cdn/embed.css');
console.log('built dist/ (npm modules) and dist/cdn/ (one-file embed)');
