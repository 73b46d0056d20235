/**
 * `npm run bench`: sizes, speed and scale of every element, measured side by
 * side in one run in headless Debian Chromium, printed as tables and written
 * to bench/results.json and bench/RESULTS.md.
 *
 *   node bench/run.mjs [--quick] [--out DIR]
 *
 * --quick runs each code path once on tiny inputs (used by the test that keeps
 * this script from rotting); its numbers mean nothing.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { nationalEpciFeed, subsetGeojson, synthFeed } from './data.mjs';
import { startServer } from './server.mjs';
import { measureSizes } from './sizes.mjs';

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const OUT = resolve(argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : 'bench');
const RUNS = QUICK ? 1 : 7;
const WARMUP = QUICK ? 0 : 2;
const ROOT = resolve('.');

const AILB_SIRENS = [
  '243500741', '244400552', '200072726', '200043990', '200066777', '200066785', '200000438',
  '200070662', '200027027', '245614383', '243500618', '244400453', '244400537',
];

// ---------- statistics ----------
const sorted = (xs) => [...xs].sort((a, b) => a - b);
export const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)];
const ms = (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms` : '—');
const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

const results = { date: new Date().toISOString(), quick: QUICK, machine: {}, sizes: [], speed: {}, sideBySide: {}, scale: {} };

// ---------- sizes ----------
console.log('\n# Sizes (min + gzip -9; Lit and the feed loader included; maplibre-gl apart)\n');
results.sizes = await measureSizes();
console.table(
  results.sizes.map((r) => ({
    entry: r.entry,
    gzip: kb(r.gzip),
    budget: r.budget ? kb(r.budget) : '',
    verdict: r.withinBudget === undefined ? '' : r.withinBudget ? 'within budget' : 'OVER BUDGET',
  })),
);

// ---------- the page ----------
const elements = existsSync('src/define')
  ? readdirSync('src/define')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
  : [];
const outDir = join(OUT, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'entry.ts'),
  [...elements.map((e) => `import '${ROOT}/src/define/${e}.js';`), `import '${ROOT}/bench/pages/harness.ts';`].join('\n'),
);
await build({
  entryPoints: [join(outDir, 'entry.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: join(outDir, 'harness.js'),
  tsconfig: 'tsconfig.json',
  loader: { '.css': 'text' },
  logLevel: 'error',
});
writeFileSync(
  join(outDir, 'index.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>maillage bench</title>
<link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css">
<style>body{margin:0;font:16px sans-serif} #stage>*{width:1000px;min-height:200px;display:block}</style>
</head><body><main id="stage"></main><script type="module" src="harness.js"></script></body></html>`,
);

// ---------- generated data, served from memory ----------
const virtual = new Map();
const national = synthFeed({ partners: QUICK ? 50 : 10_000, events: QUICK ? 20 : 2_000, requests: QUICK ? 10 : 500, seed: 1 });
virtual.set('/gen/national.json', JSON.stringify(national));
const nationalEpci = nationalEpciFeed(QUICK ? 20 : Infinity);
virtual.set('/gen/national-epci.json', JSON.stringify(nationalEpci));
virtual.set('/gen/national-epci.geojson', JSON.stringify(subsetGeojson('data/epci-metropole.geojson', QUICK ? 20 : Infinity)));
virtual.set('/gen/ailb.geojson', JSON.stringify(subsetGeojson('data/epci-ouest.geojson', Infinity, new Set(AILB_SIRENS))));
const timelineFeed = synthFeed({ partners: 20, events: QUICK ? 50 : 2_000, requests: 0, seed: 2, outlines: false });
virtual.set('/gen/events-2000.json', JSON.stringify(timelineFeed));
const server = await startServer(ROOT, virtual);
const base = `${server.url}/${join(OUT, 'out').slice(ROOT.length + 1)}/index.html`;

const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
results.machine = {
  os: `${osType()} ${release()}`,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  chromium: browser.version(),
};

async function withPage(fn) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base);
  await page.waitForFunction(() => window.benchReady === true);
  try {
    return await fn(page);
  } finally {
    if (errors.length) console.warn(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    await context.close();
  }
}

/** Runs a scenario WARMUP + RUNS times in one page and keeps the measured runs. */
const scenario = (page, name, options) =>
  page.evaluate(([n, o]) => window.bench[n](o), [name, options]);
const timed = async (page, name, options) => {
  if (WARMUP) await scenario(page, name, { ...options, runs: WARMUP });
  return scenario(page, name, { ...options, runs: RUNS });
};

