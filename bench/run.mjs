/**
 * `npm run bench`: sizes, speed and scale of every element, measured side by
 * side in one run in headless Debian Chromium, printed as tables and written
 * to bench/results.json and bench/RESULTS.md. Numbers are reported, never asserted.
 *
 *   node bench/run.mjs [--quick] [--out DIR] [--runs N] [--warmup N]
 *
 * --quick runs every code path once on tiny inputs (the unit test that keeps
 * this script from rotting uses it); its numbers mean nothing.
 */
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { feedGeojson, nationalEpciFeed, partnerFeed, SYNTH_TODAY, synthFeed } from './data.mjs';
import { startServer } from './server.mjs';
import { breakdown, measureSizes } from './sizes.mjs';

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench' },
    runs: { type: 'string' },
    warmup: { type: 'string' },
  },
});
const QUICK = opts.quick;
const OUT = resolve(opts.out);
const RUNS = Number(opts.runs ?? (QUICK ? 1 : 7));
const WARMUP = Number(opts.warmup ?? (QUICK ? 0 : 2));
const ROOT = resolve('.');
/** A path as a reader of this repo would write it. */
const shown = (p) => (p.startsWith(ROOT + '/') ? relative(ROOT, p) : p);
const WORK = join(OUT, 'out');
mkdirSync(WORK, { recursive: true });

// ---------- statistics and formatting ----------
const sorted = (xs) => [...xs].sort((a, b) => a - b);
export const median = (xs) => {
  if (!xs?.length) return NaN;
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const p95 = (xs) => (xs?.length ? sorted(xs)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)] : NaN);
const ms = (x) =>
  Number.isFinite(x) ? (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`) : '—';
const kb = (b) => (Number.isFinite(b) ? `${(b / 1000).toFixed(1)} kB` : '—');
const mb = (b) => (Number.isFinite(b) ? `${(b / 1e6).toFixed(1)} MB` : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const verdict = (value, limit) => (!Number.isFinite(value) ? '—' : value < limit ? 'met' : 'MISSED');
const errorOf = (e) =>
  String(e?.message ?? e)
    .split('\n')[0]
    .slice(0, 200);

const results = {
  date: new Date().toISOString(),
  quick: QUICK,
  runs: RUNS,
  warmup: WARMUP,
  machine: {},
  sizes: {},
  speed: {},
  sideBySide: {},
  scale: {},
};
/** Markdown sections, in the order printed. */
const md = [];

/** Prints a table and keeps it for RESULTS.md. */
function show(title, rows, note = '') {
  console.log(`\n# ${title}\n`);
  if (rows.length) console.table(rows);
  else console.log('(nothing measured)');
  if (note) console.log(note);
  // A tag name in a title would be read as HTML by a Markdown renderer.
  md.push(`## ${title.replace(/<(?=[a-z])/g, '&lt;')}\n\n${mdTable(rows)}${note ? `\n${note}\n` : ''}`);
}
function mdTable(rows) {
  if (!rows.length) return '_(nothing measured)_\n';
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v) => String(v ?? '').replaceAll('|', '\\|');
  return (
    [
      `| ${keys.join(' | ')} |`,
      `| ${keys.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${keys.map((k) => cell(r[k])).join(' | ')} |`),
    ].join('\n') + '\n'
  );
}

