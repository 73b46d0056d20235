/**
 * Writes `.storybook/static/national-sample.json`: the "national" choice of the
 * Storybook feed switcher. A deterministic synthetic feed (every mainland EPCI
 * with its outline, 2,000 partners, 300 events, 120 requests) made by the same
 * generator as `maillage synth`, so the elements can be judged at national scale
 * without a network. Run: `node stories/build-national-sample.mjs`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { simplify } from '@turf/simplify';
import { tsImport } from 'tsx/esm/api';

const { synthFeed } = await tsImport('../src/cli/synth.ts', import.meta.url);
const { checkGeometry } = await tsImport('../src/cli/geometry-checks.ts', import.meta.url);

const feed = synthFeed({ partners: 2000, events: 300, requests: 120, seed: 2026, today: '2026-01-15' });
const out = new URL('../.storybook/static/national-sample.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
// Under 3 MB so it can live in git: EPCI outlines simplified (~500 m tolerance, plenty at national zoom) to
// 3 decimals with consecutive repeats dropped, and département outlines left out (no element draws them;
// their bbox and centroid stay).
const round3 = (n) => Math.round(n * 1000) / 1000;
const ring = (points) => {
  const out = [];
  for (const [lon, lat] of points) {
    const p = [round3(lon), round3(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : points;
};
const shrink = (geometry, tolerance) => {
  const g = tolerance ? simplify(geometry, { tolerance, highQuality: true }) : structuredClone(geometry);
  if (g.type === 'Polygon') g.coordinates = g.coordinates.map(ring);
  else g.coordinates = g.coordinates.map((p) => p.map(ring));
  return g;
};
// The coarsest outline `maillage validate` accepts (simplifying can fold a thin strip onto itself).
const crossings = (g) => checkGeometry(g, true).length;
for (const t of feed.territories) {
  if (t.kind === 'departement') delete t.geometry;
  if (!t.geometry) continue;
  const candidates = [0.005, 0.002, 0.001, 0.0005, 0].map((tolerance) => shrink(t.geometry, tolerance));
  t.geometry = candidates.find((g) => crossings(g) === 0) ?? t.geometry;
}
const text = JSON.stringify(feed);
writeFileSync(out, text);
console.log(`${out.pathname}: ${(text.length / 1024).toFixed(0)} KiB`);