// ---------- speed: first render of each element on the sample feed ----------
const SAMPLE = '/demo/feeds/reseau.json';
const ATTRS = {
  'cooperation-card': () => ({ request: firstId(SAMPLE, 'cooperationRequests') }),
  'marque-badge': () => ({ partner: firstLabelHolder(SAMPLE) }),
};
function sampleFeed(path) {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}
function firstId(path, list) {
  return sampleFeed(path)[list]?.[0]?.id ?? '';
}
function firstLabelHolder(path) {
  return sampleFeed(path).organisations?.find((o) => o.labels?.length)?.id ?? '';
}

console.log('\n# Speed: element connected → first meaningful paint, sample feed (reseau.json)\n');
results.speed.firstRender = [];
for (const name of elements) {
  const tag = `maillage-${name}`;
  const attrs = ATTRS[name]?.() ?? {};
  const row = { element: tag };
  try {
    await withPage(async (page) => {
      const cached = await timed(page, 'firstRender', { tag, src: SAMPLE, attrs, cached: true });
      const cold = await timed(page, 'firstRender', { tag, src: SAMPLE, attrs, cached: false });
      Object.assign(row, { cachedMedian: median(cached), cachedP95: p95(cached), coldMedian: median(cold), coldP95: p95(cold) });
    });
  } catch (e) {
    row.error = String(e.message ?? e).split('\n')[0];
  }
  results.speed.firstRender.push(row);
}
console.table(
  results.speed.firstRender.map((r) => ({
    element: r.element,
    'cached median': ms(r.cachedMedian),
    'cached p95': ms(r.cachedP95),
    'cold median': ms(r.coldMedian),
    'cold p95': ms(r.coldP95),
    ...(r.error ? { error: r.error } : {}),
  })),
);

// ---------- side by side: feed parse + validate against JSON.parse ----------
console.log('\n# Side by side: feed parse + validate against bare JSON.parse (the floor)\n');
results.sideBySide.feedParse = [];
for (const [label, url] of [
  ['sample feed (reseau.json)', SAMPLE],
  [`national synthetic feed (${national.organisations.length} partners, ${national.territories.length} territories)`, '/gen/national.json'],
]) {
  const r = await withPage((page) => timed(page, 'parseValidate', { url }));
  results.sideBySide.feedParse.push({ feed: label, bytes: r.bytes, warnings: r.warnings, jsonParse: median(r.jsonParse), validate: median(r.validate) });
}
console.table(
  results.sideBySide.feedParse.map((r) => ({
    feed: r.feed,
    size: kb(r.bytes),
    'JSON.parse': ms(r.jsonParse),
    'parseFeed (parse + validate)': ms(r.validate),
    ratio: ratio(r.validate, r.jsonParse),
  })),
);

// ---------- side by side: the map against plain Leaflet ----------
console.log('\n# Side by side: <maillage-epci-map> against a plain Leaflet map of the same GeoJSON\n');
results.sideBySide.map = [];
for (const [label, feedUrl, geojsonUrl] of [
  ['13 AILB EPCI', '/demo/feeds/ailb.json', '/gen/ailb.geojson'],
  [`${nationalEpci.territories.length} EPCI of metropolitan France`, '/gen/national-epci.json', '/gen/national-epci.geojson'],
]) {
  const row = { data: label };
  const leaflet = await withPage((page) => timed(page, 'leafletMap', { geojsonUrl }));
  Object.assign(row, { leafletFirstRender: median(leaflet.firstRenders), leafletIdle: median(leaflet.idles) });
  if (elements.includes('epci-map')) {
    try {
      const idle = await withPage((page) => timed(page, 'firstRender', { tag: 'maillage-epci-map', src: feedUrl, cached: false }));
      Object.assign(row, { mapIdle: median(idle), mapIdleP95: p95(idle) });
    } catch (e) {
      row.error = String(e.message ?? e).split('\n')[0];
    }
  }
  results.sideBySide.map.push(row);
}
console.table(
  results.sideBySide.map.map((r) => ({
    data: r.data,
    'maillage: connected → idle': ms(r.mapIdle),
    'Leaflet: first render': ms(r.leafletFirstRender),
    'Leaflet: idle': ms(r.leafletIdle),
    'maillage / Leaflet idle': ratio(r.mapIdle, r.leafletIdle),
    ...(r.error ? { error: r.error } : {}),
  })),
);

// ---------- timeline at 2,000 events ----------
if (elements.includes('event-timeline')) {
  console.log('\n# Timeline: render of 2,000 events\n');
  const times = await withPage((page) =>
    timed(page, 'renderInline', { tag: 'maillage-event-timeline', feedUrl: '/gen/events-2000.json', attrs: { when: 'all' } }),
  );
  results.speed.timeline2000 = { events: timelineFeed.events.length, median: median(times), p95: p95(times) };
  console.table([{ events: timelineFeed.events.length, median: ms(median(times)), p95: ms(p95(times)) }]);
}