// ---------- sizes ----------
const elements = readdirSync('src/define')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
{
  const { rows, cdn } = await measureSizes({ cdnDir: join(WORK, 'cdn') });
  const badge = await breakdown('src/define/marque-badge.ts');
  results.sizes = { rows, cdn, breakdown: badge };
  const lit = rows[0].gzip;
  const onDemand = rows.filter((r) => r.chunks?.onDemand.length || r.chunks?.apart.length);
  show(
    'Sizes: min + gzip -9, Lit and the feed loader included, maplibre-gl apart',
    rows.map((r) => ({
      entry: r.entry,
      'gzip to show': kb(r.gzip),
      'on demand': r.onDemandGzip ? kb(r.onDemandGzip) : '',
      'vs Lit alone': ratio(r.gzip, lit),
      budget: r.budget ? kb(r.budget) : '',
      verdict:
        r.withinBudget === undefined ? '' : r.withinBudget ? 'within budget' : `OVER by ${kb(r.gzip - r.budget)}`,
    })),
    'Each entry is bundled with esbuild (esm, minified, code splitting, maplibre-gl external) and each file gzipped apart. ' +
      '"To show": the entry chunk and the chunks it imports statically, plus the map’s maplibre wiring (imported ' +
      'dynamically, but needed to show a map wherever WebGL works); budgets are judged on it. "On demand": chunks ' +
      'imported dynamically and only on a user action or a fallback.\n' +
      onDemand
        .map(
          (r) =>
            `${r.entry}: ` +
            [
              ...r.chunks.onDemand.map((c) => `on demand ${kb(c.gzip)} (${c.holds})`),
              ...r.chunks.apart.map((c) => `with maplibre-gl ${kb(c.gzip)} (${c.holds})`),
            ].join('; '),
        )
        .join('\n') +
      '\n' +
      (cdn.error
        ? `CDN: ${cdn.error}`
        : `CDN folder (vite.cdn.config.ts, built into ${shown(join(WORK, 'cdn'))}): maplibre-gl is in its own lazily loaded chunk; ` +
          (cdn.workerFile
            ? 'its worker is a separate file.'
            : cdn.workerInlined
              ? 'its worker is INLINED as a data: URL (needs worker-src data: under a CSP).'
              : 'no worker file found.') +
          `\nFiles: ${cdn.files.map((f) => `${f.file} ${kb(f.gzip)} (${f.role})`).join(', ')}.`),
  );
  show(
    `Where the bytes go: maillage/marque-badge by module group (${kb(badge.bytes)} minified, ${kb(badge.gzip)} gzip)`,
    badge.groups.map((g) => ({
      group: g.group,
      minified: kb(g.bytes),
      share: `${(g.share * 100).toFixed(0)} %`,
      'gzip (share of the total)': kb(g.gzipEstimate),
    })),
    'From esbuild’s metafile (bytes of each module in the chunks a page downloads to show it); the gzip column splits the gzip total in proportion. ' +
      `Shared by every entry (Lit, src/core, src/feed and their packages): about ${kb(
        badge.groups.filter((g) => !/^the element|^entry/.test(g.group)).reduce((s, g) => s + g.gzipEstimate, 0),
      )} gzip before any element code, against budgets of 12 kB (badge) to 26 kB (search) for the whole entry.`,
  );
}

// ---------- generated data, served from memory ----------
console.log('\nGenerating data…');
const virtual = new Map();
const serve = (path, value) => (virtual.set(path, typeof value === 'string' ? value : JSON.stringify(value)), path);
const national = synthFeed({
  partners: QUICK ? 50 : 10_000,
  events: QUICK ? 20 : 2_000,
  requests: QUICK ? 10 : 500,
  seed: 1,
  ...(QUICK ? { keepOutlines: 15 } : {}),
});
const NATIONAL = serve('/gen/national.json', national);
const nationalEpci = nationalEpciFeed(QUICK ? 20 : Infinity);
const NATIONAL_EPCI = serve('/gen/national-epci.json', nationalEpci);
const NATIONAL_EPCI_GEOJSON = serve('/gen/national-epci.geojson', feedGeojson(nationalEpci));
const ailb = JSON.parse(readFileSync('demo/feeds/ailb.json', 'utf8'));
const AILB_GEOJSON = serve('/gen/ailb.geojson', feedGeojson(ailb));
const timelineFeed = synthFeed({ partners: 20, events: QUICK ? 50 : 2_000, requests: 0, seed: 2, keepOutlines: 0 });
const EVENTS = serve('/gen/events.json', timelineFeed);
const SEARCH_SIZES = QUICK ? [300] : [1_000, 10_000, 50_000];
for (const n of SEARCH_SIZES) serve(`/gen/partners-${n}.json`, partnerFeed(n, 1));

