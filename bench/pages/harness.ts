/**
 * The browser half of the benchmark. Each scenario runs in the page and
 * returns raw timings in milliseconds; Node computes medians and ratios.
 */
import * as L from 'leaflet';
import { pageFeedStore, parseFeed, type FeedParser } from '../../src/feed/index.js';

interface FeedElement extends HTMLElement {
  feedController?: { state: string; error?: { message: string } };
  updateComplete?: Promise<boolean>;
  feed?: unknown;
  whenIdle?: () => Promise<void>;
  whenIndexed?: () => Promise<void>;
}

const stage = () => document.querySelector<HTMLElement>('#stage')!;
/** Resolves after the browser has painted the current frame (a task queued from the frame's rAF runs after paint). */
const painted = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
const withTimeout = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} after ${ms} ms`)), ms)),
  ]);
const unique = (url: string) => `${url}${url.includes('?') ? '&' : '?'}cold=${Math.random().toString(36).slice(2)}`;

const TIMEOUT = 30_000;

/** Each element's feed outcome: `maillage-feed-load` or `maillage-feed-error`, listened to from creation. */
const feedOutcome = new WeakMap<HTMLElement, Promise<void>>();

/**
 * Resolves once an element shows its data (its feed loaded and rendered), then
 * what that element needs to be meaningful: the search's first results, the
 * map's first `idle` (its public `whenIdle()`), then one painted frame.
 */
async function untilReady(el: FeedElement, firstResults?: Promise<unknown>) {
  const outcome = feedOutcome.get(el);
  if (!el.feedController) throw new Error(`${el.localName}: no feedController (element not upgraded?)`);
  if (el.feedController.state !== 'ready')
    await withTimeout(outcome!, TIMEOUT, `${el.localName}: not ready (state ${el.feedController.state})`);
  await el.updateComplete;
  if (firstResults) await withTimeout(firstResults, TIMEOUT, `${el.localName}: no results`);
  if (el.localName === 'maillage-epci-map') await withTimeout(mapIdle(el), TIMEOUT, `${el.localName}: never idle`);
  await painted();
}

/**
 * The map's first idle, as the element itself reports it: it sets `data-idle-ms` (and the performance mark
 * `maillage-epci-map:idle`) when maplibre first reaches `idle`. Its `whenIdle()` would wait for one more
 * repaint once the map exists. Without WebGL the SVG map is drawn instead: then `whenIdle()` is the signal.
 */
function mapIdle(el: FeedElement & { activeRenderer?: string }) {
  return new Promise<void>((resolve) => {
    const done = () => {
      observer.disconnect();
      clearInterval(timer);
      resolve();
    };
    const observer = new MutationObserver(() => el.dataset.idleMs && done());
    observer.observe(el, { attributes: true, attributeFilter: ['data-idle-ms'] });
    const timer = setInterval(() => {
      if (el.activeRenderer !== 'svg') return;
      clearInterval(timer);
      void el.whenIdle?.().then(done);
    }, 50);
    if (el.dataset.idleMs) done();
  });
}

const resultsEvent = (el: HTMLElement) =>
  new Promise<CustomEvent<{ query: string; count: number; mode: string }>>((resolve) =>
    el.addEventListener('maillage-search-results', (e) => resolve(e), { once: true }),
  );

function create(tag: string, attrs: Record<string, string>) {
  const el = document.createElement(tag) as FeedElement;
  const outcome = new Promise<void>((resolve, reject) => {
    el.addEventListener('maillage-feed-load', () => resolve(), { once: true });
    el.addEventListener(
      'maillage-feed-error',
      () => reject(new Error(`${tag}: feed error: ${el.feedController?.error?.message}`)),
      { once: true },
    );
  });
  // Handled here too: an outcome nobody awaits (the element was ready at once) must not be an unhandled rejection.
  outcome.catch(() => undefined);
  feedOutcome.set(el, outcome);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (tag === 'maillage-epci-map')
    el.setAttribute('worker-url', '/node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs');
  return el;
}

export interface RenderOptions {
  tag: string;
  src: string;
  attrs?: Record<string, string>;
  cached: boolean;
  runs: number;
}

/** Time from connecting the element to its first meaningful paint, feed already in the page's store or fetched cold. */
async function firstRender({ tag, src, attrs = {}, cached, runs }: RenderOptions) {
  const times: number[] = [];
  const idleMs: number[] = [];
  const parser = (customElements.get(tag) as unknown as { feedParser?: FeedParser } | undefined)?.feedParser;
  if (!parser) throw new Error(`${tag} is not defined in the bench page`);
  for (let i = 0; i < runs; i++) {
    const url = cached ? src : unique(src);
    // Cached: the store already holds the document validated by this element's own parser.
    if (cached) await pageFeedStore().load(url, parser);
    const el = create(tag, attrs);
    el.setAttribute('src', url);
    const results = tag === 'maillage-partner-search' ? resultsEvent(el) : undefined;
    await painted();
    const t0 = performance.now();
    stage().append(el);
    try {
      await untilReady(el, results);
      times.push(performance.now() - t0);
      if (el.dataset.idleMs) idleMs.push(Number(el.dataset.idleMs));
    } finally {
      el.remove();
    }
  }
  return { times, idleMs };
}

/** The same for a feed given as an object (large generated feeds): connected → rendered. */
async function renderInline({
  tag,
  feedUrl,
  attrs = {},
  runs,
}: {
  tag: string;
  feedUrl: string;
  attrs?: Record<string, string>;
  runs: number;
}) {
  const text = await (await fetch(feedUrl)).text();
  const times: number[] = [];
  let items = 0;
  for (let i = 0; i < runs; i++) {
    const el = create(tag, attrs);
    // A fresh object each run: validation is memoised per object.
    el.feed = JSON.parse(text);
    await painted();
    const t0 = performance.now();
    stage().append(el);
    try {
      await untilReady(el);
      times.push(performance.now() - t0);
      items = el.shadowRoot?.querySelectorAll('[part~="event"], [part~="milestone"]').length ?? 0;
    } finally {
      el.remove();
    }
  }
  return { times, items };
}

/** Feed parse + validation (`parseFeed`) against bare JSON.parse (the floor), on the same text. */
async function parseValidate({ url, runs }: { url: string; runs: number }) {
  const text = await (await fetch(url)).text();
  const jsonParse: number[] = [];
  const validate: number[] = [];
  let warnings = 0;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    JSON.parse(text);
    jsonParse.push(performance.now() - t0);
    t0 = performance.now();
    warnings = parseFeed(text).warnings.length;
    validate.push(performance.now() - t0);
  }
  return { jsonParse, validate, bytes: text.length, warnings };
}

/**
 * A plain Leaflet map loading the same GeoJSON (the uMap / GoGoCarto way), the
 * same size as the element's map, no tiles (the element draws none either).
 * First render: fetched, parsed, drawn (SVG paths in the DOM) and painted.
 * Idle: Leaflet has no idle event; with no tiles there is nothing left to load,
 * so idle is the first painted frame after `load` in which no path changed.
 */
async function leafletMap({ geojsonUrl, runs }: { geojsonUrl: string; runs: number }) {
  const firstRenders: number[] = [];
  const idles: number[] = [];
  let paths = 0;
  for (let i = 0; i < runs; i++) {
    const div = document.createElement('div');
    div.style.cssText = 'width:1000px;height:480px';
    stage().append(div);
    await painted();
    const t0 = performance.now();
    const data = await (await fetch(unique(geojsonUrl))).json();
    const map = L.map(div, { zoomControl: true, attributionControl: true, fadeAnimation: false });
    const loaded = new Promise<void>((r) => map.whenReady(() => r()));
    const layer = L.geoJSON(data, { style: { color: '#1d4f91', weight: 1, fillOpacity: 0.3 } }).addTo(map);
    map.fitBounds(layer.getBounds());
    await loaded;
    await painted();
    firstRenders.push(performance.now() - t0);
    let mutated = true;
    const observer = new MutationObserver(() => (mutated = true));
    observer.observe(div, { subtree: true, attributes: true, childList: true });
    while (mutated) {
      mutated = false;
      await painted();
    }
    idles.push(performance.now() - t0);
    observer.disconnect();
    paths = div.querySelectorAll('.leaflet-overlay-pane path[d]:not([d="M0 0"])').length;
    map.remove();
    div.remove();
  }
  return { firstRenders, idles, paths };
}

/** Mounts an element on a feed and leaves it shown (Node reads the JS heap around it through CDP). */
async function mount({ tag, feedUrl, attrs = {} }: { tag: string; feedUrl: string; attrs?: Record<string, string> }) {
  const el = create(tag, attrs);
  el.setAttribute('src', unique(feedUrl));
  el.id = 'mounted';
  const results = tag === 'maillage-partner-search' ? resultsEvent(el) : undefined;
  stage().append(el);
  await untilReady(el, results);
  if (el.whenIndexed) await el.whenIndexed();
  await painted();
}

// ---------- partner search: index build and keystroke → paint, against a naive scan ----------

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

interface SearchOptions {
  feedUrl: string;
  /** Queries typed one character at a time, each ended by clearing the field. */
  queries: string[];
  /** Times the whole sequence is typed (after one warm-up sequence when `warmup`). */
  runs: number;
  warmup: boolean;
  /** Only load (connected → first results → indexed) and stop: repeated in fresh pages for medians. */
  loadOnly?: boolean;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Where each keystroke falls in the frame, 0–15 ms after a paint (the same seeded sequence for the element
 * and the floor): real keys do not wait for a frame to start, so "to paint" includes on average half a frame.
 */
function phases() {
  let seed = 12345;
  return () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) % 16;
}

/**
 * Sets the field's value as typing does; resolves with the time to the element's results being rendered
 * (`maillage-search-results`: the DOM is updated) and to the next painted frame.
 */
async function keystroke(el: FeedElement, input: HTMLInputElement, value: string, phase: number) {
  const results = resultsEvent(el);
  await sleep(phase);
  const t0 = performance.now();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  const event = await withTimeout(results, 10_000, `no results for "${value}"`);
  const work = performance.now() - t0;
  await painted();
  return { ms: performance.now() - t0, work, count: event.detail.count, mode: event.detail.mode };
}

/** What the element is measured against: fold the query, scan every record's folded text, list 20 names, paint. */
function naiveScan(feed: { organisations: { name: unknown; description?: unknown; address?: { city?: string } }[] }) {
  const text = (v: unknown) =>
    typeof v === 'string' ? v : v && typeof v === 'object' ? String(Object.values(v)[0] ?? '') : '';
  const t0 = performance.now();
  const names = feed.organisations.map((o) => text(o.name));
  const haystacks = feed.organisations.map((o) =>
    fold(`${text(o.name)} ${text(o.description)} ${o.address?.city ?? ''}`),
  );
  const buildMs = performance.now() - t0;
  const list = document.createElement('ul');
  stage().append(list);
  return {
    buildMs,
    async type(value: string, phase: number) {
      await sleep(phase);
      const t = performance.now();
      const words = fold(value).split(/\s+/).filter(Boolean);
      const found: number[] = [];
      for (let i = 0; i < haystacks.length; i++) if (words.every((w) => haystacks[i]!.includes(w))) found.push(i);
      list.replaceChildren(
        ...found.slice(0, 20).map((i) => {
          const li = document.createElement('li');
          li.textContent = names[i]!;
          return li;
        }),
      );
      const work = performance.now() - t;
      await painted();
      return { ms: performance.now() - t, work, count: found.length };
    },
    remove: () => list.remove(),
  };
}

/** Prefixes of each query, as typed, then an empty field. */
const keystrokes = (queries: string[]) => queries.flatMap((q) => [...[...q].map((_, i) => q.slice(0, i + 1)), '']);

async function search({ feedUrl, queries, runs, warmup, loadOnly }: SearchOptions) {
  const longTasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });

  const url = unique(feedUrl);
  const el = create('maillage-partner-search', { 'page-size': '20' });
  el.setAttribute('src', url);
  const first = resultsEvent(el);
  let feedLoaded = NaN;
  el.addEventListener('maillage-feed-load', () => (feedLoaded = performance.now()), { once: true });
  await painted();
  const t0 = performance.now();
  stage().append(el);
  const firstEvent = await withTimeout(first, 60_000, 'partner search: no first results');
  const firstResults = performance.now();
  await withTimeout(el.whenIndexed!(), 120_000, 'partner search: never indexed');
  const indexed = performance.now();
  await painted();
  observer.takeRecords().forEach((e) => longTasks.push(e));
  observer.disconnect();
  const response = performance.getEntriesByName(new URL(url, location.href).href).at(-1) as
    PerformanceResourceTiming | undefined;
  const dataArrived = response ? response.responseEnd : NaN;
  const longest = (from: number, to: number) =>
    Math.max(0, ...longTasks.filter((e) => e.startTime >= from && e.startTime < to).map((e) => e.duration));
  const loading = {
    firstMode: firstEvent.detail.mode,
    connectedToFeedLoaded: feedLoaded - t0,
    connectedToFirstResults: firstResults - t0,
    dataArrivedToFirstResults: firstResults - dataArrived,
    feedLoadedToIndexed: indexed - feedLoaded,
    connectedToIndexed: indexed - t0,
    longestTaskBeforeFeedLoaded: longest(t0, feedLoaded),
    longestTaskDuringBuild: longest(feedLoaded, indexed),
    longTasksDuringBuild: longTasks.filter((e) => e.startTime >= feedLoaded && e.startTime < indexed).length,
  };
  if (loadOnly) {
    el.remove();
    return loading;
  }

  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
  const sequence = keystrokes(queries);
  const element: number[] = [];
  const elementWork: number[] = [];
  let phase = phases();
  const modes: Record<string, number> = {};
  const counts: number[] = [];
  for (let r = 0; r < runs + (warmup ? 1 : 0); r++)
    for (const value of sequence) {
      const k = await keystroke(el, input, value, phase());
      if (warmup && r === 0) continue;
      if (value) {
        element.push(k.ms);
        elementWork.push(k.work);
      }
      if (r === (warmup ? 1 : 0)) counts.push(k.count);
      modes[k.mode] = (modes[k.mode] ?? 0) + 1;
    }
  const feed = JSON.parse(await (await fetch(feedUrl)).text());
  el.remove();

  const scan = naiveScan(feed);
  const floor: number[] = [];
  const floorWork: number[] = [];
  const floorCounts: number[] = [];
  phase = phases();
  for (let r = 0; r < runs + (warmup ? 1 : 0); r++)
    for (const value of sequence) {
      const k = await scan.type(value, phase());
      if (warmup && r === 0) continue;
      if (value) {
        floor.push(k.ms);
        floorWork.push(k.work);
      }
      if (r === (warmup ? 1 : 0)) floorCounts.push(k.count);
    }
  scan.remove();

  return {
    partners: feed.organisations.length,
    keystrokes: sequence.filter(Boolean).length,
    ...loading,
    element,
    elementWork,
    modes,
    floor,
    floorWork,
    floorBuildMs: scan.buildMs,
    // Results found by each, summed over the typed sequence: a sanity check that both really search.
    elementResults: counts.reduce((a, b) => a + b, 0),
    floorResults: floorCounts.reduce((a, b) => a + b, 0),
  };
}

/**
 * Puts the scenarios on `window` for Playwright. An exported function, called by the page's entry:
 * package.json's `sideEffects` does not list this file, so a bare `import` of it would be dropped.
 */
export function install(): void {
  const w = window as unknown as Record<string, unknown>;
  const bench = { firstRender, renderInline, parseValidate, leafletMap, mount, search, painted };
  w.bench = bench;
  w.benchReady = true;
  void runFromAddress(bench);
}

/**
 * A page opened as `…/index.html?report=ID&scenario=search&options={…}` by a browser with no DevTools client
 * attached (see bench/run.mjs, `withoutDevtools`) runs that scenario on its own and posts the outcome to
 * `/bench-report/ID`.
 */
async function runFromAddress(bench: Record<string, (options: never) => Promise<unknown>>) {
  const params = new URLSearchParams(location.search);
  const id = params.get('report');
  const name = params.get('scenario');
  if (!id || !name) return;
  let outcome: { value?: unknown; error?: string };
  // The browser has just started: let its start-up work (other processes on these 2 cores) settle first.
  await sleep(Number(params.get('settle') ?? 3000));
  try {
    const run = bench[name];
    if (!run) throw new Error(`no scenario ${name}`);
    outcome = { value: await run(JSON.parse(params.get('options') ?? '{}') as never) };
  } catch (e) {
    outcome = { error: String((e as Error)?.message ?? e) };
  }
  await fetch(`/bench-report/${encodeURIComponent(id)}`, { method: 'POST', body: JSON.stringify(outcome) });
}
