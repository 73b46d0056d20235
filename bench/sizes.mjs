/**
 * What a page must download to show each element: every entry bundled and
 * minified the way a page author's bundler (or our CDN build) would, Lit and
 * the feed loader included, maplibre-gl counted apart. Sizes are gzip -9 bytes.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1000;

/** Budgets from the issues, in gzip bytes (Lit and the feed loader included). */
export const BUDGETS = {
  'cooperation-card': 16 * KB,
  'cooperation-list': 16 * KB,
  'marque-badge': 12 * KB,
  'event-timeline': 18 * KB,
  'partner-search': 26 * KB,
  'epci-map': 22 * KB,
  all: 50 * KB,
};

export const gzipSize = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Minified bundle of `entry` (a file path or inline source) with maplibre-gl left out. */
export async function bundle(entry, { inline = false } = {}) {
  const result = await build({
    ...(inline ? { stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' } } : { entryPoints: [entry] }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    external: ['maplibre-gl', 'maplibre-gl/*'],
    loader: { '.css': 'text' },
    logLevel: 'silent',
  });
  const text = result.outputFiles.map((f) => f.text).join('\n');
  return { bytes: Buffer.byteLength(text), gzip: gzipSize(text) };
}

const LIT_FLOOR = `
import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
class Floor extends LitElement {
  static styles = css\`:host { display: block }\`;
  @property() name = '';
  render() { return html\`<p>\${this.name}</p>\`; }
}
customElements.define('bench-floor', Floor);
`;

/** Sizes of each element entry, Lit alone, everything but maplibre, maplibre itself, and the CDN folder. */
export async function measureSizes() {
  const rows = [];
  const lit = await bundle(LIT_FLOOR, { inline: true });
  rows.push({ entry: 'Lit alone (floor)', ...lit });
  const defines = existsSync('src/define') ? readdirSync('src/define').filter((f) => f.endsWith('.ts')) : [];
  for (const file of defines.sort()) {
    const name = file.replace(/\.ts$/, '');
    rows.push({ entry: `maillage/${name}`, ...(await bundle(join('src/define', file))), budget: BUDGETS[name] });
  }
  if (existsSync('src/all.ts'))
    rows.push({ entry: 'maillage/all (without maplibre-gl)', ...(await bundle('src/all.ts')), budget: BUDGETS.all });
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
    const text = readFileSync(join('node_modules/maplibre-gl/dist', file));
    rows.push({ entry: `maplibre-gl: ${file}`, bytes: text.length, gzip: gzipSize(text) });
  }
  if (existsSync('dist/cdn/maillage.js')) {
    const files = listFiles('dist/cdn').filter((f) => f.endsWith('.js') || f.endsWith('.css'));
    const sum = (list) => list.reduce((s, f) => s + gzipSize(readFileSync(f)), 0);
    const isMap = (f) => /maplibre/i.test(f) || /maplibre-gl/.test(readFileSync(f, 'utf8').slice(0, 2000));
    const shared = files.filter((f) => !/embed-frame|maillage-resizer/.test(f));
    rows.push({ entry: 'CDN build without the map chunks', gzip: sum(shared.filter((f) => !isMap(f))) });
    rows.push({ entry: 'CDN build with the map chunks', gzip: sum(shared) });
  }
  for (const row of rows) row.withinBudget = row.budget === undefined ? undefined : row.gzip <= row.budget;
  return rows;
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}