const server = await startServer(ROOT, virtual, { '/bench-out/': WORK });

// ---------- the page: every element and the harness, split so maplibre-gl loads lazily as on a real page ----------
writeFileSync(
  join(WORK, 'entry.js'),
  [
    ...elements.map((e) => `import '${ROOT}/src/define/${e}.js';`),
    `import { install } from '${ROOT}/bench/pages/harness.ts';`,
    'install();',
  ].join('\n'),
);
await build({
  entryPoints: [join(WORK, 'entry.js')],
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outdir: join(WORK, 'page'),
  tsconfig: 'tsconfig.json',
  loader: { '.css': 'text' },
  logLevel: 'error',
});
writeFileSync(
  join(WORK, 'page', 'index.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>maillage bench</title>
<link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css">
<style>body{margin:0;font:16px sans-serif} #stage>*{width:1000px;min-height:200px;display:block}</style>
</head><body><main id="stage"></main><script type="module" src="entry.js"></script></body></html>`,
);
const PAGE = `${server.url}/bench-out/page/index.html`;

const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
results.machine = {
  os: `${osType()} ${release()}`,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  chromium: browser.version(),
  loadAtStart: loadavg()[0],
};

/** A fresh page (own store, own caches) for each measurement. */
async function withPage(fn) {
  const context = await browser.newContext({
    viewport: { width: 1200, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(PAGE);
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 15_000 });
    return await fn(page);
  } catch (e) {
    throw new Error(`${errorOf(e)}${errors.length ? ` (page errors: ${errors.slice(0, 2).join(' | ')})` : ''}`);
  } finally {
    await context.close();
  }
}
/**
 * Runs a scenario in a browser of its own with no DevTools client: Playwright drives Chromium through the
 * DevTools protocol with its Network domain on, and Chromium then decodes and keeps a copy of every response
 * body for DevTools (about 30 ms on this machine for a 6 MB feed, on the page's main thread). A visitor's
 * browser does no such thing, so loading times are measured without it: the page reads the scenario from its
 * address and posts the outcome back (bench/pages/harness.ts, `runFromAddress`).
 */
async function withoutDevtools(name, options, timeout = 180_000) {
  const id = randomUUID();
  const query = new URLSearchParams({ report: id, scenario: name, options: JSON.stringify(options) });
  const profile = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
  const reported = server.report(id);
  const child = spawn(
    findChromium(),
    [
      ...CHROMIUM_ARGS,
      '--headless',
      `--user-data-dir=${profile}`,
      '--window-size=1200,900',
      '--lang=fr-FR',
      `${PAGE}?${query}`,
    ],
    { stdio: 'ignore', detached: true, env: { ...process.env, TZ: 'Europe/Paris' } },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let timer;
  try {
    const body = await Promise.race([
      reported,
      exited.then((code) => Promise.reject(new Error(`Chromium exited (${code}) before the page reported`))),
      new Promise(
        (_, reject) => (timer = setTimeout(() => reject(new Error(`${name}: no report after ${timeout} ms`)), timeout)),
      ),
    ]);
    const outcome = JSON.parse(body);
    if (outcome.error) throw new Error(outcome.error);
    return outcome.value;
  } finally {
    clearTimeout(timer);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await exited;
    rmSync(profile, { recursive: true, force: true });
  }
}
const scenario = (page, name, options) => page.evaluate(([n, o]) => window.bench[n](o), [name, options]);
/** WARMUP runs thrown away, then RUNS measured runs, in the same page. */
const timed = async (page, name, options) => {
  if (WARMUP) await scenario(page, name, { ...options, runs: WARMUP });
  return scenario(page, name, { ...options, runs: RUNS });
};

// The page must come up once, or nothing below can be measured.
await withPage(async () => undefined);

// Elements that show nothing without an attribute get one naming something in the feed.
const attrsFor = (name, feed) =>
  name === 'cooperation-card'
    ? { request: feed.cooperationRequests?.[0]?.id ?? '' }
    : name === 'marque-badge'
      ? { partner: feed.organisations?.find((o) => o.labels?.length)?.id ?? '' }
      : name === 'event-timeline'
        ? { when: 'all' }
        : {};

// ---------- speed: first meaningful render of each element on the sample feed ----------
const SAMPLE = '/demo/feeds/reseau.json';
const sample = JSON.parse(readFileSync(join(ROOT, SAMPLE), 'utf8'));
results.speed.firstRender = [];
for (const name of elements) {
  const row = { element: `maillage-${name}` };
  try {
    await withPage(async (page) => {
      const opts = { tag: row.element, src: SAMPLE, attrs: attrsFor(name, sample) };
      const cached = await timed(page, 'firstRender', { ...opts, cached: true });
      const cold = await timed(page, 'firstRender', { ...opts, cached: false });
      Object.assign(row, {
        cached: cached.times,
        cold: cold.times,
        cachedMedian: median(cached.times),
        cachedP95: p95(cached.times),
        coldMedian: median(cold.times),
        coldP95: p95(cold.times),
      });
    });
  } catch (e) {
    row.error = errorOf(e);
  }
  results.speed.firstRender.push(row);
}
show(
  'Speed: element connected → first meaningful paint, sample feed (demo/feeds/reseau.json)',
  results.speed.firstRender.map((r) => ({
    element: r.element,
    'cached median': ms(r.cachedMedian),
    'cached p95': ms(r.cachedP95),
    'cold median': ms(r.coldMedian),
    'cold p95': ms(r.coldP95),
    'cold / cached': ratio(r.coldMedian, r.cachedMedian),
    ...(r.error ? { error: r.error } : {}),
  })),
  'Meaningful: the feed is ready and rendered; the search has shown its first results; the map has reached maplibre’s first `idle` (it sets data-idle-ms). ' +
    'Cached: the page’s feed store already holds the document validated by the element’s parser. Cold: a new URL fetched from localhost, parsed and validated.',
);

// ---------- partner search: keystroke → paint against a naive scan ----------
const QUERIES = QUICK
  ? ['maraîchage', 'asociation laval']
  : [
      'maraîchage', // accents as typed
      'maraichage bio', // no accents, multi-word
      'metanisation', // typo (méthanisation)
      'agri', // prefix
      'fromagerie laval', // multi-word, a town
      'chateau-gontier', // hyphen, no accent
      'coëvrons', // diaeresis
      'asociation sport', // typo + word
      'école musique', // accent + multi-word
      'telemedecine', // no accents
    ];
results.speed.search = [];
/** Cold loads per size for the loading figures (medians; the long-task figure is the worst of them). */
const LOADS = QUICK ? 1 : 5;
for (const n of SEARCH_SIZES) {
  const row = { partners: n };
  try {
    const r = await withPage((page) =>
      scenario(page, 'search', {
        feedUrl: `/gen/partners-${n}.json`,
        queries: QUERIES,
        runs: QUICK ? 1 : Math.max(2, Math.round(RUNS / 2)),
        warmup: WARMUP > 0,
      }),
    );
    // Loading: cold loads, each in a new browser with no DevTools client (see withoutDevtools).
    const loads = [];
    for (let k = 0; k < LOADS; k++)
      loads.push(
        await withoutDevtools('search', {
          feedUrl: `/gen/partners-${n}.json`,
          queries: [],
          runs: 0,
          warmup: false,
          loadOnly: true,
        }),
      );
    const LOADING = [
      'connectedToFeedLoaded',
      'connectedToFirstResults',
      'dataArrivedToFirstResults',
      'feedLoadedToIndexed',
      'connectedToIndexed',
      'longestTaskBeforeFeedLoaded',
      'longestTaskDuringBuild',
    ];
    const loadingRuns = Object.fromEntries(LOADING.map((k) => [k, loads.map((l) => l[k])]));
    Object.assign(row, r, Object.fromEntries(LOADING.map((k) => [k, median(loadingRuns[k])])), {
      loadingRuns,
      // The same figure in the Playwright page of the keystrokes, DevTools attached: for comparison only.
      dataArrivedToFirstResultsDevtools: r.dataArrivedToFirstResults,
      // The worst of the three for the long-task target: a limit, not a typical value.
      longestTaskDuringBuild: Math.max(...loadingRuns.longestTaskDuringBuild),
      elementMedian: median(r.element),
      elementP95: p95(r.element),
      floorMedian: median(r.floor),
      floorP95: p95(r.floor),
      workMedian: median(r.elementWork),
      workP95: p95(r.elementWork),
      floorWorkMedian: median(r.floorWork),
      floorWorkP95: p95(r.floorWork),
    });
  } catch (e) {
    row.error = errorOf(e);
  }
  results.speed.search.push(row);
}
const target = (r, what) =>
  ({
    median: r.partners === 10_000 ? 16 : r.partners === 50_000 ? 50 : undefined,
    p95: r.partners === 10_000 ? 50 : undefined,
  })[what];
show(
  'Partner search: keystroke → results painted, against a naive accent-folded substring scan (the floor)',
  results.speed.search.map((r) => ({
    partners: r.partners.toLocaleString('en'),
    keystrokes: r.element?.length ?? '—',
    median: ms(r.elementMedian),
    'median target': target(r, 'median')
      ? `< ${target(r, 'median')} ms: ${verdict(r.elementMedian, target(r, 'median'))}`
      : '',
    p95: ms(r.elementP95),
    'p95 target': target(r, 'p95') ? `< ${target(r, 'p95')} ms: ${verdict(r.elementP95, target(r, 'p95'))}` : '',
    'floor median': ms(r.floorMedian),
    'floor p95': ms(r.floorP95),
    'median / floor': ratio(r.elementMedian, r.floorMedian),
    'p95 / floor': ratio(r.elementP95, r.floorP95),
    ...(r.error ? { error: r.error } : {}),
  })),
  `Typed one character at a time (input events in the shadow root), ${QUERIES.length} queries: ${QUERIES.join(', ')}. ` +
    'Each keystroke is timed from the input event to the first frame painted after `maillage-search-results`; keys fall 0–15 ms after a paint (seeded), ' +
    'so a time to paint includes on average half a 60 Hz frame of waiting, for the element and the floor alike. ' +
    'The floor, in the same page on the same data: fold the query, scan every partner’s folded name + description + town, list 20 names, paint.',
);
show(
  'Partner search: keystroke → results in the DOM (the work, before waiting for a frame)',
  results.speed.search.map((r) => ({
    partners: r.partners.toLocaleString('en'),
    'element median': ms(r.workMedian),
    'element p95': ms(r.workP95),
    'floor median': ms(r.floorWorkMedian),
    'floor p95': ms(r.floorWorkP95),
    'median / floor': ratio(r.workMedian, r.floorWorkMedian),
    'p95 / floor': ratio(r.workP95, r.floorWorkP95),
    'results found (element / floor, whole sequence)':
      r.elementResults === undefined ? '—' : `${r.elementResults} / ${r.floorResults}`,
    ...(r.error ? { error: r.error } : {}),
  })),
  'Input event → the element’s results rendered (`maillage-search-results`, sent after Lit’s update), and the floor’s scan + list replaced. ' +
    'The element forgives typos and matches prefixes, so it finds more than the floor.',
);
show(
  'Partner search: loading and index build',
  results.speed.search.map((r) => ({
    partners: r.partners.toLocaleString('en'),
    'connected → feed validated': ms(r.connectedToFeedLoaded),
    'data arrived → first results': ms(r.dataArrivedToFirstResults),
    // The issue sets both loading targets at 10,000 partners; the other sizes are shown for scale.
    'target < 300 ms (at 10,000)': r.partners === 10_000 ? verdict(r.dataArrivedToFirstResults, 300) : '',
    'each load': r.loadingRuns ? r.loadingRuns.dataArrivedToFirstResults.map((x) => Math.round(x)).join(', ') : '—',
    'under DevTools (1 load)': ms(r.dataArrivedToFirstResultsDevtools),
    'first results by': r.firstMode ?? '—',
    'index build (connected → whenIndexed)': ms(r.connectedToIndexed),
    'index build (feed validated → whenIndexed)': ms(r.feedLoadedToIndexed),
    'longest task, feed validated → indexed': ms(r.longestTaskDuringBuild),
    'target ≤ 50 ms (at 10,000)':
      r.partners !== 10_000
        ? ''
        : Number.isFinite(r.longestTaskDuringBuild)
          ? r.longestTaskDuringBuild <= 50
            ? 'met'
            : 'MISSED'
          : '—',
    'longest task while loading (parse + validate)': ms(r.longestTaskBeforeFeedLoaded),
    'naive scan: build': ms(r.floorBuildMs),
    ...(r.error ? { error: r.error } : {}),
  })),
  `Each figure is the median of ${LOADS} cold loads, each in a new headless Chromium with no DevTools client ` +
    '(the longest task: the worst of them). Under DevTools (Playwright, the page where keystrokes are timed) ' +
    'Chromium also decodes and keeps a copy of the 6 MB response for DevTools on the main thread, which a visitor’s browser does not: ' +
    'that column is shown for comparison, not judged. ' +
    'Long tasks come from PerformanceObserver("longtask"), which reports only tasks over 50 ms: 0 ms means none. ' +
    'The build window also holds the first results’ render and any garbage collection, so its longest task is not only an index slice. ' +
    '"Data arrived" is the feed response’s responseEnd (Resource Timing).',
);

// ---------- timeline of 2,000 events ----------
if (elements.includes('event-timeline')) {
  results.speed.timeline = [];
  for (const layout of ['list', 'timeline']) {
    const row = { events: timelineFeed.events.length, layout };
    try {
      const r = await withPage((page) =>
        timed(page, 'renderInline', {
          tag: 'maillage-event-timeline',
          feedUrl: EVENTS,
          attrs: { when: 'all', layout },
        }),
      );
      Object.assign(row, { times: r.times, items: r.items, median: median(r.times), p95: p95(r.times) });
    } catch (e) {
      row.error = errorOf(e);
    }
    results.speed.timeline.push(row);
  }
  show(
    `Timeline: render of ${timelineFeed.events.length.toLocaleString('en')} events (feed given as an object, when="all")`,
    results.speed.timeline.map((row) => ({
      layout: row.layout,
      events: row.events,
      'events / milestones drawn': row.items ?? '—',
      'connected → painted, median': ms(row.median),
      p95: ms(row.p95),
      ...(row.error ? { error: row.error } : {}),
    })),
    'Every event is validated, sorted and grouped; the list layout draws the first 100 ("show more" adds 100), the timeline layout draws what fits its axis.',
  );
}

// ---------- side by side: the map against plain Leaflet ----------
results.sideBySide.map = [];
for (const [label, feedUrl, geojsonUrl, polygons] of [
  [
    `${ailb.territories.filter((t) => t.geometry).length} AILB EPCI (demo/feeds/ailb.json)`,
    '/demo/feeds/ailb.json',
    AILB_GEOJSON,
    13,
  ],
  [
    `${nationalEpci.territories.length} EPCI of metropolitan France`,
    NATIONAL_EPCI,
    NATIONAL_EPCI_GEOJSON,
    nationalEpci.territories.length,
  ],
]) {
  const row = { data: label, polygons };
  try {
    const leaflet = await withPage((page) => timed(page, 'leafletMap', { geojsonUrl }));
    Object.assign(row, {
      leafletFirstRender: median(leaflet.firstRenders),
      leafletIdle: median(leaflet.idles),
      leafletIdleP95: p95(leaflet.idles),
      leafletPaths: leaflet.paths,
    });
  } catch (e) {
    row.leafletError = errorOf(e);
  }
  if (elements.includes('epci-map')) {
    try {
      const r = await withPage((page) =>
        timed(page, 'firstRender', { tag: 'maillage-epci-map', src: feedUrl, cached: false }),
      );
      Object.assign(row, { mapIdle: median(r.times), mapIdleP95: p95(r.times), mapIdleMs: median(r.idleMs) });
    } catch (e) {
      row.error = errorOf(e);
    }
  }
  results.sideBySide.map.push(row);
}
show(
  'Side by side: <maillage-epci-map> against a plain Leaflet map of the same GeoJSON (cold fetch)',
  results.sideBySide.map.map((r) => ({
    data: r.data,
    'maillage: connected → idle, median': ms(r.mapIdle),
    p95: ms(r.mapIdleP95),
    'its own data-idle-ms': ms(r.mapIdleMs),
    'Leaflet: first render': ms(r.leafletFirstRender),
    'Leaflet: idle': ms(r.leafletIdle),
    'Leaflet paths drawn': r.leafletPaths ?? '—',
    'maillage / Leaflet (idle)': ratio(r.mapIdle, r.leafletIdle),
    ...(r.error || r.leafletError ? { error: [r.error, r.leafletError].filter(Boolean).join('; ') } : {}),
  })),
  'maillage: fetch + validate the feed, lazy-load maplibre-gl, draw with WebGL (software renderer here), until the element reports maplibre’s first `idle` (it sets data-idle-ms) and a frame is painted; ' +
    'data-idle-ms is the element’s own figure for the same span, measured inside it. ' +
    'Leaflet 1.9 (SVG, no tiles, as the element draws none): fetch the GeoJSON, L.geoJSON, fitBounds, painted; idle = the first painted frame after which no path changed.',
);

// ---------- side by side: feed parse + validate against JSON.parse ----------
results.sideBySide.feedParse = [];
for (const [label, url] of [
  ['sample feed (reseau.json)', SAMPLE],
  ['AILB feed (13 outlines)', '/demo/feeds/ailb.json'],
  [
    `national synthetic feed (${national.organisations.length} partners, ${national.territories.filter((t) => t.geometry).length} outlines)`,
    NATIONAL,
  ],
]) {
  const row = { feed: label };
  try {
    const r = await withPage((page) => timed(page, 'parseValidate', { url }));
    Object.assign(row, {
      bytes: r.bytes,
      warnings: r.warnings,
      jsonParse: median(r.jsonParse),
      validate: median(r.validate),
      validateP95: p95(r.validate),
    });
  } catch (e) {
    row.error = errorOf(e);
  }
  results.sideBySide.feedParse.push(row);
}
show(
  'Side by side: feed parse + validate (parseFeed, every list) against bare JSON.parse (the floor)',
  results.sideBySide.feedParse.map((r) => ({
    feed: r.feed,
    size: kb(r.bytes),
    'JSON.parse': ms(r.jsonParse),
    'parseFeed (parse + validate)': ms(r.validate),
    'parseFeed p95': ms(r.validateP95),
    ratio: ratio(r.validate, r.jsonParse),
    warnings: r.warnings ?? '—',
    ...(r.error ? { error: r.error } : {}),
  })),
);

// ---------- scale: every element on the national synthetic feed ----------
const nationalBytes = virtual.get(NATIONAL).length;
results.scale = {
  feed: {
    partners: national.organisations.length,
    territories: national.territories.length,
    outlines: national.territories.filter((t) => t.geometry).length,
    events: national.events.length,
    requests: national.cooperationRequests.length,
    bytes: nationalBytes,
  },
  elements: [],
};
for (const name of elements) {
  const tag = `maillage-${name}`;
  const row = { element: tag };
  try {
    const attrs = attrsFor(name, national);
    const cold = await withPage((page) =>
      scenario(page, 'firstRender', { tag, src: NATIONAL, attrs, cached: false, runs: QUICK ? 1 : 3 }),
    );
    // The JS heap as DevTools reads it, after a full garbage collection, in a fresh page: before and with the element shown.
    const heap = await withPage(async (page) => {
      const cdp = await page.context().newCDPSession(page);
      const used = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const before = await used();
      await scenario(page, 'mount', { tag, feedUrl: NATIONAL, attrs });
      return { before, after: await used() };
    });
    Object.assign(row, {
      times: cold.times,
      coldMedian: median(cold.times),
      heapBefore: heap.before,
      heapAfter: heap.after,
    });
  } catch (e) {
    row.error = errorOf(e);
  }
  results.scale.elements.push(row);
}
await browser.close();
await server.close();
const f = results.scale.feed;
show(
  `Scale: the national synthetic feed (${f.partners.toLocaleString('en')} partners, ${f.territories.toLocaleString('en')} territories of which ${f.outlines.toLocaleString('en')} with outlines, ${f.events.toLocaleString('en')} events, ${f.requests} requests; ${mb(f.bytes)})`,
  results.scale.elements.map((r) => ({
    element: r.element,
    'load + validate + first render (median, cold)': ms(r.coldMedian),
    'JS heap after load (GC)': mb(r.heapAfter),
    'of which this feed and element': mb(r.heapAfter - r.heapBefore),
    ...(r.error ? { error: r.error } : {}),
  })),
  `Median of ${QUICK ? 1 : 3} cold runs per element. Heap: the page’s JS heap (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage) with the element showing the feed (search: indexed); the second column subtracts the same fresh page before the element was added (the bench page holds every element’s code).`,
);

// ---------- the feed tool: `maillage validate` on the national feed ----------
{
  const file = join(WORK, 'national-feed.json');
  writeFileSync(file, virtual.get(NATIONAL));
  const row = { file: shown(file), bytes: nationalBytes };
  try {
    const cli = await tsImport('../src/cli/index.ts', import.meta.url);
    const times = [];
    for (let i = 0; i < (QUICK ? 1 : 3); i++) {
      let out = '';
      const io = { stdout: (t) => (out += t), stderr: (t) => (out += t), env: { LANG: 'en_GB.UTF-8' } };
      const t0 = performance.now();
      row.exitCode = await cli.main(['validate', shown(file), '--today', SYNTH_TODAY], io);
      times.push(performance.now() - t0);
      row.summary = out.split('\n')[0].slice(0, 160);
    }
    Object.assign(row, { times, median: median(times) });
  } catch (e) {
    row.error = errorOf(e);
  }
  results.scale.validateCli = row;
  show(
    `Feed tool: \`maillage validate FILE --today ${SYNTH_TODAY}\` on the national synthetic feed (in Node, median of ${QUICK ? 1 : 3})`,
    [
      {
        feed: `${f.partners.toLocaleString('en')} partners, ${f.outlines.toLocaleString('en')} outlines, ${mb(row.bytes)}`,
        median: ms(row.median),
        'target < 5 s': verdict(row.median, 5000),
        'exit code': row.exitCode ?? '—',
        'its summary': row.summary ?? '—',
        ...(row.error ? { error: row.error } : {}),
      },
    ],
  );
}

// ---------- write ----------
const m = results.machine;
m.loadAtEnd = loadavg()[0];
writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(
  join(OUT, 'RESULTS.md'),
  `# maillage benchmark results

${QUICK ? '**Quick run: code paths only, on tiny inputs; the numbers mean nothing.**\n\n' : ''}- Date: ${results.date}
- Machine: ${m.os}, ${m.cpu}, ${m.memory} RAM; Node ${m.node}; load average (1 min) ${m.loadAtStart.toFixed(1)} when the browser started, ${m.loadAtEnd.toFixed(1)} at the end (other work on the machine makes every time longer)
- Browser: Chromium ${m.chromium}, headless, WebGL through the software renderer (SwiftShader), flags from TOOLCHAIN.md
- Method: each speed figure is the median (and p95) of ${RUNS} runs after ${WARMUP} warm-up runs in the same page, unless a table says otherwise. Machines are noisy: read the ratios (measured in the same run) before the absolute times.
- Produced by \`npm run bench\` (\`node bench/run.mjs\`); raw numbers in results.json.

${md.join('\n')}`,
);
console.log(`\nwrote ${join(OUT, 'results.json')} and ${join(OUT, 'RESULTS.md')}`);