// ---------- scale: every element on the national synthetic feed ----------
console.log('\n# Scale: national synthetic feed — load, validate and first render; JS heap after load\n');
results.scale = { feed: { partners: national.organisations.length, territories: national.territories.length, events: national.events.length, requests: national.cooperationRequests.length, bytes: virtual.get('/gen/national.json').length }, elements: [] };
for (const name of elements) {
  const tag = `maillage-${name}`;
  const attrs = name === 'cooperation-card' ? { request: national.cooperationRequests[0]?.id ?? '' } : name === 'marque-badge' ? { partner: national.organisations.find((o) => o.labels?.length)?.id ?? '' } : {};
  const row = { element: tag };
  try {
    await withPage(async (page) => {
      const cold = await scenario(page, 'firstRender', { tag, src: '/gen/national.json', attrs, cached: false, runs: QUICK ? 1 : 3 });
      const heap = await scenario(page, 'heapAfter', { tag, feedUrl: '/gen/national.json', attrs });
      Object.assign(row, { coldMedian: median(cold), heapMB: heap.after / 1e6 });
    });
  } catch (e) {
    row.error = String(e.message ?? e).split('\n')[0];
  }
  results.scale.elements.push(row);
}
console.table(
  results.scale.elements.map((r) => ({
    element: r.element,
    'load + validate + first render (median)': ms(r.coldMedian),
    'JS heap after load': Number.isFinite(r.heapMB) ? `${r.heapMB.toFixed(1)} MB` : '—',
    ...(r.error ? { error: r.error } : {}),
  })),
);

await browser.close();
await server.close();

writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(OUT, 'RESULTS.md'), renderMarkdown(results));
console.log(`\nwrote ${join(OUT, 'results.json')} and ${join(OUT, 'RESULTS.md')}`);

function table(rows) {
  if (!rows.length) return '_(nothing measured)_\n';
  const keys = Object.keys(rows[0]);
  return [`| ${keys.join(' | ')} |`, `| ${keys.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${keys.map((k) => r[k] ?? '').join(' | ')} |`)].join('\n') + '\n';
}

function renderMarkdown(r) {
  return `# maillage benchmark results

${r.quick ? '**Quick run: code paths only, the numbers mean nothing.**\n\n' : ''}Date: ${r.date}
Machine: ${r.machine.os}, ${r.machine.cpu}, ${r.machine.memory}; Node ${r.machine.node}; Chromium ${r.machine.chromium} (headless, software WebGL).
Each speed figure is the median (and p95) of ${RUNS} runs after ${WARMUP} warm-up runs. Produced by \`npm run bench\`.

## Sizes (min + gzip -9; Lit and the feed loader included; maplibre-gl counted apart)

${table(r.sizes.map((s) => ({ entry: s.entry, gzip: kb(s.gzip), budget: s.budget ? kb(s.budget) : '', verdict: s.withinBudget === undefined ? '' : s.withinBudget ? 'within budget' : '**over budget**' })))}
## Element connected → first meaningful paint (sample feed)

${table(r.speed.firstRender.map((x) => ({ element: x.element, 'cached median': ms(x.cachedMedian), 'cached p95': ms(x.cachedP95), 'cold median': ms(x.coldMedian), 'cold p95': ms(x.coldP95), error: x.error ?? '' })))}
${r.speed.timeline2000 ? `## Timeline: ${r.speed.timeline2000.events} events\n\nmedian ${ms(r.speed.timeline2000.median)}, p95 ${ms(r.speed.timeline2000.p95)}\n` : ''}${r.speed.search ? `\n## Partner search: keystroke → results painted\n\n${table(r.speed.search)}` : ''}
## Side by side: feed parse + validate against JSON.parse

${table(r.sideBySide.feedParse.map((x) => ({ feed: x.feed, size: kb(x.bytes), 'JSON.parse': ms(x.jsonParse), parseFeed: ms(x.validate), ratio: ratio(x.validate, x.jsonParse) })))}
## Side by side: the map against plain Leaflet on the same GeoJSON

${table(r.sideBySide.map.map((x) => ({ data: x.data, 'maillage connected → idle': ms(x.mapIdle), 'Leaflet first render': ms(x.leafletFirstRender), 'Leaflet idle': ms(x.leafletIdle), 'ratio (idle)': ratio(x.mapIdle, x.leafletIdle), error: x.error ?? '' })))}
## Scale: national synthetic feed

${r.scale.feed.partners} partners, ${r.scale.feed.territories} territories, ${r.scale.feed.events} events, ${r.scale.feed.requests} requests (${kb(r.scale.feed.bytes)}).

${table(r.scale.elements.map((x) => ({ element: x.element, 'load + validate + first render': ms(x.coldMedian), 'JS heap after load': Number.isFinite(x.heapMB) ? `${x.heapMB.toFixed(1)} MB` : '—', error: x.error ?? '' })))}`;
}
